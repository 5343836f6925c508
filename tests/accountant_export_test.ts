import assert from "node:assert/strict";
import { unzipSync } from "fflate";
import { PDFParse } from "pdf-parse";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, signIn } from "./helpers/http.ts";
import { checkoutInput, createCatalog } from "./helpers/shop.ts";
import { checkout, type CheckoutInput } from "@/lib/shop/checkout.ts";
import { recordPayment } from "@/lib/shop/payments.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { issueCreditNote } from "@/lib/billing/credit_notes.ts";
import { accountantCsv, csvField, periodBounds } from "@/lib/billing/export.ts";
import { ValidationError } from "@/lib/errors.ts";

const clock = new Date("2027-05-10T09:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
const catalog = await createCatalog(db, "acc");
const system = { type: "system" } as const;

let buyers = 0;
async function order(at: Date, overrides: Partial<CheckoutInput> = {}) {
  const input = checkoutInput(
    catalog.paid,
    `acc-buyer${++buyers}@example.com`,
    overrides,
  );
  const placed = await checkout(db, await shopEnv(app.services), input, at);
  return await db.selectFrom("invoices").selectAll()
    .where("id", "=", placed.invoiceId!).executeTakeFirstOrThrow();
}

// April 2027 in Berlin: 2027-03-31T22:00Z to 2027-04-30T22:00Z.
const before = await order(new Date("2027-03-31T21:59:00Z"));
const german = await order(new Date("2027-03-31T22:30:00Z"), {
  name: 'Anna "AJ" Jäger',
  company: "=cmd|' /C calc'!A0",
});
const french = await order(new Date("2027-04-10T10:00:00Z"), {
  country: "FR",
  company: "Dupont, Fils & Cie",
  vatId: "FR40303265045",
});
const consumer = await order(new Date("2027-04-12T10:00:00Z"), {
  country: "FR",
  company: undefined,
  withdrawalConsent: true,
});
await recordPayment(
  db,
  {
    invoice: german.id,
    amountCents: german.total_cents,
    currency: "EUR",
    transactionId: "tx-acc-1",
    method: "bank_transfer",
    paidAt: new Date("2027-04-20T08:00:00Z"),
  },
  system,
  clock,
);
await db.insertInto("refunds").values({
  order_id: german.order_id,
  invoice_id: german.id,
  amount_cents: 5000,
  currency: "EUR",
  reference: "staff:acc-refund",
  created_at: new Date("2027-04-25T08:00:00Z"),
}).execute();
const credit = await issueCreditNote(db, system, {
  invoiceId: consumer.id,
  reason: "Storno",
}, new Date("2027-04-30T21:00:00Z"));
const after = await order(new Date("2027-04-30T22:00:00Z"));

const april = {
  from: "2027-04-01",
  to: "2027-04-30",
  timeZone: "Europe/Berlin",
};

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

Deno.test("the CSV has one line per invoice, credit note and payment of the period, with net, VAT and gross per rate", async () => {
  const bytes = new Uint8Array(
    await new Response(accountantCsv(db, april)).arrayBuffer(),
  );
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 BOM");
  const text = new TextDecoder().decode(bytes.slice(3));
  const [header, ...rows] = parseCsv(text);
  assert.deepEqual(header, [
    "type",
    "number",
    "date",
    "buyer_name",
    "buyer_company",
    "country",
    "vat_id",
    "vat_treatment",
    "currency",
    "net_20%",
    "vat_20%",
    "gross_20%",
    "net_19%",
    "vat_19%",
    "gross_19%",
    "net_0%",
    "vat_0%",
    "gross_0%",
    "net",
    "vat",
    "gross",
    "reference",
    "payment_method",
    "transaction_id",
  ]);
  const byNumber = new Map(rows.map((row) => [row[1] || row[23], row]));
  assert.equal(rows.length, 6, text);
  assert.ok(!byNumber.has(before.number), "the evening before, in Berlin");
  assert.ok(!byNumber.has(after.number), "midnight after the period");
  assert.deepEqual(byNumber.get(german.number), [
    "invoice",
    german.number,
    "2027-04-01",
    'Anna "AJ" Jäger',
    "'=cmd|' /C calc'!A0",
    "DE",
    "",
    "domestic",
    "EUR",
    "",
    "",
    "",
    "100.00",
    "19.00",
    "119.00",
    "",
    "",
    "",
    "100.00",
    "19.00",
    "119.00",
    "",
    "",
    "",
  ]);
  assert.match(text, /"Anna ""AJ"" Jäger"/, "quotes doubled");
  assert.match(text, /"Dupont, Fils & Cie"/, "commas quoted");
  const fr = byNumber.get(french.number)!;
  assert.deepEqual(
    [fr[6], fr[7], fr[15], fr[16], fr[17]],
    ["FR40303265045", "reverse_charge", "100.00", "0.00", "100.00"],
  );
  const note = byNumber.get(credit.number)!;
  assert.deepEqual(
    [note[0], note[2], note[7], note[9], note[10], note[11], note[21]],
    [
      "credit_note",
      "2027-04-30",
      "oss",
      "-100.00",
      "-20.00",
      "-120.00",
      consumer.number,
    ],
  );
  const payment = byNumber.get("tx-acc-1")!;
  assert.deepEqual(
    [payment[0], payment[2], payment[20], payment[21], payment[22]],
    ["payment", "2027-04-20", "119.00", german.number, "bank_transfer"],
  );
  const refund = byNumber.get("staff:acc-refund")!;
  assert.deepEqual(
    [refund[0], refund[2], refund[18], refund[20], refund[21]],
    ["refund", "2027-04-25", "", "-50.00", german.number],
  );
});

Deno.test("a reversed or too long period is refused", () => {
  assert.throws(
    () => periodBounds({ ...april, from: "2027-05-01" }),
    (error) => error instanceof ValidationError && "to" in error.fields,
  );
  assert.throws(
    () => periodBounds({ ...april, from: "2025-01-01" }),
    (error) => error instanceof ValidationError && "to" in error.fields,
  );
});

Deno.test("CSV fields are quoted when they must be and never start a formula", () => {
  assert.equal(csvField("plain"), "plain");
  assert.equal(csvField("a,b"), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField("two\nlines"), '"two\nlines"');
  assert.equal(csvField("+49 89"), "'+49 89");
  assert.equal(csvField("@SUM(A1)"), "'@SUM(A1)");
});

Deno.test("an administrator downloads the CSV and the period's PDFs as a zip", async () => {
  await createStaff(db, {
    email: "acc-admin@example.com",
    password: "acc admin password",
    role: "admin",
  });
  const admin = await signIn(
    app.url,
    "admin",
    "acc-admin@example.com",
    "acc admin password",
  );
  const form = await admin.page("/admin/accounting");
  assert.equal(form.status, 200);
  const csv = await admin.post("/admin/accounting", {
    from: "2027-04-01",
    to: "2027-04-30",
    format: "csv",
  });
  assert.equal(csv.status, 200);
  assert.equal(csv.headers.get("content-type"), "text/csv; charset=utf-8");
  assert.match(
    csv.headers.get("content-disposition")!,
    /filename="accounting-2027-04-01-2027-04-30\.csv"/,
  );
  assert.ok((await csv.text()).includes(german.number));

  const zip = await admin.post("/admin/accounting", {
    from: "2027-04-01",
    to: "2027-04-30",
    format: "zip",
  });
  assert.equal(zip.status, 200);
  assert.equal(zip.headers.get("content-type"), "application/zip");
  const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
  assert.deepEqual(
    Object.keys(files).sort(),
    [
      `credit-notes/${credit.number}.pdf`,
      `invoices/${consumer.number}.pdf`,
      `invoices/${french.number}.pdf`,
      `invoices/${german.number}.pdf`,
    ].sort(),
  );
  const parser = new PDFParse({
    data: files[`credit-notes/${credit.number}.pdf`].slice(),
  });
  try {
    assert.ok((await parser.getText()).text.includes(credit.number));
  } finally {
    await parser.destroy();
  }

  const reversed = await admin.post("/admin/accounting", {
    from: "2027-05-01",
    to: "2027-04-30",
    format: "csv",
  });
  assert.equal(reversed.status, 422);
  assert.match(
    await reversed.text(),
    /The end of the period is before its start/,
  );
});
