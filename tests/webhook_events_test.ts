/**
 * Every shop and license event reaches a subscribed endpoint, signed: a
 * checkout (order.created, invoice.issued), its payment (order.paid, and
 * the license issued after the commit), a license activated and revoked.
 * The receiver checks each request with the `standardwebhooks` package.
 * (The order's own license is issued by the shop's issuing path, covered
 * by its tests; here one license is issued directly.)
 */
import assert from "node:assert/strict";
import { Webhook } from "standardwebhooks";
import { startTestApp } from "./helpers/app.ts";
import { checkoutInput, createCatalog } from "./helpers/shop.ts";
import { createStaff } from "./helpers/http.ts";
import { waitFor } from "./helpers/wait.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { recordPayment } from "@/lib/shop/payments.ts";
import { activateLicense, issueLicense } from "@/lib/licensing/server.ts";
import { revokeLicense } from "@/lib/licensing/manage.ts";
import { shopEnv, webhookEnv } from "@/lib/app/domains.ts";
import { createWebhookEndpoint } from "@/lib/webhooks/endpoints.ts";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events.ts";
import { deliverDueWebhooks } from "@/lib/webhooks/delivery.tsx";

const clock = new Date("2027-04-01T09:00:00Z");
const app = await startTestApp({
  now: () => clock,
  env: { WEBHOOK_ALLOW_PRIVATE: "1" },
});
const { db, keys, licenseServer } = app.services;
const catalog = await createCatalog(db, "hooks");
const adminId = await createStaff(db, {
  email: "ada@example.com",
  password: "ada admin password",
  role: "admin",
});

const received: { type: string; data: Record<string, unknown> }[] = [];
let secret = "";
const receiver = Deno.serve(
  { hostname: "127.0.0.1", port: 0, onListen: () => {} },
  async (req) => {
    const body = await req.text();
    received.push(
      new Webhook(secret).verify(body, Object.fromEntries(req.headers)) as {
        type: string;
        data: Record<string, unknown>;
      },
    );
    return new Response(null, { status: 204 });
  },
);
Deno.test.afterAll(async () => {
  await app.close();
  await receiver.shutdown();
});

Deno.test("shop and license changes are each delivered once, signed", async () => {
  ({ secret } = await createWebhookEndpoint(
    db,
    webhookEnv(app.services),
    {
      url: `http://127.0.0.1:${receiver.addr.port}/`,
      description: "everything",
      events: [...WEBHOOK_EVENTS],
    },
    adminId,
    clock,
  ));

  const placed = await checkout(
    db,
    await shopEnv(app.services),
    checkoutInput(catalog.paid, "buyer@example.com"),
    clock,
  );
  const invoice = await db.selectFrom("invoices").selectAll()
    .where("id", "=", placed.invoiceId!).executeTakeFirstOrThrow();
  await recordPayment(
    db,
    {
      invoice: invoice.id,
      amountCents: invoice.total_cents,
      currency: invoice.currency,
      transactionId: "tx-hooks",
      method: "bank_transfer",
      paidAt: clock,
    },
    { type: "system" },
    clock,
  );
  const { key, license } = await issueLicense(
    db,
    keys,
    {
      product: "hooksmod",
      email: "buyer@example.com",
      reference: "hooks-1",
      type: "full",
    },
    { type: "system" },
    clock,
  );
  await activateLicense(db, licenseServer, {
    key,
    domain: "shop.example.com",
  }, clock);
  await revokeLicense(db, license.id, { type: "staff", id: adminId }, clock);

  await waitFor("every event delivered", async () => {
    await deliverDueWebhooks(db, webhookEnv(app.services), clock);
    return received.length >= 6;
  });
  const types = received.map((event) => event.type).sort();
  assert.deepEqual(types, [
    "invoice.issued",
    "license.activated",
    "license.issued",
    "license.revoked",
    "order.created",
    "order.paid",
  ]);
  const byType = (type: string) =>
    received.filter((event) => event.type === type);
  assert.equal(byType("order.paid")[0].data.id, placed.orderId);
  assert.equal(byType("order.paid")[0].data.status, "paid");
  assert.equal(byType("invoice.issued")[0].data.number, invoice.number);
  assert.equal(byType("license.activated")[0].data.domain, "shop.example.com");
  assert.equal(byType("license.revoked")[0].data.status, "revoked");
  assert.ok(
    !JSON.stringify(received).includes(key),
    "a license key is never sent",
  );
});
