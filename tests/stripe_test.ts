/**
 * Stripe through its official library. Stripe cannot be reached from
 * here: the Checkout Session request goes to a small local HTTP server
 * standing in for Stripe's API (the library's host/port/protocol
 * options), which records the exact request; webhooks are real payloads
 * signed with the library's own test header helper.
 */
import assert from "node:assert/strict";
import Stripe from "stripe";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, sessionClient, TestClient } from "./helpers/http.ts";
import { checkoutInput, createCatalog } from "./helpers/shop.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { orderPagePath } from "@/lib/shop/order_page.ts";
import { updatePaymentSettings } from "@/lib/shop/payment_settings.ts";
import {
  issueCreditNote,
  uncreditedLines,
} from "@/lib/billing/credit_notes.ts";

interface StripeRequest {
  method: string;
  path: string;
  headers: Headers;
  form: URLSearchParams;
}

/** Stripe's API as far as Checkout Sessions go; `failing` answers 500. */
const standIn = {
  requests: [] as StripeRequest[],
  failing: false,
};
const stripeServer = Deno.serve(
  { hostname: "127.0.0.1", port: 0, onListen() {} },
  async (req) => {
    const form = new URLSearchParams(await req.text());
    standIn.requests.push({
      method: req.method,
      path: new URL(req.url).pathname,
      headers: req.headers,
      form,
    });
    if (standIn.failing) {
      return Response.json({
        error: { type: "api_error", message: "Stripe is having a bad day" },
      }, { status: 500 });
    }
    const id = `cs_test_${standIn.requests.length}`;
    return Response.json({
      id,
      object: "checkout.session",
      url: `https://checkout.stripe.com/c/pay/${id}`,
      expires_at: 1_900_000_000,
      client_reference_id: form.get("client_reference_id"),
    });
  },
);

const SECRET_KEY = "sk_test_51PorticoStandIn0123456789";
const WEBHOOK_SECRET = "whsec_PorticoTestSigningSecret0123";
const clock = new Date("2027-07-01T09:00:00Z");
const app = await startTestApp({
  now: () => clock,
  env: { STRIPE_API_URL: `http://127.0.0.1:${stripeServer.addr.port}` },
});
Deno.test.afterAll(async () => {
  await app.close();
  await stripeServer.shutdown();
});
const { db, keys } = app.services;
const catalog = await createCatalog(db, "card");
await updatePaymentSettings(db, keys, { type: "system" }, {
  stripeSecretKey: SECRET_KEY,
  stripeWebhookSecret: WEBHOOK_SECRET,
  disable: false,
  firstReminderDays: 7,
  secondReminderDays: 21,
}, clock);

async function placed(email: string, slug = catalog.paid) {
  const order = await checkout(
    db,
    await shopEnv(app.services),
    checkoutInput(slug, email),
    clock,
  );
  return { ...order, page: await orderPagePath(keys, order.orderId) };
}

/** Posts the order page's card button, as the buyer's browser does. */
async function payByCard(page: string): Promise<Response> {
  const buyer = new TestClient(app.url);
  const html = (await buyer.page(page)).html;
  const action = html.match(/<form method="post" action="([^"]+\/pay[^"]+)"/)
    ?.[1];
  assert.ok(action, "the order page offers the card payment");
  return await buyer.post(action.replaceAll("&amp;", "&"), {});
}

/** A Stripe event as its webhook sends it, signed as Stripe signs it. */
async function deliver(
  event: { id: string; type: string; object: Record<string, unknown> },
  options: { secret?: string; signedAt?: Date } = {},
): Promise<Response> {
  const payload = JSON.stringify({
    id: event.id,
    object: "event",
    api_version: "2026-11-18.endive",
    created: Math.floor(clock.getTime() / 1000),
    type: event.type,
    data: { object: event.object },
  });
  const header = await Stripe.webhooks.generateTestHeaderStringAsync({
    payload,
    secret: options.secret ?? WEBHOOK_SECRET,
    timestamp: Math.floor((options.signedAt ?? clock).getTime() / 1000),
  });
  return await fetch(`${app.url}/api/payments/stripe`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": header },
    body: payload,
  });
}

function completedSession(
  orderId: string,
  amount: number,
  intent: string,
  paymentStatus = "paid",
) {
  return {
    id: `cs_test_${intent}`,
    object: "checkout.session",
    client_reference_id: orderId,
    metadata: { order_id: orderId },
    payment_status: paymentStatus,
    amount_total: amount,
    currency: "eur",
    payment_intent: intent,
  };
}

const orderRow = (orderId: string) =>
  db.selectFrom("orders").select(["status"]).where("id", "=", orderId)
    .executeTakeFirstOrThrow();
const paymentsOf = (invoiceId: string) =>
  db.selectFrom("payments").select(["amount_cents", "transaction_id", "method"])
    .where("invoice_id", "=", invoiceId).execute();

Deno.test("the card button creates a Checkout Session with exactly the order's lines, buyer and return URLs", async () => {
  const order = await placed("card-buyer@example.com");
  const page = await new TestClient(app.url).page(order.page);
  assert.match(page.html, /Test mode: no real money is charged/);
  assert.match(page.html, /Pay €119\.00 by card/);

  standIn.requests.length = 0;
  const res = await payByCard(order.page);
  assert.equal(res.status, 303);
  assert.equal(
    res.headers.get("location"),
    "https://checkout.stripe.com/c/pay/cs_test_1",
  );
  assert.equal(standIn.requests.length, 1);
  const [request] = standIn.requests;
  assert.equal(request.method, "POST");
  assert.equal(request.path, "/v1/checkout/sessions");
  assert.equal(request.headers.get("authorization"), `Bearer ${SECRET_KEY}`);
  assert.match(
    request.headers.get("idempotency-key") ?? "",
    /^portico-checkout-[0-9a-f-]{36}$/,
  );
  const back = `${app.url}${order.page}`;
  assert.deepEqual(Object.fromEntries(request.form), {
    mode: "payment",
    client_reference_id: order.orderId,
    customer_email: "card-buyer@example.com",
    locale: "en",
    "line_items[0][quantity]": "1",
    "line_items[0][price_data][currency]": "eur",
    "line_items[0][price_data][unit_amount]": "10000",
    "line_items[0][price_data][product_data][name]": "paid module",
    "line_items[1][quantity]": "1",
    "line_items[1][price_data][currency]": "eur",
    "line_items[1][price_data][unit_amount]": "1900",
    "line_items[1][price_data][product_data][name]": "VAT 19 %",
    "metadata[order_id]": order.orderId,
    "metadata[invoice_number]": order.invoiceNumber,
    "payment_intent_data[metadata][order_id]": order.orderId,
    "payment_intent_data[metadata][invoice_number]": order.invoiceNumber,
    success_url: `${back}&card=done`,
    cancel_url: back,
  });
  const claims = await db.selectFrom("provider_checkouts")
    .select(["status", "session_id"])
    .where("order_id", "=", order.orderId).execute();
  assert.deepEqual(claims, [{ status: "open", session_id: "cs_test_1" }]);
  assert.equal((await orderRow(order.orderId)).status, "pending");

  // Pressed again: the open session is offered, no second one created.
  const again = await payByCard(order.page);
  assert.equal(again.headers.get("location"), res.headers.get("location"));
  assert.equal(standIn.requests.length, 1);
});

Deno.test("a failing Stripe request leaves the order awaiting payment and offers bank transfer and a retry", async () => {
  const order = await placed("card-down@example.com");
  standIn.failing = true;
  try {
    const buyer = new TestClient(app.url);
    await buyer.page(order.page);
    const html = (await buyer.page(order.page)).html;
    const action = html.match(/action="([^"]+\/pay[^"]+)"/)![1]
      .replaceAll("&amp;", "&");
    const res = await buyer.post(action, {});
    assert.equal(res.status, 303);
    assert.equal(res.headers.get("location"), order.page);
    await res.body?.cancel();
    const after = (await buyer.page(order.page)).html;
    assert.match(after, /could not be started/);
    assert.match(after, /id="bank-transfer"/);
    assert.match(after, /Pay €119\.00 by card/, "a retry is offered");
  } finally {
    standIn.failing = false;
  }
  assert.equal((await orderRow(order.orderId)).status, "pending");
  assert.deepEqual(await paymentsOf(order.invoiceId!), []);
  const claims = await db.selectFrom("provider_checkouts").select("status")
    .where("order_id", "=", order.orderId).execute();
  assert.deepEqual(claims, [{ status: "failed" }]);
});

Deno.test("checkout.session.completed, delivered 20 times at once: paid once, keys issued, one receipt", async () => {
  const order = await placed("card-paid@example.com", catalog.bundle);
  const { total_cents: total } = await db.selectFrom("invoices")
    .select("total_cents").where("id", "=", order.invoiceId!)
    .executeTakeFirstOrThrow();
  const event = {
    id: "evt_card_paid",
    type: "checkout.session.completed",
    object: completedSession(order.orderId, total, "pi_card_paid"),
  };
  const answers = await Promise.all(
    Array.from({ length: 20 }, () => deliver(event)),
  );
  assert.ok(answers.every((a) => a.status === 200));
  const bodies = await Promise.all(answers.map((a) => a.json()));
  assert.equal(bodies.filter((b) => !b.duplicate).length, 1);
  assert.equal((await orderRow(order.orderId)).status, "paid");
  assert.deepEqual(await paymentsOf(order.invoiceId!), [
    { amount_cents: total, transaction_id: "pi_card_paid", method: "card" },
  ]);
  const licenses = await db.selectFrom("licenses").select("product")
    .where("email", "=", "card-paid@example.com").orderBy("product").execute();
  assert.deepEqual(licenses.map((l) => l.product), ["activity", "booking"]);
  const receipts = await db.selectFrom("email_outbox").select("id")
    .where("to_address", "=", "card-paid@example.com")
    .where("dedupe_key", "like", "payment-receipt:%").execute();
  assert.equal(receipts.length, 1);
});

Deno.test("a bad or stale Stripe-Signature is a 400 and writes nothing", async () => {
  const order = await placed("card-forged@example.com");
  const event = {
    id: "evt_forged",
    type: "checkout.session.completed",
    object: completedSession(order.orderId, 11900, "pi_forged"),
  };
  const forged = await deliver(event, { secret: "whsec_NotTheSecret0123456" });
  assert.equal(forged.status, 400);
  assert.equal((await forged.json()).error.code, "BAD_SIGNATURE");
  const stale = await deliver(event, {
    signedAt: new Date(clock.getTime() - 10 * 60_000),
  });
  assert.equal(stale.status, 400);
  await stale.body?.cancel();
  const unsigned = await fetch(`${app.url}/api/payments/stripe`, {
    method: "POST",
    body: "{}",
  });
  assert.equal(unsigned.status, 400);
  await unsigned.body?.cancel();
  const events = await db.selectFrom("payment_events").select("id")
    .where("event_id", "=", "evt_forged").execute();
  assert.deepEqual(events, []);
  assert.deepEqual(await paymentsOf(order.invoiceId!), []);
  assert.equal((await orderRow(order.orderId)).status, "pending");
});

Deno.test("a delayed method: completed unpaid changes nothing, async failure is kept, async success pays", async () => {
  const order = await placed("card-sepa@example.com");
  const session = (status: string) =>
    completedSession(order.orderId, 11900, "pi_sepa", status);
  const unpaid = await deliver({
    id: "evt_sepa_completed",
    type: "checkout.session.completed",
    object: session("unpaid"),
  });
  assert.equal((await unpaid.json()).outcome, "ignored");
  const failed = await deliver({
    id: "evt_sepa_failed",
    type: "checkout.session.async_payment_failed",
    object: session("unpaid"),
  });
  assert.equal((await failed.json()).outcome, "failed");
  assert.equal((await orderRow(order.orderId)).status, "pending");
  const succeeded = await deliver({
    id: "evt_sepa_succeeded",
    type: "checkout.session.async_payment_succeeded",
    object: session("paid"),
  });
  assert.equal((await succeeded.json()).outcome, "recorded");
  assert.equal((await orderRow(order.orderId)).status, "paid");
});

Deno.test("admin → Shop → Payments: keys checked, stored sealed, test mode shown, events listed", async () => {
  const adminId = await createStaff(db, {
    email: "payments-admin@example.com",
    password: "payments admin password",
    role: "admin",
  });
  const admin = await sessionClient(app.url, db, "staff", adminId, clock);
  const REMINDERS = { firstReminderDays: "7", secondReminderDays: "21" };
  const bad = await admin.post("/admin/shop/payments", {
    stripeSecretKey: "pk_test_notasecretkey",
    ...REMINDERS,
  });
  assert.equal(bad.status, 422, bad.headers.get("location") ?? "");
  assert.match(await bad.text(), /starts with sk_test_/);
  const saved = await admin.post("/admin/shop/payments", {
    stripeSecretKey: "sk_live_51PorticoLiveKey0123456789",
    ...REMINDERS,
  });
  assert.equal(saved.status, 303);
  await saved.body?.cancel();
  const stored = await db.selectFrom("options").select("value")
    .where("name", "=", "shop.payments").executeTakeFirstOrThrow();
  assert.doesNotMatch(String(stored.value), /sk_live_/, "sealed");
  const page = (await admin.page("/admin/shop/payments")).html;
  assert.match(page, /Live mode: real payments/);
  assert.match(page, /\/api\/payments\/stripe/);
  assert.match(page, /charge\.refunded/);
  assert.match(page, /evt_card_paid|evt_sepa/, "provider events listed");
  const back = await admin.post("/admin/shop/payments", {
    stripeSecretKey: SECRET_KEY,
    ...REMINDERS,
  });
  await back.body?.cancel();
  assert.match(
    (await admin.page("/admin/shop/payments")).html,
    /Test mode: test key/,
  );
});

Deno.test("charge.refunded, delivered 5 times at once: one refund, the keys revoked, one email", async () => {
  const order = await placed("card-refund@example.com");
  const paid = await deliver({
    id: "evt_refund_paid",
    type: "checkout.session.completed",
    object: completedSession(order.orderId, 11900, "pi_refund_me"),
  });
  assert.equal((await paid.json()).outcome, "recorded");
  const charge = {
    id: "ch_refund_me",
    object: "charge",
    amount: 11900,
    amount_refunded: 11900,
    refunded: true,
    currency: "eur",
    payment_intent: "pi_refund_me",
  };
  const answers = await Promise.all(
    Array.from(
      { length: 5 },
      () =>
        deliver({
          id: "evt_refund_1",
          type: "charge.refunded",
          object: charge,
        }),
    ),
  );
  const bodies = await Promise.all(answers.map((a) => a.json()));
  assert.deepEqual(
    bodies.map((b) => b.outcome).sort(),
    ["refunded", "refunded", "refunded", "refunded", "refunded"],
    "the first's outcome, also for the repeats",
  );
  assert.equal(bodies.filter((b) => !b.duplicate).length, 1);
  assert.equal((await orderRow(order.orderId)).status, "refunded");
  const refunds = await db.selectFrom("refunds")
    .select(["amount_cents", "reference"])
    .where("order_id", "=", order.orderId).execute();
  assert.deepEqual(refunds, [{
    amount_cents: 11900,
    reference: "stripe:pi_refund_me",
  }]);
  const licenses = await db.selectFrom("licenses").select("status")
    .where("email", "=", "card-refund@example.com").execute();
  assert.deepEqual(licenses, [{ status: "revoked" }]);
  const mails = await db.selectFrom("email_outbox").select("attachments")
    .where("to_address", "=", "card-refund@example.com")
    .where("dedupe_key", "like", "refund:%").execute();
  assert.equal(mails.length, 1);

  // Another event for the same charge (Stripe retries under a new id too).
  const retried = await deliver({
    id: "evt_refund_2",
    type: "charge.refunded",
    object: charge,
  });
  assert.equal((await retried.json()).outcome, "order_closed");
  const notes = await db.selectFrom("credit_notes as c")
    .leftJoin("refunds as r", "r.credit_note_id", "c.id")
    .select(["c.id", "c.total_cents", "c.reason", "r.reference"])
    .where("c.invoice_id", "=", order.invoiceId!).execute();
  assert.equal(notes.length, 1, "one credit note, whatever arrived twice");
  const { id, ...note } = notes[0];
  assert.deepEqual(note, {
    total_cents: -11900,
    reason: "Refund",
    reference: "stripe:pi_refund_me",
  });
  assert.deepEqual(
    mails[0].attachments.map((a) => a.source),
    [{ kind: "credit_note_pdf", id }],
    "the refund email carries the credit note",
  );
});

Deno.test("after a credit note the session asks for what is still owed, and paying it settles the invoice", async () => {
  const order = await placed("card-credited@example.com");
  const [line] = await uncreditedLines(db, order.invoiceId!);
  await issueCreditNote(db, { type: "system" }, {
    invoiceId: order.invoiceId!,
    lines: [{ invoiceItemId: line.invoiceItemId, netCents: 2000 }],
    reason: "Discount",
  }, clock);
  const sent = standIn.requests.length;
  const res = await payByCard(order.page);
  assert.equal(res.status, 303);
  await res.body?.cancel();
  const form = Object.fromEntries(standIn.requests[sent].form);
  assert.equal(form["line_items[0][price_data][unit_amount]"], "9520");
  assert.equal(form["line_items[1][quantity]"], undefined, "one line");
  const paid = await deliver({
    id: "evt_credited_paid",
    type: "checkout.session.completed",
    object: completedSession(order.orderId, 9520, "pi_credited"),
  });
  assert.equal((await paid.json()).outcome, "recorded");
  assert.equal((await orderRow(order.orderId)).status, "paid");
});
