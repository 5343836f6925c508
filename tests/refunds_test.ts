/**
 * Refunds: staff refund a paid order by line or whole, the licenses of
 * refunded lines stop validating at once (LICENSE_REVOKED), each refund
 * issues one credit note for its lines, the buyer is emailed it, and
 * nothing happens twice; a paid event for a refunded order
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
import { draftInvoice, issueInvoice } from "@/lib/billing/invoices.ts";
import { renderBillingAttachment } from "@/lib/billing/pdf.ts";
import { refundOrder } from "@/lib/shop/refunds.ts";
import { getInvoiceDetail } from "@/lib/shop/invoices.ts";
import {
  issueCreditNote,
  uncreditedLines,
} from "@/lib/billing/credit_notes.ts";
import { startTestSmtpServer } from "@/lib/mail/testing.ts";
import { createMailTransport, sendDueEmails } from "@/lib/mail/worker.ts";
import { PDFParse } from "pdf-parse";
import { parseReceived } from "./helpers/mail.ts";

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
 * A paid order of the package with a second line (the trial product),
 * invoiced as two lines (net 100.00 and 50.00, 19 %), each license
 * issued and activated on a domain; returns the line ids and the keys by
 * module. Checkout sells one offer per order, so the two-line order is
 * written as checkout writes one: order, invoice and linked lines in one
 * transaction.
 */
async function paidTwoLineOrder(
  email: string,
  /** Runs before the payment, which pays what is then owed. */
  beforePaying?: (invoiceId: string) => Promise<void>,
) {
  const like = await checkout(
    db,
    await shopEnv(app.services),
    checkoutInput(catalog.bundle, email),
    clock,
  );
  const source = await db.selectFrom("orders as o")
    .innerJoin("order_lines as l", "l.order_id", "o.id")
    .innerJoin("invoices as i", "i.order_id", "o.id")
    .select([
      "o.client_id",
      "o.contact_id",
      "l.package_id",
      "l.description",
      "i.buyer",
    ])
    .where("o.id", "=", like.orderId).executeTakeFirstOrThrow();
  const product = await db.selectFrom("products").select("id")
    .where("slug", "=", catalog.trial).executeTakeFirstOrThrow();
  const order = await db.transaction().execute(async (tx) => {
    const lines = [
      { description: source.description, quantity: 1, unitPriceCents: 10000 },
      { description: "extra trial module", quantity: 1, unitPriceCents: 5000 },
    ];
    const draft = await draftInvoice(tx, { ...source.buyer }, lines, clock);
    const row = await tx.insertInto("orders").values({
      client_id: source.client_id,
      contact_id: source.contact_id,
      status: "pending",
      total_cents: draft.totalCents,
      currency: "EUR",
      locale: "en",
      created_at: clock,
    }).returning("id").executeTakeFirstOrThrow();
    const issued = await issueInvoice(tx, draft, {
      orderId: row.id,
      clientId: source.client_id,
      locale: "en",
      currency: "EUR",
      prefix: "INV",
      paymentTermDays: 14,
    }, clock);
    await tx.insertInto("order_lines").values([
      {
        order_id: row.id,
        package_id: source.package_id,
        description: source.description,
        price_cents: 10000,
        invoice_item_id: issued.itemIds[0],
      },
      {
        order_id: row.id,
        product_id: product.id,
        description: "extra trial module",
        price_cents: 5000,
        invoice_item_id: issued.itemIds[1],
      },
    ]).execute();
    return { orderId: row.id, invoiceId: issued.id };
  });
  const { total_cents } = await db.selectFrom("invoices").select("total_cents")
    .where("id", "=", order.invoiceId!).executeTakeFirstOrThrow();
  await beforePaying?.(order.invoiceId);
  const { balanceCents } = await getInvoiceDetail(db, order.invoiceId, clock);
  await recordPayment(
    db,
    {
      invoice: order.invoiceId!,
      amountCents: balanceCents,
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
  assert.match(
    (await admin.page(path)).html,
    /Refunded with credit note CN-2027-\d{4}; licenses revoked: 1\./,
  );
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

  const notes = await creditNotesOf(order.orderId);
  assert.equal(notes.length, 2, "one credit note per refund");
  assert.deepEqual(
    notes.map((n) => [n.total_cents, n.items, n.refund_amount]),
    [
      [-5950, ["extra trial module"], 5950],
      [-11900, [order.licenses[0].description], 11900],
    ],
    "each credits its refunded lines, for what was refunded",
  );
  assert.equal(
    notes.reduce((sum, n) => sum + n.total_cents, 0),
    -order.total_cents,
  );
  const invoice = await db.selectFrom("invoices").select("status")
    .where("id", "=", order.invoiceId).executeTakeFirstOrThrow();
  assert.equal(invoice.status, "paid", "a paid invoice stays paid");
});

/** The credit notes of an order's refunds, oldest first, with their lines. */
async function creditNotesOf(orderId: string) {
  const rows = await db.selectFrom("refunds as r")
    .innerJoin("credit_notes as c", "c.id", "r.credit_note_id")
    .select([
      "c.id",
      "c.number",
      "c.total_cents",
      "c.reason",
      "r.id as refund_id",
      "r.amount_cents as refund_amount",
    ])
    .where("r.order_id", "=", orderId).orderBy("c.number").execute();
  return await Promise.all(rows.map(async (row) => ({
    ...row,
    items: (await db.selectFrom("credit_note_items").select("description")
      .where("credit_note_id", "=", row.id).orderBy("description").execute())
      .map((i) => i.description),
  })));
}

Deno.test("a refund sends one email with its credit note attached, whatever is sent twice", async () => {
  const email = "cora@refund.example";
  const order = await paidTwoLineOrder(email);
  const extra = order.licenses.find((l) => l.description.startsWith("extra"))!;
  // Ten staff clicks on the same line at once, and the whole order twice
  // under one reference (a provider's retry).
  const results = await Promise.all([
    ...Array.from(
      { length: 10 },
      (_, i) =>
        refundOrder(db, { type: "system" }, {
          orderId: order.orderId,
          lineIds: [extra.line],
          reference: `staff:click-${i}`,
        }, clock),
    ),
  ]);
  assert.equal(results.filter((r) => r.refunded).length, 1);
  const twice = await Promise.all(
    [1, 2].map(() =>
      refundOrder(db, { type: "api" }, {
        orderId: order.orderId,
        reference: "stripe:pi_cora",
      }, clock)
    ),
  );
  assert.equal(twice.filter((r) => r.refunded).length, 1);
  const notes = await creditNotesOf(order.orderId);
  assert.equal(notes.length, 2, "one credit note per refund, no more");
  assert.ok(notes.every((n) => n.reason === "Refund"));
  assert.equal(
    (await db.selectFrom("credit_notes").select("id")
      .where("invoice_id", "=", order.invoiceId).execute()).length,
    2,
    "no credit note without its refund",
  );
  const outbox = await db.selectFrom("email_outbox")
    .select(["dedupe_key", "attachments"])
    .where("to_address", "=", email)
    .where((eb) =>
      eb.or([
        eb("dedupe_key", "like", "refund:%"),
        eb("dedupe_key", "like", "credit-note:%"),
      ])
    ).execute();
  assert.deepEqual(
    outbox.map((m) => m.dedupe_key).sort(),
    notes.map((n) => `refund:${n.refund_id}`).sort(),
    "the refund email carries the credit note: no second mail",
  );

  const smtp = await startTestSmtpServer();
  try {
    await db.updateTable("email_outbox").set({ status: "sent" })
      .where("status", "=", "pending")
      .where("dedupe_key", "<>", `refund:${notes[0].refund_id}`).execute();
    const summary = await sendDueEmails(
      db,
      createMailTransport(smtp.url),
      clock,
      {
        from: "Portico <billing@example.com>",
        appUrl: app.url,
        renderAttachment: renderBillingAttachment,
      },
    );
    assert.equal(summary.sent, 1);
    const mail = await parseReceived(smtp.received[0]);
    assert.match(mail.text ?? "", new RegExp(`Credit note ${notes[0].number}`));
    assert.deepEqual(
      mail.attachments.map((a) => a.filename),
      [`${notes[0].number}.pdf`],
    );
    const parser = new PDFParse({
      data: new Uint8Array(mail.attachments[0].content),
    });
    try {
      const text = (await parser.getText()).text;
      assert.ok(text.includes(notes[0].number), text);
      assert.ok(text.includes("extra trial module"), text);
      assert.ok(text.includes("Refund"), text);
    } finally {
      await parser.destroy();
    }
  } finally {
    await smtp.close();
  }
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

Deno.test("a line credited before payment earns no key, and a refund gives back only the rest", async () => {
  const email = "cleo@refund.example";
  const order = await paidTwoLineOrder(email, async (invoiceId) => {
    const lines = await uncreditedLines(db, invoiceId);
    const extra = lines.find((l) => l.description.startsWith("extra"))!;
    await issueCreditNote(db, { type: "system" }, {
      invoiceId,
      lines: [{ invoiceItemId: extra.invoiceItemId }],
      reason: "Not wanted",
    }, clock);
  });
  assert.equal(await orderStatus(order.orderId), "paid");
  assert.ok(
    order.licenses.every((l) => !l.description.startsWith("extra")),
    "no key for the credited line",
  );
  assert.equal(order.licenses.length, 2, "the package's two keys");
  const done = await refundOrder(db, { type: "system" }, {
    orderId: order.orderId,
    reference: "staff:cleo",
  }, clock);
  assert.deepEqual(
    [done.refunded, done.amountCents, done.orderRefunded],
    [true, 11900, true],
    "what was paid comes back, the credited line is not credited again",
  );
  assert.equal(done.licensesRevoked, 2);
});
