/**
 * Keys are issued right after the commit of the write a buyer waits on
 * (`LICENSES_DUE`, subscribed in lib/app/effects.ts), whichever route or
 * job made it, and never for a write that rolled back or settled nothing.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { checkoutInput, createCatalog } from "./helpers/shop.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { submitCheckout } from "@/lib/shop/held_checkouts.ts";
import { recordProviderEvent } from "@/lib/shop/provider_events.ts";
import { inTransaction } from "@/lib/db/transaction.ts";

const clock = new Date("2027-06-07T09:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
const catalog = await createCatalog(db, "effects");

const licensesOf = async (email: string) =>
  (await db.selectFrom("licenses").select("product")
    .where("email", "=", email).orderBy("product").execute())
    .map((row) => row.product);

Deno.test("a free order placed is licensed by the time the call returns", async () => {
  const outcome = await submitCheckout(
    db,
    await shopEnv(app.services),
    checkoutInput(catalog.free, "free-effects@example.com"),
    clock,
  );
  assert.equal(outcome.kind, "placed");
  assert.deepEqual(await licensesOf("free-effects@example.com"), ["freebie"]);
});

Deno.test("a provider event that settles the invoice issues its keys; one that settles nothing issues none", async () => {
  const env = await shopEnv(app.services);
  const order = await checkout(
    db,
    env,
    checkoutInput(catalog.bundle, "paid-effects@example.com"),
    clock,
  );
  const total = await db.selectFrom("orders").select("total_cents")
    .where("id", "=", order.orderId).executeTakeFirstOrThrow();
  const event = (eventId: string, amountCents: number) => ({
    provider: "stripe" as const,
    eventId,
    kind: "paid" as const,
    order: { orderId: order.orderId },
    amountCents,
    currency: "EUR",
    transactionId: `pi_${eventId}`,
    method: "card",
    occurredAt: clock,
  });
  const part = await recordProviderEvent(db, event("evt_part", 100), clock);
  assert.equal(part.settled, false);
  assert.deepEqual(await licensesOf("paid-effects@example.com"), []);

  const rest = await recordProviderEvent(
    db,
    event("evt_rest", total.total_cents - 100),
    clock,
  );
  assert.equal(rest.settled, true);
  assert.deepEqual(await licensesOf("paid-effects@example.com"), [
    "activity",
    "booking",
  ]);
});

Deno.test("an order placed in a transaction that rolls back issues nothing", async () => {
  const env = await shopEnv(app.services);
  await assert.rejects(
    inTransaction(db, async (tx) => {
      await submitCheckout(
        tx,
        env,
        checkoutInput(catalog.free, "rolled-back@example.com"),
        clock,
      );
      throw new Error("abandon the unit of work");
    }),
    /abandon the unit of work/,
  );
  assert.deepEqual(await licensesOf("rolled-back@example.com"), []);
  const contacts = await db.selectFrom("contacts").select("id")
    .where("email", "=", "rolled-back@example.com").execute();
  assert.equal(contacts.length, 0, "nor the order and its buyer");
});
