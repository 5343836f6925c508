/**
 * The booking widget's HTTP side: framing refused by default and allowed
 * only for the listed origins (frame-ancestors, no X-Frame-Options then),
 * the minimal layout, the validated accent colour, and the admin page with
 * the snippet and the origins setting.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, signIn } from "./helpers/http.ts";
import { createBookable } from "./helpers/booking.ts";
import { createBooking } from "@/lib/booking/bookings.ts";
import { bookingEnv } from "@/lib/app/domains.ts";

const app = await startTestApp();
Deno.test.afterAll(() => app.close());
const bookable = await createBookable(app.services.db);
const PASSWORD = "a long test password";
await createStaff(app.services.db, {
  email: "ada@example.com",
  password: PASSWORD,
  name: "Ada Admin",
  role: "admin",
});
const admin = await signIn(app.url, "admin", "ada@example.com", PASSWORD);

async function headersOf(path: string) {
  const res = await app.request(path);
  const html = await res.text();
  return {
    csp: res.headers.get("content-security-policy") ?? "",
    xfo: res.headers.get("x-frame-options"),
    html,
  };
}

Deno.test("framing is refused until origins are listed, then allowed for them only", async () => {
  for (const path of ["/booking", "/booking?embed=1"]) {
    const { csp, xfo } = await headersOf(path);
    assert.match(csp, /frame-ancestors 'none'/, path);
    assert.equal(xfo, "DENY", path);
  }
  const page = await admin.page("/admin/booking/embed");
  assert.equal(page.status, 200);
  assert.ok(page.html.includes(`${app.url}/embed.js`), "the snippet is shown");

  const bad = await admin.post("/admin/booking/embed", {
    origins: "https://shop.example.com/booking",
  });
  assert.equal(bad.status, 422);
  assert.match(await bad.text(), /is no origin/);

  const saved = await admin.post("/admin/booking/embed", {
    origins: "https://www.example.com\n\nhttp://localhost:8080/\n",
  });
  assert.equal(saved.status, 303);
  const embedded = await headersOf("/booking?embed=1&accent=0F766E");
  assert.match(
    embedded.csp,
    /frame-ancestors https:\/\/www\.example\.com http:\/\/localhost:8080(;|$)/,
  );
  assert.match(
    embedded.csp,
    /script-src 'self'/,
    "the rest of the policy holds",
  );
  assert.equal(embedded.xfo, null);
  assert.ok(!embedded.html.includes("site-header"), "minimal layout");
  assert.ok(embedded.html.includes("/booking/accent.css?accent=0f766e"));
  assert.ok(embedded.html.includes("embed-frame.js"));
  // Links keep the widget.
  assert.match(
    embedded.html,
    /href="\/booking\?[^"]*embed=1&amp;accent=0f766e/,
  );

  // The full page still refuses every frame.
  const full = await headersOf("/booking");
  assert.match(full.csp, /frame-ancestors 'none'/);
  assert.equal(full.xfo, "DENY");
  assert.ok(full.html.includes("site-header"));
});

Deno.test("the accent colour is six hex digits or nothing", async () => {
  const page = await headersOf(
    "/booking?embed=1&accent=red%7D%3Cscript%3E",
  );
  assert.ok(
    !page.html.includes("accent.css"),
    "no stylesheet for a bad colour",
  );
  const css = await app.request("/booking/accent.css?accent=0f766e");
  assert.equal(css.status, 200);
  assert.match(css.headers.get("content-type")!, /^text\/css/);
  assert.match(await css.text(), /--accent:#0f766e/);
  const bad = await app.request("/booking/accent.css?accent=javascript:1");
  assert.equal(bad.status, 400);
  await bad.body?.cancel();
  const script = await app.request("/embed.js");
  assert.equal(script.status, 200);
  assert.match(script.headers.get("content-type")!, /javascript/);
  await script.body?.cancel();
});

Deno.test("from the widget, moving or cancelling opens the full page", async () => {
  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const { manageToken } = await createBooking(
    app.services.db,
    await bookingEnv(app.services),
    {
      serviceId: bookable.serviceId,
      staff: bookable.staffIds[0],
      start: new Date(`${day}T10:00:00+01:00`),
      name: "Wendy Widget",
      email: "wendy@example.com",
      locale: "en",
    },
    { type: "contact" },
    new Date(),
  );
  const framed = await headersOf(
    `/booking/manage/${manageToken}?new=1&embed=1`,
  );
  assert.match(framed.html, /href="[^"]*\/cancel" target="_top"/);
  assert.match(framed.html, /href="[^"]*\/reschedule" target="_top"/);
  const full = await headersOf(`/booking/manage/${manageToken}`);
  assert.doesNotMatch(full.html, /target="_top"/);
});
