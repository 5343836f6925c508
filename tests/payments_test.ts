/**
 * The payment provider layer: provider events recorded exactly once
 * through `recordProviderEvent`, on the real database, with the mail
 * delivered to a real SMTP server.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { checkoutInput, createCatalog } from "./helpers/shop.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { issuePendingLicenses } from "@/lib/shop/issuing.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import {
  type ProviderEvent,
  recordProviderEvent,
} from "@/lib/shop/provider_events.ts";
import { cancelOrder } from "@/lib/shop/orders.ts";
import { startTestSmtpServer } from "@/lib/mail/testing.ts";
import { createMailTransport, sendDueEmails } from "@/lib/mail/worker.ts";
import { parseReceived } from "./helpers/mail.ts";

const clock = new Date("2027-05-03T09:00:00Z");
const app = await startTestApp({ now: () => clock });
const smtp = await startTestSmtpServer();
Deno.test.afterAll(async () => {
  await app.close();
  await smtp.close();
});
const { db } = app.services;
const catalog = await createCatalog(db, "pay");

async function placeOrder(email: string, slug = catalog.bundle) {
  return await checkout(
    db,
    await shopEnv(app.services),
    checkoutInput(slug, email),
    clock,
  );
}

/** Delivers the outbox to the SMTP server; the messages sent to `to`. */
async function deliveredTo(to: string) {
  await sendDueEmails(db, createMailTransport(smtp.url), clock, {
    from: "Portico <shop@example.com>",
    appUrl: app.url,
  });
  return await Promise.all(
    smtp.received.filter((m) => m.to.includes(to)).map(parseReceived),
  );
}

function paidEvent(
  orderId: string,
  totalCents: number,
  eventId: string,
): ProviderEvent {
  return {
    provider: "stripe",
    eventId,
    kind: "paid",
    order: { orderId },
    amountCents: totalCents,
    currency: "EUR",
    transactionId: `pi_${eventId}`,
    method: "card",
    occurredAt: clock,
  };
}

Deno.test("one event delivered 20 times at once: one payment, one key per product, one receipt", async () => {
  const email = "twenty@example.com";
  const placed = await placeOrder(email);
  const order = await db.selectFrom("orders").select("total_cents")
    .where("id", "=", placed.orderId).executeTakeFirstOrThrow();
  const event = paidEvent(placed.orderId, order.total_cents, "evt_twenty");
  const results = await Promise.all(
    Array.from({ length: 20 }, () => recordProviderEvent(db, event, clock)),
  );
  assert.equal(results.filter((r) => !r.duplicate).length, 1);
  assert.equal(results.filter((r) => r.settled).length, 1);
  assert.ok(results.every((r) => r.invoicePaid));
  await Promise.all(
    Array.from(
      { length: 3 },
      async () => issuePendingLicenses(db, await shopEnv(app.services), clock),
    ),
  );

  const payments = await db.selectFrom("payments").select("amount_cents")
    .where("invoice_id", "=", placed.invoiceId!).execute();
  assert.deepEqual(payments, [{ amount_cents: order.total_cents }]);
  const licenses = await db.selectFrom("licenses").select("product")
    .where("email", "=", email).orderBy("product").execute();
  assert.deepEqual(licenses.map((l) => l.product), ["activity", "booking"]);
  const events = await db.selectFrom("payment_events")
    .select(["outcome", "order_id"]).where("event_id", "=", "evt_twenty")
    .execute();
  assert.deepEqual(events, [{ outcome: "recorded", order_id: placed.orderId }]);

  const mails = await deliveredTo(email);
  const subjects = mails.map((m) => m.subject ?? "").sort();
  assert.equal(
    subjects.filter((s) => s.startsWith("Payment received")).length,
    1,
    "one receipt",
  );
  assert.equal(
    subjects.filter((s) => s.startsWith("Your license")).length,
    2,
    "one key email per product",
  );
  const receipt = mails.find((m) => m.subject?.startsWith("Payment received"))!;
  assert.match(receipt.text ?? "", new RegExp(placed.invoiceNumber!));
  assert.match(receipt.text ?? "", /paid in full/);
});

Deno.test("a paid event for an unknown or a cancelled order is kept for staff and issues nothing", async () => {
  const unknown = await recordProviderEvent(
    db,
    paidEvent(crypto.randomUUID(), 11900, "evt_unknown"),
    clock,
  );
  assert.equal(unknown.outcome, "unknown_order");
  const placed = await placeOrder("cancelled@example.com", catalog.paid);
  await cancelOrder(db, { type: "system" }, placed.orderId, clock);
  const closed = await recordProviderEvent(
    db,
    paidEvent(placed.orderId, 11900, "evt_closed"),
    clock,
  );
  assert.equal(closed.outcome, "order_closed");
  assert.equal(closed.settled, false);
  const kept = await db.selectFrom("payment_events").select("outcome")
    .where("event_id", "in", ["evt_unknown", "evt_closed"])
    .orderBy("outcome").execute();
  assert.deepEqual(kept.map((e) => e.outcome), [
    "order_closed",
    "unknown_order",
  ]);
  const payments = await db.selectFrom("payments").select("id")
    .where("invoice_id", "=", placed.invoiceId!).execute();
  assert.equal(payments.length, 0);
});

Deno.test("a failed payment event leaves the order awaiting payment", async () => {
  const placed = await placeOrder("failed@example.com", catalog.paid);
  const failed = await recordProviderEvent(db, {
    ...paidEvent(placed.orderId, 11900, "evt_failed"),
    kind: "failed",
  }, clock);
  assert.equal(failed.outcome, "failed");
  const order = await db.selectFrom("orders").select("status")
    .where("id", "=", placed.orderId).executeTakeFirstOrThrow();
  assert.equal(order.status, "pending");
});
