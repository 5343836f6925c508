import assert from "node:assert/strict";
import { sql } from "kysely";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, sessionClient, signIn } from "./helpers/http.ts";
import { checkoutInput, createCatalog } from "./helpers/shop.ts";
import { checkout, type CheckoutInput } from "@/lib/shop/checkout.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { cancelOrder } from "@/lib/shop/orders.ts";
import {
  getInvoiceDetail,
  listInvoices,
  previewManualPayment,
} from "@/lib/shop/invoices.ts";
import { recordPayment } from "@/lib/shop/payments.ts";
import { loadBuyerOrder } from "@/lib/shop/order_page.ts";
import { sendInvoiceReminders } from "@/lib/shop/dunning.ts";
import { draftInvoice, issueInvoice } from "@/lib/billing/invoices.ts";
import {
  issueCreditNote,
  uncreditedLines,
} from "@/lib/billing/credit_notes.ts";
import { ValidationError } from "@/lib/errors.ts";
import type { Actor } from "@/lib/audit.ts";
import { renderBillingAttachment } from "@/lib/billing/pdf.ts";
import { PDFParse } from "pdf-parse";

const clock = new Date("2027-04-01T09:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
const catalog = await createCatalog(db, "cn");
const system: Actor = { type: "system" };

let buyers = 0;
async function order(overrides: Partial<CheckoutInput> = {}) {
  const input = checkoutInput(
    catalog.paid,
    `cn-buyer${++buyers}@example.com`,
    overrides,
  );
  const placed = await checkout(db, await shopEnv(app.services), input, clock);
  return await db.selectFrom("invoices").selectAll()
    .where("id", "=", placed.invoiceId!).executeTakeFirstOrThrow();
}

/** An invoice of three lines (2 × 30.00, 1 × 25.00, 1 × 15.00) for the client of `like`. */
async function threeLineInvoice(
  lines = [
    { description: "A module", quantity: 2, unitPriceCents: 3000 },
    { description: "B module", quantity: 1, unitPriceCents: 2500 },
    { description: "C module", quantity: 1, unitPriceCents: 1500 },
  ],
) {
  const like = await order();
  const contact = await db.selectFrom("contacts").select("id")
    .where("client_id", "=", like.client_id).executeTakeFirstOrThrow();
  return await db.transaction().execute(async (tx) => {
    const orderRow = await tx.insertInto("orders").values({
      client_id: like.client_id,
      contact_id: contact.id,
      status: "pending",
      total_cents: 11900,
      currency: "EUR",
      locale: "de",
    }).returning("id").executeTakeFirstOrThrow();
    const draft = await draftInvoice(tx, { ...like.buyer }, lines, clock);
    const issued = await issueInvoice(tx, draft, {
      orderId: orderRow.id,
      clientId: like.client_id,
      locale: "de",
      currency: "EUR",
      prefix: "INV",
      paymentTermDays: 14,
    }, clock);
    return await tx.selectFrom("invoices").selectAll()
      .where("id", "=", issued.id).executeTakeFirstOrThrow();
  });
}

const count = async (table: "credit_notes" | "email_outbox" | "audit_log") =>
  Number(
    (await db.selectFrom(table).select(db.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow()).n,
  );

Deno.test("a full credit note mirrors its invoice with negative amounts and the same VAT", async (t) => {
  await t.step("German 19 %", async () => {
    const invoice = await order();
    const note = await issueCreditNote(db, system, {
      invoiceId: invoice.id,
      reason: "Goodwill",
    }, clock);
    assert.match(note.number, /^CN-2027-\d{4}$/);
    assert.equal(note.totalCents, -11900);
    assert.equal(note.invoiceFullyCredited, true);
    const row = await db.selectFrom("credit_notes").selectAll()
      .where("id", "=", note.id).executeTakeFirstOrThrow();
    assert.equal(row.invoice_id, invoice.id);
    assert.equal(row.vat_treatment, "domestic");
    assert.equal(row.tax_rate_basis_points, 1900);
    assert.equal(row.subtotal_cents, -10000);
    assert.equal(row.tax_cents, -1900);
    const items = await db.selectFrom("credit_note_items").selectAll()
      .where("credit_note_id", "=", note.id).execute();
    assert.deepEqual(
      items.map((i) => [i.quantity, i.unit_price_cents, i.total_cents]),
      [[1, -10000, -10000]],
    );
    const after = await db.selectFrom("invoices").select("status")
      .where("id", "=", invoice.id).executeTakeFirstOrThrow();
    assert.equal(after.status, "cancelled", "an open invoice fully credited");
    const mail = await db.selectFrom("email_outbox").selectAll()
      .where("dedupe_key", "=", `credit-note:${note.id}`)
      .executeTakeFirstOrThrow();
    assert.equal(mail.to_address, invoice.buyer.email);
    assert.match(mail.subject, new RegExp(`Credit note ${note.number}`));
    assert.deepEqual(mail.attachments.map((a) => a.source), [{
      kind: "credit_note_pdf",
      id: note.id,
    }]);
  });
  await t.step(
    "reverse charge stays at 0 %, mailed in the buyer's language",
    async () => {
      const invoice = await order({
        country: "FR",
        vatId: "FR40303265045",
        locale: "de",
      });
      const note = await issueCreditNote(db, system, {
        invoiceId: invoice.id,
        reason: "Storno",
      }, clock);
      const row = await db.selectFrom("credit_notes").selectAll()
        .where("id", "=", note.id).executeTakeFirstOrThrow();
      assert.equal(row.vat_treatment, "reverse_charge");
      assert.equal(row.tax_cents, 0);
      assert.equal(row.total_cents, -10000);
      const mail = await db.selectFrom("email_outbox").select("subject")
        .where("dedupe_key", "=", `credit-note:${note.id}`)
        .executeTakeFirstOrThrow();
      assert.match(mail.subject, /^Rechnungskorrektur CN-/, "buyer's language");
    },
  );
});

Deno.test("credit per line and in part, never more than remains uncredited", async (t) => {
  const invoice = await threeLineInvoice();
  const lines = await uncreditedLines(db, invoice.id);
  const [a, b, c] = lines;
  assert.deepEqual(lines.map((l) => l.remainingCents), [6000, 2500, 1500]);

  await t.step("one whole line keeps its quantity and unit price", async () => {
    const note = await issueCreditNote(db, system, {
      invoiceId: invoice.id,
      lines: [{ invoiceItemId: a.invoiceItemId }],
      reason: "A not delivered",
    }, clock);
    assert.equal(note.totalCents, -7140);
    assert.equal(note.invoiceFullyCredited, false);
    const [item] = await db.selectFrom("credit_note_items").selectAll()
      .where("credit_note_id", "=", note.id).execute();
    assert.deepEqual(
      [item.description, item.quantity, item.unit_price_cents],
      ["A module", 2, -3000],
    );
  });
  await t.step("part of a line is one amount", async () => {
    const note = await issueCreditNote(db, system, {
      invoiceId: invoice.id,
      lines: [{ invoiceItemId: b.invoiceItemId, netCents: 1000 }],
      reason: "Discount on B",
    }, clock);
    assert.equal(note.totalCents, -1190);
  });

  const refused = async (
    request: Parameters<typeof issueCreditNote>[2],
    field: string,
  ) => {
    const before = await Promise.all(
      (["credit_notes", "email_outbox", "audit_log"] as const).map(count),
    );
    await assert.rejects(
      () => issueCreditNote(db, system, request, clock),
      (error) => error instanceof ValidationError && field in error.fields,
    );
    assert.deepEqual(
      await Promise.all(
        (["credit_notes", "email_outbox", "audit_log"] as const).map(count),
      ),
      before,
      "nothing written",
    );
  };
  await t.step(
    "a credited line again, or more than a line's rest, is refused",
    async () => {
      await refused({
        invoiceId: invoice.id,
        lines: [{ invoiceItemId: a.invoiceItemId }],
        reason: "again",
      }, "lines");
      await refused({
        invoiceId: invoice.id,
        lines: [{ invoiceItemId: b.invoiceItemId, netCents: 1501 }],
        reason: "too much",
      }, "lines");
      await refused({
        invoiceId: invoice.id,
        lines: [{ invoiceItemId: c.invoiceItemId, netCents: 0 }],
        reason: "zero",
      }, "lines");
    },
  );
  await t.step(
    "a line of another invoice, or no reason, is refused",
    async () => {
      const other = await order();
      const [foreign] = await uncreditedLines(db, other.id);
      await refused({
        invoiceId: invoice.id,
        lines: [{ invoiceItemId: foreign.invoiceItemId }],
        reason: "wrong invoice",
      }, "lines");
      await refused({ invoiceId: invoice.id, reason: "  " }, "reason");
    },
  );
  await t.step(
    "the rest credits what is left, then nothing is left",
    async () => {
      const note = await issueCreditNote(db, system, {
        invoiceId: invoice.id,
        reason: "Rest",
      }, clock);
      // B's remaining 15.00 and C's 15.00, at 19 %.
      assert.equal(note.totalCents, -3570);
      assert.equal(note.invoiceFullyCredited, true);
      await refused({ invoiceId: invoice.id, reason: "once more" }, "lines");
      const rest = await uncreditedLines(db, invoice.id);
      assert.deepEqual(rest.map((l) => l.remainingCents), [0, 0, 0]);
    },
  );
  await t.step("the database itself refuses an over-credit", async () => {
    await assert.rejects(
      () =>
        db.transaction().execute(async (tx) => {
          const note = await tx.insertInto("credit_notes").values({
            number: "CN-2027-9999",
            invoice_id: invoice.id,
            client_id: invoice.client_id,
            reason: "by hand",
            locale: "de",
            currency: "EUR",
            vat_treatment: "domestic",
            tax_rate_basis_points: 1900,
            subtotal_cents: -100,
            tax_cents: -19,
            total_cents: -119,
            issued_at: clock,
          }).returning("id").executeTakeFirstOrThrow();
          await tx.insertInto("credit_note_items").values({
            credit_note_id: note.id,
            invoice_item_id: c.invoiceItemId,
            description: "C module",
            quantity: 1,
            unit_price_cents: -100,
            total_cents: -100,
          }).execute();
        }),
      (error: { code?: string }) => error.code === "23514",
    );
  });
});

Deno.test("credit note numbers are gap-free under concurrency, refused attempts take none", async () => {
  const invoices = await Promise.all(
    Array.from({ length: 4 }, () => threeLineInvoice()),
  );
  const before = await db.selectFrom("credit_note_sequences")
    .select("last_number").where("year", "=", 2027).executeTakeFirst();
  const start = before?.last_number ?? 0;
  // Per invoice: three full credits at once; one wins, two find nothing left.
  const attempts = invoices.flatMap((invoice) => [
    { invoiceId: invoice.id, reason: "all" },
    { invoiceId: invoice.id, reason: "all, again" },
    { invoiceId: invoice.id, reason: "all, a third time" },
  ]);
  const results = await Promise.allSettled(
    attempts.map((request) => issueCreditNote(db, system, request, clock)),
  );
  const issued = results.flatMap((r) => r.status === "fulfilled" ? [r] : []);
  const refused = results.flatMap((r) => r.status === "rejected" ? [r] : []);
  assert.equal(issued.length, invoices.length, "one full credit per invoice");
  for (const r of refused) assert.ok(r.reason instanceof ValidationError);
  const numbers = issued.map((r) => Number(r.value.number.slice(-4)))
    .sort((x, y) => x - y);
  assert.deepEqual(
    numbers,
    Array.from({ length: invoices.length }, (_, i) => start + i + 1),
  );
  const all = await db.selectFrom("credit_notes").select("number")
    .where("number", "like", "CN-2027-%").execute();
  const sorted = all.map((n) => Number(n.number.slice(-4))).sort((x, y) =>
    x - y
  );
  assert.deepEqual(
    sorted,
    Array.from({ length: sorted.length }, (_, i) => i + 1),
  );
});

Deno.test("an issued credit note cannot be changed, deleted or added to", async () => {
  const invoice = await order();
  const note = await issueCreditNote(db, system, {
    invoiceId: invoice.id,
    reason: "Storno",
  }, clock);
  const refused = async (statement: () => Promise<unknown>) => {
    await assert.rejects(statement, (error: { code?: string }) => {
      assert.equal(error.code, "23001", String(error));
      return true;
    });
  };
  await refused(() =>
    db.updateTable("credit_notes").set({ total_cents: -1, subtotal_cents: -1 })
      .where("id", "=", note.id).execute()
  );
  await refused(() =>
    db.updateTable("credit_notes").set({ reason: "other" })
      .where("id", "=", note.id).execute()
  );
  await refused(() =>
    db.deleteFrom("credit_notes").where("id", "=", note.id).execute()
  );
  await refused(() =>
    db.updateTable("credit_note_items").set({ description: "x" })
      .where("credit_note_id", "=", note.id).execute()
  );
  await refused(() =>
    db.deleteFrom("credit_note_items").where("credit_note_id", "=", note.id)
      .execute()
  );
  await refused(() => sql`truncate credit_notes cascade`.execute(db));
  const [line] = await uncreditedLines(db, invoice.id);
  await refused(() =>
    db.insertInto("credit_note_items").values({
      credit_note_id: note.id,
      invoice_item_id: line.invoiceItemId,
      description: "later",
      quantity: 1,
      unit_price_cents: -1,
      total_cents: -1,
    }).execute()
  );
});

Deno.test("a credit note must keep the VAT of its invoice", async () => {
  const invoice = await order();
  await assert.rejects(
    () =>
      db.insertInto("credit_notes").values({
        number: "CN-2027-8888",
        invoice_id: invoice.id,
        client_id: invoice.client_id,
        reason: "other rate",
        locale: "en",
        currency: "EUR",
        vat_treatment: "domestic",
        tax_rate_basis_points: 700,
        subtotal_cents: -100,
        tax_cents: -7,
        total_cents: -107,
        issued_at: clock,
      }).execute(),
    (error: { code?: string }) => error.code === "23514",
  );
});

Deno.test("cancelling an unpaid order issues a full credit note", async () => {
  const invoice = await order({ locale: "de" });
  await cancelOrder(db, system, invoice.order_id, clock);
  const notes = await db.selectFrom("credit_notes").selectAll()
    .where("invoice_id", "=", invoice.id).execute();
  assert.equal(notes.length, 1);
  assert.equal(notes[0].total_cents, -invoice.total_cents);
  assert.equal(notes[0].reason, "Bestellung storniert");
  const after = await db.selectFrom("invoices").select("status")
    .where("id", "=", invoice.id).executeTakeFirstOrThrow();
  assert.equal(after.status, "cancelled");
  const audit = await db.selectFrom("audit_log").select("details")
    .where("action", "=", "order.cancel")
    .where("entity_id", "=", invoice.order_id).executeTakeFirstOrThrow();
  assert.deepEqual(audit.details, {
    invoice: invoice.number,
    creditNote: notes[0].number,
  });
});

async function pdfText(bytes: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: bytes.slice() });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

Deno.test("the credit note PDF names the invoice it corrects, the reason, negative amounts and the VAT note", async () => {
  const invoice = await order({
    country: "AT",
    company: "Wiener Software GmbH",
    vatId: "ATU12345678",
    locale: "de",
  });
  const note = await issueCreditNote(db, system, {
    invoiceId: invoice.id,
    reason: "Doppelt bestellt",
  }, clock);
  const text = await pdfText(
    Uint8Array.from(
      atob(
        await renderBillingAttachment(db, {
          kind: "credit_note_pdf",
          id: note.id,
        }),
      ),
      (c) => c.charCodeAt(0),
    ),
  );
  for (
    const expected of [
      `Rechnungskorrektur ${note.number}`,
      `Korrigiert die Rechnung ${invoice.number} vom 1. April 2027.`,
      "Grund: Doppelt bestellt",
      "Portico Test GmbH",
      "Wiener Software GmbH",
      "USt-IdNr.: ATU12345678",
      "-100,00 €",
      "Steuerschuldnerschaft des Leistungsempfängers / Reverse charge",
      "USt-IdNr.: DE123456789",
    ]
  ) assert.ok(text.includes(expected), `missing: ${expected}\n${text}`);
});

Deno.test("staff and the buyer see and download the credit note; another client cannot", async () => {
  await createStaff(db, {
    email: "cn-staff@example.com",
    password: "cn staff password",
  });
  const admin = await signIn(
    app.url,
    "admin",
    "cn-staff@example.com",
    "cn staff password",
  );
  const invoice = await order({ locale: "en" });
  const note = await issueCreditNote(db, system, {
    invoiceId: invoice.id,
    reason: "Ordered twice",
  }, clock);

  const invoicePage = await admin.page(`/admin/invoices/${invoice.id}`);
  assert.ok(
    invoicePage.html.includes(`href="/admin/credit-notes/${note.id}"`),
    "the invoice links its credit note",
  );
  const { status, html } = await admin.page(`/admin/credit-notes/${note.id}`);
  assert.equal(status, 200);
  for (
    const expected of [
      `Credit note ${note.number}`,
      `Corrects invoice ${invoice.number} of 1 April 2027.`,
      "Ordered twice",
      "-€119.00",
      "Portico Test GmbH",
    ]
  ) assert.ok(html.includes(expected), `missing: ${expected}`);
  const pdf = await admin.request(`/admin/credit-notes/${note.id}/pdf`);
  assert.equal(pdf.headers.get("content-type"), "application/pdf");
  assert.match(
    pdf.headers.get("content-disposition")!,
    new RegExp(`filename="${note.number}.pdf"`),
  );
  assert.ok(
    (await pdfText(new Uint8Array(await pdf.arrayBuffer())))
      .includes(`Credit note ${note.number}`),
  );

  const contact = await db.selectFrom("contacts").select("id")
    .where("client_id", "=", invoice.client_id).executeTakeFirstOrThrow();
  const portal = await sessionClient(app.url, db, "contact", contact.id, clock);
  const mine = await portal.page(`/clients/invoices/${invoice.id}`);
  assert.ok(mine.html.includes(`href="/clients/credit-notes/${note.id}"`));
  const view = await portal.page(`/clients/credit-notes/${note.id}`);
  assert.equal(view.status, 200);
  assert.ok(view.html.includes("Ordered twice"));
  const own = await portal.request(`/clients/credit-notes/${note.id}/pdf`);
  assert.equal(own.status, 200);
  await own.body?.cancel();

  const other = await order();
  const foreign = await issueCreditNote(db, system, {
    invoiceId: other.id,
    reason: "not yours",
  }, clock);
  for (
    const path of [
      `/clients/credit-notes/${foreign.id}`,
      `/clients/credit-notes/${foreign.id}/pdf`,
    ]
  ) {
    const res = await portal.request(path);
    assert.equal(res.status, 404, path);
    await res.body?.cancel();
  }
});

Deno.test("a part credit note lowers what an unpaid invoice still owes, everywhere it is shown, and paying the rest settles it", async () => {
  const invoice = await order({ locale: "en" });
  const [line] = await uncreditedLines(db, invoice.id);
  const note = await issueCreditNote(db, system, {
    invoiceId: invoice.id,
    lines: [{ invoiceItemId: line.invoiceItemId, netCents: 3000 }],
    reason: "Discount",
  }, clock);
  assert.equal(note.totalCents, -3570);
  const owed = 11900 - 3570;

  const detail = await getInvoiceDetail(db, invoice.id, clock);
  assert.equal(detail.creditedCents, 3570);
  assert.equal(detail.balanceCents, owed);
  const listed = await listInvoices(db, { q: invoice.number }, clock);
  assert.deepEqual(
    listed.rows.map((r) => [r.credited_cents, r.balance_cents]),
    [[3570, owed]],
  );
  const page = await loadBuyerOrder(
    db,
    app.services.keys,
    invoice.order_id,
    "en",
    clock,
  );
  assert.equal(page.transfer?.amountCents, owed, "bank transfer and QR code");
  await assert.rejects(
    () =>
      previewManualPayment(db, invoice.id, {
        amountCents: 11900,
        paidAt: clock,
        method: "bank_transfer",
      }, clock),
    ValidationError,
    "more than is owed",
  );
  const dueLater = new Date(invoice.due_at.getTime() + 8 * 24 * 3600_000);
  await sendInvoiceReminders(db, {
    appUrl: app.url,
    keys: app.services.keys,
    settings: { firstReminderDays: 7, secondReminderDays: 21 },
  }, dueLater);
  const reminder = await db.selectFrom("email_outbox").select("text")
    .where("dedupe_key", "=", `invoice-reminder:1:${invoice.id}`)
    .executeTakeFirstOrThrow();
  assert.match(reminder.text, /€83\.30/);

  const paid = await recordPayment(
    db,
    {
      invoice: invoice.id,
      amountCents: owed,
      currency: "EUR",
      transactionId: `tx-credited-${invoice.number}`,
      method: "bank_transfer",
      paidAt: clock,
    },
    system,
    clock,
  );
  assert.equal(paid.invoicePaid, true, "paid in full once credits count");
  const after = await db.selectFrom("invoices as i")
    .innerJoin("orders as o", "o.id", "i.order_id")
    .select(["i.status", "o.status as order_status"])
    .where("i.id", "=", invoice.id).executeTakeFirstOrThrow();
  assert.deepEqual(after, { status: "paid", order_status: "paid" });
  const grants = await db.selectFrom("license_grants as g")
    .innerJoin("order_lines as l", "l.id", "g.order_line_id")
    .select("g.id").where("l.order_id", "=", invoice.order_id).execute();
  assert.equal(
    grants.length,
    1,
    "the partly credited line still earns its key",
  );
  const receipt = await db.selectFrom("email_outbox").select("text")
    .where("to_address", "=", invoice.buyer.email)
    .where("dedupe_key", "like", "payment-receipt:%")
    .executeTakeFirstOrThrow();
  assert.doesNotMatch(receipt.text, /still open|noch offen/i);
});

Deno.test("the credit note that credits the rest takes the rest of the VAT: the notes add up to the invoice", async () => {
  // 19 % of 0.03 rounds to 0.01, of 0.06 also to 0.01.
  const invoice = await threeLineInvoice([
    { description: "A tiny", quantity: 1, unitPriceCents: 3 },
    { description: "B tiny", quantity: 1, unitPriceCents: 3 },
  ]);
  assert.equal(invoice.tax_cents, 1);
  const [a] = await uncreditedLines(db, invoice.id);
  const first = await issueCreditNote(db, system, {
    invoiceId: invoice.id,
    lines: [{ invoiceItemId: a.invoiceItemId }],
    reason: "A",
  }, clock);
  assert.equal(first.totalCents, -4, "its own VAT, rounded");
  const rest = await issueCreditNote(db, system, {
    invoiceId: invoice.id,
    reason: "Rest",
  }, clock);
  assert.equal(rest.totalCents, -3, "the VAT left: none");
  assert.equal(first.totalCents + rest.totalCents, -invoice.total_cents);
});

Deno.test("staff correct an open invoice by a credit note on its page; more than is owed is refused; one that leaves the rest paid settles it", async (t) => {
  const staffId = await createStaff(db, {
    email: "cn-form@example.com",
    password: "cn form password",
  });
  const admin = await sessionClient(app.url, db, "staff", staffId, clock);
  const invoice = await order({ locale: "en" });
  const path = `/admin/invoices/${invoice.id}`;
  const [line] = await uncreditedLines(db, invoice.id);
  const page = await admin.page(path);
  assert.match(page.html, /id="credit-note"/);
  assert.ok(page.html.includes(`value="${line.invoiceItemId}"`));

  await t.step(
    "a bad amount or no reason: the form again, nothing issued",
    async () => {
      const before = await count("credit_notes");
      const res = await admin.post(path, {
        intent: "credit",
        line: line.invoiceItemId,
        creditNet: "abc",
        reason: "",
      });
      assert.equal(res.status, 422);
      const html = await res.text();
      assert.match(html, /id="credit-note"/);
      assert.match(html, /value="abc"/, "the value kept");
      assert.equal(await count("credit_notes"), before);
    },
  );
  await t.step("a discount lowers what is owed", async () => {
    const res = await admin.post(path, {
      intent: "credit",
      line: line.invoiceItemId,
      creditNet: "20",
      reason: "Loyalty discount",
    });
    assert.equal(res.status, 303);
    await res.body?.cancel();
    const detail = await getInvoiceDetail(db, invoice.id, clock);
    assert.equal(detail.creditedCents, 2380);
    assert.equal(detail.balanceCents, 11900 - 2380);
    assert.equal(detail.creditNotes[0].reason, "Loyalty discount");
    const shown = await admin.page(path);
    assert.match(shown.html, /Credit note CN-2027-\d{4} issued/);
    assert.match(shown.html, /Credited \(credit notes\)/);
  });
  await t.step(
    "more than is owed after a part payment is refused, nothing written",
    async () => {
      await recordPayment(
        db,
        {
          invoice: invoice.id,
          amountCents: 5000,
          currency: "EUR",
          transactionId: `tx-part-${invoice.number}`,
          method: "bank_transfer",
          paidAt: clock,
        },
        system,
        clock,
      );
      const before = await count("credit_notes");
      // 9520 owed, 5000 paid: 4520 left; crediting net 40.00 (47.60) is too much.
      const res = await admin.post(path, {
        intent: "credit",
        line: line.invoiceItemId,
        creditNet: "40",
        reason: "Too much",
      });
      assert.equal(res.status, 422);
      assert.match(
        await res.text(),
        /more than is still owed after the payments/,
      );
      assert.equal(await count("credit_notes"), before);
    },
  );
  await t.step(
    "crediting what is left after the payment settles the invoice and issues the key",
    async () => {
      // 4520 left = net 37.98 + VAT 7.22 = 45.20.
      const res = await admin.post(path, {
        intent: "credit",
        line: line.invoiceItemId,
        creditNet: "37.98",
        reason: "Settled with the customer",
      });
      assert.equal(res.status, 303);
      await res.body?.cancel();
      const after = await db.selectFrom("invoices as i")
        .innerJoin("orders as o", "o.id", "i.order_id")
        .select(["i.status", "o.status as order_status"])
        .where("i.id", "=", invoice.id).executeTakeFirstOrThrow();
      assert.deepEqual(after, { status: "paid", order_status: "paid" });
      const grants = await db.selectFrom("license_grants as g")
        .innerJoin("order_lines as l", "l.id", "g.order_line_id")
        .select("g.status").where("l.order_id", "=", invoice.order_id)
        .execute();
      assert.equal(grants.length, 1);
      const shown = await admin.page(path);
      assert.doesNotMatch(
        shown.html,
        /id="credit-note"/,
        "a paid invoice is refunded, not credited here",
      );
    },
  );
});
