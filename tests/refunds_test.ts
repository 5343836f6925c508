/**
 * Refunds: staff refund a paid order by line or whole, the licenses of
 * refunded lines stop validating at once (LICENSE_REVOKED), the buyer is
 * emailed, and nothing happens twice; a paid event for a refunded order
 * issues nothing.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, sessionClient } from "./helpers/http.ts";
import { checkoutInput, createCatalog } from "./helpers/shop.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { recordPayment } from "@/lib/shop/payments.ts";
import { issuePendingLicenses } from "@/lib/shop/issuing.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { recordProviderEvent } from "@/lib/shop/provider_events.ts";

const clock = new Date("2027-09-01T09:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db, keys } = app.services;
const catalog = await createCatalog(db, "ref");
const adminId = await createStaff(db, {
  email: "refunds-admin@example.com",
  password: "refunds admin password",
});
const admin = await sessionClient(app.url, db, "staff", adminId, clock);

/**
 * A paid order of the package with a second line (the single product),
 * each license issued and activated on a domain; returns the line ids
 * and the keys by module.
 */
async function paidTwoLineOrder(email: string) {
  const order = await checkout(
    db,
    await shopEnv(app.services),
    checkoutInput(catalog.bundle, email),
    clock,
  );
  const product = await db.selectFrom("products").select("id")
    .where("slug", "=", catalog.trial).executeTakeFirstOrThrow();
  // The package's net 150.00 split over two lines, as a two-line order.
  await db.updateTable("order_lines").set({ price_cents: 10000 })
    .where("order_id", "=", order.orderId).execute();
  await db.insertInto("order_lines").values({
    order_id: order.orderId,
    product_id: product.id,
    description: "extra trial module",
    price_cents: 5000,
  }).execute();
  const { total_cents } = await db.selectFrom("invoices").select("total_cents")
    .where("id", "=", order.invoiceId!).executeTakeFirstOrThrow();
  await recordPayment(
    db,
    {
      invoice: order.invoiceId!,
      amountCents: total_cents,
      currency: "EUR",
      transactionId: `tx-${email}`,
      method: "bank_transfer",
      paidAt: clock,
    },
    { type: "system" },
    clock,
  );
  await issuePendingLicenses(db, await shopEnv(app.services), clock);
  const grants = await db.selectFrom("license_grants as g")
    .innerJoin("order_lines as l", "l.id", "g.order_line_id")
    .innerJoin("products as p", "p.id", "g.product_id")
    .select(["l.id as line", "l.description", "g.license_key_sealed"])
    .where("l.order_id", "=", order.orderId).orderBy("l.description")
    .execute();
  const licenses = await Promise.all(grants.map(async (g) => ({
    line: g.line,
    description: g.description,
    key: await keys.decrypt("license-keys", g.license_key_sealed!),
  })));
  for (const [i, license] of licenses.entries()) {
    const res = await validate(
      license.key,
      `${i}.${email.split("@")[0]}.example`,
      "activate",
    );
    assert.equal(res.status, 200);
  }
  return { ...order, total_cents, licenses };
}

async function validate(
  key: string,
  domain: string,
  action: "activate" | "validate" = "validate",
) {
  const res = await fetch(`${app.url}/api/licenses/${action}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ key, domain }),
  });
  return { status: res.status, body: await res.json() };
}

const orderStatus = async (orderId: string) =>
  (await db.selectFrom("orders").select("status").where("id", "=", orderId)
    .executeTakeFirstOrThrow()).status;

Deno.test("staff refund one line, then the rest: its licenses are revoked at once, the buyer is emailed, the refunds add up", async () => {
  const email = "rita@refund.example";
  const order = await paidTwoLineOrder(email);
  const extra = order.licenses.find((l) => l.description.startsWith("extra"))!;
  const bundle = order.licenses.filter((l) => l !== extra);
  const path = `/admin/shop/orders/${order.orderId}`;
  const page = (await admin.page(path)).html;
  assert.match(page, /id="refund"/);

  const first = await admin.post(path, { intent: "refund", line: extra.line });
  assert.equal(first.status, 303);
  await first.body?.cancel();
  const [part] = await db.selectFrom("refunds").select("amount_cents")
    .where("order_id", "=", order.orderId).execute();
  assert.equal(part.amount_cents, Math.round(order.total_cents / 3));
  const extraIndex = order.licenses.indexOf(extra);
  const revoked = await validate(extra.key, `${extraIndex}.rita.example`);
  assert.equal(revoked.status, 403);
  assert.equal(revoked.body.error.code, "LICENSE_REVOKED");
  for (const license of bundle) {
    const i = order.licenses.indexOf(license);
    assert.equal(
      (await validate(license.key, `${i}.rita.example`)).status,
      200,
    );
  }
  assert.equal(await orderStatus(order.orderId), "paid", "a line is left");

  const rest = await admin.post(path, { intent: "refund" });
  await rest.body?.cancel();
  assert.equal(await orderStatus(order.orderId), "refunded");
  for (const license of bundle) {
    const i = order.licenses.indexOf(license);
    const answer = await validate(license.key, `${i}.rita.example`);
    assert.equal(answer.body.error?.code, "LICENSE_REVOKED");
  }
  const refunds = await db.selectFrom("refunds").select("amount_cents")
    .where("order_id", "=", order.orderId).execute();
  assert.equal(
    refunds.reduce((sum, r) => sum + r.amount_cents, 0),
    order.total_cents,
  );
  const again = await admin.post(path, { intent: "refund" });
  await again.body?.cancel();
  assert.equal(
    (await db.selectFrom("refunds").select("id")
      .where("order_id", "=", order.orderId).execute()).length,
    2,
    "a refunded order refunds nothing more",
  );
  const mails = await db.selectFrom("email_outbox").select("subject")
    .where("to_address", "=", email).where("dedupe_key", "like", "refund:%")
    .execute();
  assert.equal(mails.length, 2);
  assert.match(mails[0].subject, /^Refund for invoice /);
});

Deno.test("a paid event for a refunded order is kept for staff and issues nothing", async () => {
  const order = await paidTwoLineOrder("late-event@refund.example");
  await admin.post(`/admin/shop/orders/${order.orderId}`, { intent: "refund" })
    .then((r) => r.body?.cancel());
  const licensesBefore = await db.selectFrom("licenses").select("id")
    .where("email", "=", "late-event@refund.example").execute();
  const result = await recordProviderEvent(db, {
    provider: "stripe",
    eventId: "evt_after_refund",
    kind: "paid",
    order: { orderId: order.orderId },
    amountCents: order.total_cents,
    currency: "EUR",
    transactionId: "pi_after_refund",
    method: "card",
    occurredAt: clock,
  }, clock);
  assert.equal(result.outcome, "order_closed");
  assert.equal(result.settled, false);
  const licensesAfter = await db.selectFrom("licenses").select("id")
    .where("email", "=", "late-event@refund.example").execute();
  assert.equal(licensesAfter.length, licensesBefore.length);
  assert.equal(await orderStatus(order.orderId), "refunded");
});
