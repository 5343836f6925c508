/**
 * The accountant export: for a period (whole days in the business time
 * zone), every invoice, credit note, payment and refund as one CSV line,
 * and the PDFs of the invoices and credit notes as a zip.
 *
 * CSV (RFC 4180): comma separated, CRLF line ends, UTF-8 with a byte
 * order mark so Excel reads umlauts; amounts in the document's currency
 * with a decimal point and no thousands separator ("-119.00"); dates as
 * YYYY-MM-DD. Text that a spreadsheet would run as a formula (starting
 * with = + - @ or a tab) gets a leading apostrophe.
 *
 * Both are streams: rows are read in pages and PDFs rendered one at a
 * time, so memory stays bounded however long the period is.
 */
import type { Zip } from "fflate";
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import type { VatTreatment } from "../db/schema.ts";
import { ValidationError } from "../errors.ts";
import { INVOICE_PDF, renderBillingPdf } from "./pdf.ts";
import { CREDIT_NOTE_PDF } from "./credit_notes.ts";

/** Whole days, both inclusive, in `timeZone`. */
export interface ExportPeriod {
  from: string;
  to: string;
  timeZone: string;
}

/** Rows read per query. */
const PAGE = 500;
/** The longest period one export covers. */
const MAX_DAYS = 400;

/** The instants the period spans: [start, end). Refuses a reversed or too long one. */
export function periodBounds(period: ExportPeriod): { start: Date; end: Date } {
  const from = Temporal.PlainDate.from(period.from);
  const to = Temporal.PlainDate.from(period.to);
  if (Temporal.PlainDate.compare(from, to) > 0) {
    throw new ValidationError({ to: "billing.export.reversed" });
  }
  if (from.until(to).total("days") >= MAX_DAYS) {
    throw new ValidationError({
      to: { key: "billing.export.tooLong", params: { max: MAX_DAYS } },
    });
  }
  const instant = (day: Temporal.PlainDate) =>
    new Date(
      day.toZonedDateTime({ timeZone: period.timeZone }).epochMilliseconds,
    );
  return { start: instant(from), end: instant(to.add({ days: 1 })) };
}

/** One document of the period, whatever its kind. */
interface Row {
  type: "invoice" | "credit_note" | "payment" | "refund";
  id: string;
  number: string;
  at: Date;
  buyer: { name: string; company: string | null; country: string };
  vatId: string | null;
  treatment: VatTreatment | null;
  /** Null for money movements (payments, refunds): no VAT split. */
  rate: number | null;
  netCents: number | null;
  taxCents: number | null;
  grossCents: number;
  currency: string;
  reference: string;
  method: string;
  transactionId: string;
}

type Cursor = { at: Date; id: string } | null;

/** Reads `query` page by page, by (time, id), until it returns less than a page. */
async function* pages<T extends { at: Date; id: string }>(
  query: (after: Cursor) => Promise<T[]>,
): AsyncGenerator<T> {
  let after: Cursor = null;
  while (true) {
    const rows = await query(after);
    yield* rows;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1];
    after = { at: last.at, id: last.id };
  }
}

/** Rows after `after` in (time, id) order; every row when null. */
function past(at: string, id: string, after: Cursor) {
  return after
    ? sql<boolean>`(${sql.ref(at)}, ${
      sql.ref(id)
    }) > (${after.at}, ${after.id})`
    : sql<boolean>`true`;
}

/** The documents of the period: invoices, credit notes, payments, refunds. */
async function* documents(
  db: Database,
  start: Date,
  end: Date,
): AsyncGenerator<Row> {
  const none = sql<string>`''`;
  const nothing = sql<null>`null`;
  const invoices = pages((after) =>
    db.selectFrom("invoices as d").select([
      "d.id",
      "d.number",
      "d.issued_at as at",
      "d.buyer",
      "d.buyer_vat_id as vatId",
      "d.vat_treatment as treatment",
      "d.tax_rate_basis_points as rate",
      "d.subtotal_cents as netCents",
      "d.tax_cents as taxCents",
      "d.total_cents as grossCents",
      "d.currency",
      none.as("reference"),
      none.as("method"),
      none.as("transactionId"),
    ])
      .where("d.issued_at", ">=", start).where("d.issued_at", "<", end)
      .where(past("d.issued_at", "d.id", after))
      .orderBy("d.issued_at").orderBy("d.id").limit(PAGE).execute()
  );
  const notes = pages((after) =>
    db.selectFrom("credit_notes as d")
      .innerJoin("invoices as i", "i.id", "d.invoice_id")
      .select([
        "d.id",
        "d.number",
        "d.issued_at as at",
        "i.buyer",
        "i.buyer_vat_id as vatId",
        "d.vat_treatment as treatment",
        "d.tax_rate_basis_points as rate",
        "d.subtotal_cents as netCents",
        "d.tax_cents as taxCents",
        "d.total_cents as grossCents",
        "d.currency",
        "i.number as reference",
        none.as("method"),
        none.as("transactionId"),
      ])
      .where("d.issued_at", ">=", start).where("d.issued_at", "<", end)
      .where(past("d.issued_at", "d.id", after))
      .orderBy("d.issued_at").orderBy("d.id").limit(PAGE).execute()
  );
  // Money movements: the gross only, no VAT split.
  const payments = pages((after) =>
    db.selectFrom("payments as m")
      .innerJoin("invoices as i", "i.id", "m.invoice_id")
      .select([
        "m.id",
        none.as("number"),
        "m.paid_at as at",
        "i.buyer",
        "i.buyer_vat_id as vatId",
        nothing.as("treatment"),
        nothing.as("rate"),
        nothing.as("netCents"),
        nothing.as("taxCents"),
        "m.amount_cents as grossCents",
        "m.currency",
        "i.number as reference",
        "m.method",
        "m.transaction_id as transactionId",
      ])
      .where("m.paid_at", ">=", start).where("m.paid_at", "<", end)
      .where(past("m.paid_at", "m.id", after))
      .orderBy("m.paid_at").orderBy("m.id").limit(PAGE).execute()
  );
  const refunds = pages((after) =>
    db.selectFrom("refunds as m")
      .innerJoin("invoices as i", "i.id", "m.invoice_id")
      .select([
        "m.id",
        none.as("number"),
        "m.created_at as at",
        "i.buyer",
        "i.buyer_vat_id as vatId",
        nothing.as("treatment"),
        nothing.as("rate"),
        nothing.as("netCents"),
        nothing.as("taxCents"),
        sql<number>`-m.amount_cents`.as("grossCents"),
        "m.currency",
        "i.number as reference",
        none.as("method"),
        "m.reference as transactionId",
      ])
      .where("m.created_at", ">=", start).where("m.created_at", "<", end)
      .where(past("m.created_at", "m.id", after))
      .orderBy("m.created_at").orderBy("m.id").limit(PAGE).execute()
  );
  const sources = [
    ["invoice", invoices],
    ["credit_note", notes],
    ["payment", payments],
    ["refund", refunds],
  ] as const;
  for (const [type, source] of sources) {
    for await (const row of source) yield { ...row, type };
  }
}

/** The VAT rates (basis points) the period's invoices and credit notes use, highest first. */
async function ratesOf(db: Database, start: Date, end: Date) {
  const rows = await db.selectFrom("invoices")
    .select("tax_rate_basis_points as rate")
    .where("issued_at", ">=", start).where("issued_at", "<", end)
    .union(
      db.selectFrom("credit_notes").select("tax_rate_basis_points as rate")
        .where("issued_at", ">=", start).where("issued_at", "<", end),
    ).execute();
  return rows.map((row) => row.rate).sort((a, b) => b - a);
}

/** Cents as "-119.00". */
export function decimal(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${
    String(abs % 100).padStart(2, "0")
  }`;
}

/** One CSV field: quoted when it must be, formulas defused. */
export function csvField(value: string, text = true): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim()
    ? `"${safe.replace(/"/g, '""')}"`
    : safe;
}

/** A rate in basis points as a percentage: 1900 → "19", 2550 → "25.5". */
const percent = (rate: number) => String(rate / 100);

/**
 * The period's documents as CSV (see the module comment), streamed. The
 * header names one net/VAT/gross column triple per VAT rate used.
 */
export function accountantCsv(
  db: Database,
  period: ExportPeriod,
): ReadableStream<Uint8Array> {
  const { start, end } = periodBounds(period);
  const encoder = new TextEncoder();
  let rows: AsyncGenerator<Row> | undefined;
  let rates: number[] = [];
  const date = (at: Date) =>
    Temporal.Instant.fromEpochMilliseconds(at.getTime())
      .toZonedDateTimeISO(period.timeZone).toPlainDate().toString();
  const line = (fields: string[]) => encoder.encode(fields.join(",") + "\r\n");
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      rates = await ratesOf(db, start, end);
      rows = documents(db, start, end);
      controller.enqueue(encoder.encode("\uFEFF"));
      controller.enqueue(line([
        "type",
        "number",
        "date",
        "buyer_name",
        "buyer_company",
        "country",
        "vat_id",
        "vat_treatment",
        "currency",
        ...rates.flatMap((rate) => [
          `net_${percent(rate)}%`,
          `vat_${percent(rate)}%`,
          `gross_${percent(rate)}%`,
        ]),
        "net",
        "vat",
        "gross",
        "reference",
        "payment_method",
        "transaction_id",
      ]));
    },
    async pull(controller) {
      const next = await rows!.next();
      if (next.done) return controller.close();
      const row = next.value;
      const amount = (cents: number | null) =>
        cents === null ? "" : decimal(cents);
      controller.enqueue(line([
        row.type,
        csvField(row.number),
        date(row.at),
        csvField(row.buyer.name),
        csvField(row.buyer.company ?? ""),
        row.buyer.country,
        csvField(row.vatId ?? ""),
        row.treatment ?? "",
        row.currency,
        ...rates.flatMap((rate) =>
          rate === row.rate
            ? [
              amount(row.netCents),
              amount(row.taxCents),
              amount(row.grossCents),
            ]
            : ["", "", ""]
        ),
        amount(row.netCents),
        amount(row.taxCents),
        decimal(row.grossCents),
        csvField(row.reference),
        csvField(row.method),
        csvField(row.transactionId),
      ]));
    },
    async cancel() {
      await rows?.return(undefined);
    },
  });
}

/**
 * The PDFs of the period's invoices and credit notes as a zip
 * (`invoices/<number>.pdf`, `credit-notes/<number>.pdf`), streamed:
 * one PDF is rendered at a time, stored (PDFs are compressed already).
 */
export function accountantZip(
  db: Database,
  period: ExportPeriod,
): ReadableStream<Uint8Array> {
  const { start, end } = periodBounds(period);
  const rows = documents(db, start, end);
  let zip: Zip;
  // Loaded with the first export, not at start-up.
  let fflate: typeof import("fflate");
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      fflate = await import("fflate");
      zip = new fflate.Zip((error, chunk, final) => {
        if (error) return controller.error(error);
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    async pull() {
      const next = await rows.next();
      const row = next.done ? null : next.value;
      if (!row || (row.type !== "invoice" && row.type !== "credit_note")) {
        // Invoices and credit notes come first: nothing more to render.
        await rows.return(undefined);
        zip.end();
        return;
      }
      const bytes = await renderBillingPdf(db, {
        kind: row.type === "invoice" ? INVOICE_PDF : CREDIT_NOTE_PDF,
        id: row.id,
      });
      const folder = row.type === "invoice" ? "invoices" : "credit-notes";
      const file = new fflate.ZipPassThrough(`${folder}/${row.number}.pdf`);
      file.mtime = row.at;
      zip.add(file);
      file.push(bytes, true);
    },
    async cancel() {
      await rows.return(undefined);
      zip?.terminate();
    },
  });
}
