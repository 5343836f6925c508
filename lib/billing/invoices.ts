/**
 * Issuing invoices: the seller's settings checked and copied, VAT decided
 * for the buyer by the rule table (vat.ts), lines priced, the next
 * gap-free number of the year taken, all inside the caller's transaction.
 * Once committed the database keeps the invoice as issued (migration
 * 0014): only its payment status may change.
 *
 * Amounts are integer cents. Each line's net is quantity × unit price;
 * the VAT of the invoice is computed once on the sum of the line nets
 * (one rate per invoice, since every product is an electronically
 * supplied service), which is how EN 16931 rules BR-CO-10 and BR-CO-17
 * check the totals.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import type {
  InvoiceBuyer,
  InvoiceSeller,
  Locale,
  VatTreatment,
} from "../db/schema.ts";
import { jsonb } from "../db/json.ts";
import {
  assertSellerComplete,
  getSellerSettings,
  type SellerSettings,
} from "./seller.ts";
import { decideVat, type VatDecision, vatOf } from "./vat.ts";
import { queueWebhookEvent } from "../webhooks/events.ts";

/** The seller's own time zone: dates of supply and invoice years are German dates. */
export const SELLER_TIME_ZONE = "Europe/Berlin";

/** The calendar date of `at` for the seller (YYYY-MM-DD). */
export function sellerDate(at: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime())
    .toZonedDateTimeISO(SELLER_TIME_ZONE).toPlainDate().toString();
}

/** One line as the order has it. */
export interface LineInput {
  description: string;
  quantity: number;
  unitPriceCents: number;
}

/** Everything an invoice will say, before it has a number. */
export interface InvoiceDraft {
  seller: InvoiceSeller;
  buyer: InvoiceBuyer;
  vat: VatDecision;
  lines: (LineInput & { netCents: number })[];
  netCents: number;
  taxCents: number;
  totalCents: number;
  suppliedOn: string;
}

function sellerCopy(settings: SellerSettings): InvoiceSeller {
  const { smallBusiness: _, belowOssThreshold: __, ...identity } = settings;
  return identity;
}

/**
 * Prices `lines` for `buyer` under the rule table on the date of `now`.
 * Throws `ValidationError` for an incomplete seller (`_form`) or a bad
 * country or VAT ID (those fields); reads only.
 */
export async function draftInvoice(
  db: Database,
  buyer: InvoiceBuyer & { vatId?: string },
  lines: LineInput[],
  now: Date,
): Promise<InvoiceDraft> {
  const settings = await getSellerSettings(db);
  assertSellerComplete(settings);
  const suppliedOn = sellerDate(now);
  const { vatId, ...named } = buyer;
  const vat = decideVat(
    settings,
    { country: buyer.country, vatId },
    suppliedOn,
  );
  return {
    seller: sellerCopy(settings),
    buyer: { ...named, country: buyer.country.toUpperCase() },
    vat,
    ...priceLines(lines, vat.rateBasisPoints),
    suppliedOn,
  };
}

/** Lines with their nets, and the totals, at one rate (see the module comment). */
export function priceLines(
  lines: LineInput[],
  rateBasisPoints: number,
): Pick<InvoiceDraft, "lines" | "netCents" | "taxCents" | "totalCents"> {
  const priced = lines.map((line) => ({
    ...line,
    netCents: line.quantity * line.unitPriceCents,
  }));
  const netCents = priced.reduce((sum, line) => sum + line.netCents, 0);
  const taxCents = vatOf(netCents, rateBasisPoints);
  return { lines: priced, netCents, taxCents, totalCents: netCents + taxCents };
}

/**
 * The next number of `year` in `sequence` (invoices or credit notes),
 * as `<prefix>-<year>-0001`. The row stays locked until the caller's
 * transaction ends, so numbers are gap-free: a rollback returns its one.
 */
export async function nextNumber(
  db: Database,
  sequence: "invoice_sequences" | "credit_note_sequences",
  prefix: string,
  year: number,
): Promise<string> {
  const table = sql.table(sequence);
  const { rows } = await sql<{ last_number: number }>`
    insert into ${table} (year, last_number) values (${year}, 1)
    on conflict (year) do update set last_number = ${table}.last_number + 1
    returning last_number`.execute(db);
  return `${prefix}-${year}-${String(rows[0].last_number).padStart(4, "0")}`;
}

export interface IssueOptions {
  orderId: string;
  clientId: string;
  locale: Locale;
  currency: string;
  /** Invoice numbers are `<prefix>-<year>-<0001…>`. */
  prefix: string;
  paymentTermDays: number;
}

/**
 * Issues `draft` with the next number of the seller's year; call inside
 * the transaction that creates the order, so a rollback returns the
 * number (no gap). `itemIds` are the invoice lines' ids in the draft's
 * line order, for the order lines to name theirs.
 */
export async function issueInvoice(
  tx: Database,
  draft: InvoiceDraft,
  options: IssueOptions,
  now: Date,
): Promise<{ id: string; number: string; itemIds: string[] }> {
  const number = await nextNumber(
    tx,
    "invoice_sequences",
    options.prefix,
    Number(draft.suppliedOn.slice(0, 4)),
  );
  const { seller, buyer } = draft;
  const invoice = await tx.insertInto("invoices").values({
    number,
    order_id: options.orderId,
    client_id: options.clientId,
    status: "open",
    subtotal_cents: draft.netCents,
    tax_rate_basis_points: draft.vat.rateBasisPoints,
    tax_cents: draft.taxCents,
    total_cents: draft.totalCents,
    currency: options.currency,
    billing_address: [
      buyer.name,
      buyer.company,
      buyer.street,
      `${buyer.postalCode} ${buyer.city}`,
      buyer.country,
    ].filter(Boolean).join("\n"),
    bank_details: [seller.bankName, `IBAN ${seller.iban}`, seller.bic]
      .filter(Boolean).join("\n"),
    issued_at: now,
    due_at: new Date(now.getTime() + options.paymentTermDays * 24 * 3600_000),
    locale: options.locale,
    seller: jsonb(seller),
    buyer: jsonb(buyer),
    buyer_vat_id: draft.vat.buyerVatId,
    vat_treatment: draft.vat.treatment satisfies VatTreatment,
    supplied_on: draft.suppliedOn,
  }).returning(["id", "number"]).executeTakeFirstOrThrow();
  await queueWebhookEvent(tx, "invoice.issued", invoice.id, now);
  // One insert per line: a multi-row RETURNING promises no order.
  const itemIds: string[] = [];
  for (const line of draft.lines) {
    const item = await tx.insertInto("invoice_items").values({
      invoice_id: invoice.id,
      description: line.description,
      quantity: line.quantity,
      unit_price_cents: line.unitPriceCents,
      total_cents: line.netCents,
    }).returning("id").executeTakeFirstOrThrow();
    itemIds.push(item.id);
  }
  return { ...invoice, itemIds };
}
