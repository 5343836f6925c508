/**
 * The buyer's order page: reached by an unguessable link (the order id
 * with an HMAC of it, so nothing is stored and the portal can link every
 * order), it shows the order's status, lines, VAT and total, the invoice,
 * how to pay (bank transfer with its EPC QR code), the credit notes
 * correcting the invoice (a refund's among them) and the license keys
 * once they are issued.
 */
import type { Database } from "../db/database.ts";
import type {
  InvoiceStatus,
  Locale,
  OrderStatus,
  VatTreatment,
} from "../db/schema.ts";
import type { Keyring } from "../crypto.ts";
import { NotFoundError } from "../errors.ts";
import { getSellerSettings } from "../billing/seller.ts";
import { creditNotePdf, invoicePdf } from "../billing/pdf.ts";
import {
  type CreditNoteSummary,
  listCreditNotes,
} from "../billing/credit_notes.ts";
import { epcPayload, epcQrSvg, type TransferDetails } from "./bank_transfer.ts";
import {
  invoiceSummaries,
  type InvoiceSummary,
  withBalance,
} from "./invoices.ts";

const PURPOSE = "order-page";

/** The order page's path, with the key that opens it. */
export async function orderPagePath(
  keys: Keyring,
  orderId: string,
): Promise<string> {
  return `/shop/orders/${orderId}?key=${await keys.sign(PURPOSE, orderId)}`;
}

/** True when `key` opens the page of `orderId`. */
export async function opensOrderPage(
  keys: Keyring,
  orderId: string,
  key: string,
): Promise<boolean> {
  return await keys.verify(PURPOSE, orderId, key);
}

/** An issued license key, shown on the page of the order that bought it. */
export interface BuyerLicenseKey {
  product: string;
  key: string;
}

/** Everything the buyer's order page shows. */
export interface BuyerOrder {
  order: {
    id: string;
    status: OrderStatus;
    total_cents: number;
    currency: string;
    locale: Locale;
    created_at: Date;
    paid_at: Date | null;
    client_id: string;
  };
  lines: { id: string; description: string; price_cents: number }[];
  invoice:
    | (InvoiceSummary & {
      subtotal_cents: number;
      tax_cents: number;
      tax_rate_basis_points: number;
      vat_treatment: VatTreatment;
    })
    | null;
  /** How to pay by bank transfer while something is owed. */
  transfer: TransferDetails | null;
  /** The EPC QR code of `transfer` as SVG, when it is in euros. */
  qrSvg: string | null;
  /** The invoice's credit notes (refunds, corrections), oldest first. */
  creditNotes: CreditNoteSummary[];
  licenseKeys: BuyerLicenseKey[];
}

/** What is still owed on an invoice in this state. */
function owes(status: InvoiceStatus, balanceCents: number): boolean {
  return status === "open" && balanceCents > 0;
}

/** The order behind a page link; NotFoundError for an unknown order. */
export async function loadBuyerOrder(
  db: Database,
  keys: Keyring,
  orderId: string,
  locale: Locale,
  now: Date,
): Promise<BuyerOrder> {
  const order = await db.selectFrom("orders").select([
    "id",
    "status",
    "total_cents",
    "currency",
    "locale",
    "created_at",
    "paid_at",
    "client_id",
  ]).where("id", "=", orderId).executeTakeFirst();
  if (!order) throw new NotFoundError("Unknown order.", "ORDER_NOT_FOUND");
  const [lines, summary, grants] = await Promise.all([
    db.selectFrom("order_lines").select(["id", "description", "price_cents"])
      .where("order_id", "=", orderId).orderBy("description").execute(),
    invoiceSummaries(db, now)
      .select([
        "i.subtotal_cents",
        "i.tax_cents",
        "i.tax_rate_basis_points",
        "i.vat_treatment",
        "i.seller",
      ])
      .where("i.order_id", "=", orderId).executeTakeFirst(),
    db.selectFrom("license_grants as g")
      .innerJoin("order_lines as l", "l.id", "g.order_line_id")
      .innerJoin("products as p", "p.id", "g.product_id")
      .select(["p.name_en", "p.name_de", "g.license_key_sealed"])
      .where("l.order_id", "=", orderId).where("g.status", "=", "issued")
      .orderBy("p.name_en").execute(),
  ]);
  const licenseKeys = await Promise.all(
    grants.filter((g) => g.license_key_sealed).map(async (g) => ({
      product: locale === "de" ? g.name_de : g.name_en,
      key: await keys.decrypt("license-keys", g.license_key_sealed!),
    })),
  );
  if (!summary) {
    return {
      order,
      lines,
      invoice: null,
      transfer: null,
      qrSvg: null,
      creditNotes: [],
      licenseKeys,
    };
  }
  const { seller: issuedSeller, ...invoiceRow } = summary;
  const invoice = withBalance(invoiceRow);
  // Invoices from before the seller copy (migration 0014) name no account.
  const seller = issuedSeller.iban ? issuedSeller : await getSellerSettings(db);
  const transfer = owes(invoice.status, invoice.balance_cents)
    ? {
      holder: seller.legalName,
      iban: seller.iban,
      bic: seller.bic,
      amountCents: invoice.balance_cents,
      currency: invoice.currency,
      reference: invoice.number,
    }
    : null;
  const payload = transfer && epcPayload(transfer);
  return {
    order,
    lines,
    invoice,
    transfer,
    qrSvg: payload ? await epcQrSvg(payload) : null,
    creditNotes: await listCreditNotes(db, invoice.id),
    licenseKeys,
  };
}

/** The PDF of the order's invoice; NotFoundError when it has none. */
export async function orderInvoicePdf(
  db: Database,
  orderId: string,
): Promise<{ bytes: Uint8Array; filename: string }> {
  const invoice = await db.selectFrom("invoices").select("id")
    .where("order_id", "=", orderId).executeTakeFirst();
  if (!invoice) throw new NotFoundError("No invoice.", "INVOICE_NOT_FOUND");
  return await invoicePdf(db, invoice.id);
}

/** A credit note of the order's invoice as a PDF; NotFoundError for another order's. */
export async function orderCreditNotePdf(
  db: Database,
  orderId: string,
  creditNoteId: string,
): Promise<{ bytes: Uint8Array; filename: string }> {
  const note = await db.selectFrom("credit_notes as c")
    .innerJoin("invoices as i", "i.id", "c.invoice_id")
    .select("c.id").where("c.id", "=", creditNoteId)
    .where("i.order_id", "=", orderId).executeTakeFirst();
  if (!note) {
    throw new NotFoundError("No such credit note.", "CREDIT_NOTE_NOT_FOUND");
  }
  return await creditNotePdf(db, note.id);
}
