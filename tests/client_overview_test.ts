/**
 * A client's admin page shows their orders, invoices, bookings, licenses
 * and portal activity, each linking to its record; bookings and activity
 * only while their module is open. The portal home sums up the same for
 * the client: next booking, open invoices, licenses.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createRouteFixtures } from "./helpers/route_walk.ts";

const app = await startTestApp();
Deno.test.afterAll(() => app.close());
const fixtures = await createRouteFixtures(app, new Date());
const { a } = fixtures;

Deno.test("the client page lists what the client has, with links", async () => {
  const { status, html } = await fixtures.admin.page(
    `/admin/clients/${a.clientId}`,
  );
  assert.equal(status, 200);
  for (
    const href of [
      `/admin/shop/orders/${a.orderId}`,
      `/admin/invoices/${a.invoiceId}`,
      `/admin/booking/${a.bookingId}`,
      `/admin/licenses/${a.licenseId}`,
      `/admin/activity/${a.contactId}`,
    ]
  ) {
    assert.match(html, new RegExp(`href="${href}"`), href);
  }
  // The license by its product's name, with the domain it runs on.
  assert.match(html, /id="client-licenses"[\s\S]*>paid module<\/a>/);
  assert.match(html, new RegExp(`${a.clientId}\\.example`));
  // Only client A's records.
  assert.doesNotMatch(html, new RegExp(fixtures.b.invoiceId));
});

Deno.test("the portal home shows the next booking, open invoices and licenses", async () => {
  const { status, html } = await fixtures.contactA.page("/clients");
  assert.equal(status, 200);
  const next = html.slice(html.indexOf('id="next-booking"'));
  assert.doesNotMatch(
    next.slice(0, next.indexOf("</section>")),
    /No appointment coming up/,
  );
  assert.match(html, new RegExp(`href="/clients/invoices/${a.invoiceId}"`));
  assert.match(html, /id="my-licenses"[\s\S]*<strong>paid module<\/strong>/);
  assert.doesNotMatch(html, new RegExp(fixtures.b.invoiceId));
});

Deno.test("licenses go by their product's name, in admin and in the portal", async () => {
  const list = await fixtures.admin.page("/admin/licenses");
  assert.match(list.html, /paid module <code class="muted">booking<\/code>/);
  const detail = await fixtures.admin.page(`/admin/licenses/${a.licenseId}`);
  assert.match(detail.html, /paid module <code class="muted">booking<\/code>/);
  const portal = await fixtures.contactA.page("/clients/licenses");
  assert.match(
    portal.html,
    /<h2>paid module <code class="muted">booking<\/code>/,
  );
  assert.match(portal.html, /aria-label="[^"]*paid module[^"]*"/);
});

Deno.test("with the booking module locked, no link leads to its lock page", async () => {
  await app.services.db.deleteFrom("options")
    .where("name", "=", "license.client.booking").execute();
  const { html } = await fixtures.admin.page(`/admin/clients/${a.clientId}`);
  assert.doesNotMatch(html, /id="client-bookings"/);
  assert.doesNotMatch(html, new RegExp(`/admin/booking/${a.bookingId}`));
  assert.match(html, /id="client-invoices"/);
});
