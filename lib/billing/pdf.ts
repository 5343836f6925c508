/**
 * The invoice as a PDF (A4), in the invoice's language, drawn with
 * `pdf-lib`. The text face is DejaVu Sans from the `dejavu-fonts-ttf`
 * package, embedded (subset) so "€", umlauts and "ß" render in every
 * viewer; the standard PDF fonts cannot encode "€" reliably.
 */
import { Buffer } from "node:buffer";
import { createRequire } from "node:module";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";
import type { Database } from "../db/database.ts";
import type {
  AttachmentSource,
  EmailAttachment,
  Invoice,
  InvoiceItemsTable,
} from "../db/schema.ts";
import type { Selectable } from "kysely";
import { NotFoundError } from "../errors.ts";
import {
  formatDate,
  formatMoney,
  type MessageKey,
  translator,
} from "../i18n/mod.ts";
import { SELLER_TIME_ZONE, sellerDate } from "./invoices.ts";

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
};

let fontBytes: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

/** The font files, read once per process. */
function loadFonts() {
  fontBytes ??= Promise.all([
    Deno.readFile(FONT_FILES.regular),
    Deno.readFile(FONT_FILES.bold),
  ]).then(([regular, bold]) => ({ regular, bold }));
  return fontBytes;
}

type Item = Selectable<InvoiceItemsTable>;

/** An issued invoice and its items, as the PDF shows them. */
export interface InvoiceDocument {
  invoice: Invoice;
  items: Item[];
}

/** The invoice and its items; for a portal client only their own (else NotFoundError). */
export async function loadInvoiceDocument(
  db: Database,
  invoiceId: string,
  clientId?: string,
): Promise<InvoiceDocument> {
  const invoice = await db.selectFrom("invoices").selectAll()
    .where("id", "=", invoiceId)
    .$if(clientId !== undefined, (qb) => qb.where("client_id", "=", clientId!))
    .executeTakeFirst();
  if (!invoice) {
    throw new NotFoundError("Unknown invoice.", "INVOICE_NOT_FOUND");
  }
  const items = await db.selectFrom("invoice_items").selectAll()
    .where("invoice_id", "=", invoiceId).orderBy("description").execute();
  return { invoice, items };
}

/** The note explaining why no VAT is charged, per treatment (PDF and e-invoice). */
export const NOTES: Partial<Record<Invoice["vat_treatment"], MessageKey>> = {
  small_business: "billing.note.small_business",
  reverse_charge: "billing.note.reverse_charge",
  export: "billing.note.export",
};

/** The file name the PDF is offered and attached under. */
export function invoicePdfName(invoice: Pick<Invoice, "number">): string {
  return `${invoice.number}.pdf`;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const GREY = rgb(0.35, 0.35, 0.35);

/** A page being written top to bottom. */
class Writer {
  y = A4.height - MARGIN;
  constructor(
    readonly page: PDFPage,
    readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {}

  text(
    value: string,
    options: {
      x?: number;
      size?: number;
      bold?: boolean;
      right?: number;
      grey?: boolean;
    } = {},
  ) {
    const size = options.size ?? 10;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const x = options.right !== undefined
      ? options.right - font.widthOfTextAtSize(value, size)
      : options.x ?? MARGIN;
    this.page.drawText(value, {
      x,
      y: this.y,
      size,
      font,
      color: options.grey ? GREY : undefined,
    });
  }

  /** Words of `value` in lines no wider than `width`. */
  wrap(value: string, width: number, size = 10): string[] {
    const lines: string[] = [];
    let line = "";
    for (const word of value.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && this.fonts.regular.widthOfTextAtSize(next, size) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    return lines;
  }

  down(points = 14) {
    this.y -= points;
  }
}

/**
 * Renders `document` as a PDF in the invoice's language.
 *
 * @example const pdf = await renderInvoicePdf(await loadInvoiceDocument(db, id));
 */
export async function renderInvoicePdf(
  document: InvoiceDocument,
): Promise<Uint8Array> {
  const { invoice, items } = document;
  const { seller, locale } = invoice;
  const t = translator(locale);
  const money = (cents: number) => formatMoney(locale, cents, invoice.currency);
  const date = (at: Date, zone = SELLER_TIME_ZONE) =>
    formatDate(locale, at, zone);

  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const bytes = await loadFonts();
  const fonts = {
    regular: await pdf.embedFont(bytes.regular, { subset: true }),
    bold: await pdf.embedFont(bytes.bold, { subset: true }),
  };
  const title = t("shopAdmin.invoice.title", { number: invoice.number });
  pdf.setTitle(title);
  pdf.setAuthor(seller.legalName);
  pdf.setLanguage(locale === "de" ? "de-DE" : "en-GB");
  const w = new Writer(pdf.addPage([A4.width, A4.height]), fonts);
  const right = A4.width - MARGIN;

  w.text(
    [seller.legalName, seller.street, `${seller.postalCode} ${seller.city}`]
      .join(" · "),
    { size: 8, grey: true },
  );
  w.down(24);
  const addressTop = w.y;
  for (const line of invoice.billing_address.split("\n")) {
    w.text(line);
    w.down();
  }
  if (invoice.buyer_vat_id) {
    w.text(t("billing.invoice.buyerVatId", { vatId: invoice.buyer_vat_id }));
    w.down();
  }
  const addressBottom = w.y;

  w.y = addressTop;
  const suppliedOnIssue = sellerDate(invoice.issued_at) ===
    invoice.supplied_on.toISOString().slice(0, 10);
  const facts: [string, string][] = [
    [t("shopAdmin.invoice.number"), invoice.number],
    [t("billing.invoice.date"), date(invoice.issued_at)],
    [
      t("billing.invoice.supplied"),
      suppliedOnIssue
        ? t("billing.invoice.suppliedOnIssue")
        : date(invoice.supplied_on, "UTC"),
    ],
    [t("shopAdmin.invoice.due"), date(invoice.due_at)],
  ];
  if (invoice.buyer.reference) {
    facts.push([
      t("billing.invoice.buyerReferenceLabel"),
      invoice.buyer.reference,
    ]);
  }
  for (const [label, value] of facts) {
    w.text(label, { x: 340, grey: true });
    w.text(value, { right });
    w.down();
  }

  w.y = Math.min(addressBottom, w.y) - 30;
  w.text(title, { size: 16, bold: true });
  w.down(28);

  const columns = { qty: 370, unit: 460, amount: right };
  w.text(t("shopAdmin.invoice.item"), { bold: true });
  w.text(t("shopAdmin.invoice.quantity"), { right: columns.qty, bold: true });
  w.text(t("shopAdmin.invoice.unitPrice"), { right: columns.unit, bold: true });
  w.text(t("shopAdmin.invoice.lineTotal"), { right, bold: true });
  w.down(6);
  w.page.drawLine({
    start: { x: MARGIN, y: w.y },
    end: { x: right, y: w.y },
    thickness: 0.5,
    color: GREY,
  });
  w.down(14);
  for (const item of items) {
    const lines = w.wrap(item.description, 270);
    w.text(lines[0]);
    w.text(String(item.quantity), { right: columns.qty });
    w.text(money(item.unit_price_cents), { right: columns.unit });
    w.text(money(item.total_cents), { right });
    for (const more of lines.slice(1)) {
      w.down();
      w.text(more);
    }
    w.down(18);
  }

  const total = (label: string, cents: number, bold = false) => {
    w.text(label, { x: 300, bold });
    w.text(money(cents), { right, bold });
    w.down(16);
  };
  total(t("billing.invoice.net"), invoice.subtotal_cents);
  total(
    t("shopAdmin.invoice.tax", {
      rate: (invoice.tax_rate_basis_points / 100).toLocaleString(
        locale === "de" ? "de-DE" : "en-GB",
      ),
    }),
    invoice.tax_cents,
  );
  total(t("shopAdmin.invoice.total"), invoice.total_cents, true);
  w.down(10);

  const note = NOTES[invoice.vat_treatment];
  if (note) {
    for (const line of w.wrap(t(note), right - MARGIN)) {
      w.text(line, { bold: true });
      w.down();
    }
    w.down(6);
  }

  w.text(t("billing.invoice.terms", { date: date(invoice.due_at) }));
  w.down();
  for (const line of invoice.bank_details.split("\n").filter(Boolean)) {
    w.text(line);
    w.down();
  }
  w.text(t("shopAdmin.invoice.reference", { number: invoice.number }));
  w.down();

  w.y = MARGIN + 40;
  const footer = [
    seller.vatId && `${t("billing.field.vatId")}: ${seller.vatId}`,
    seller.taxNumber && `${t("billing.field.taxNumber")}: ${seller.taxNumber}`,
    seller.registerCourt &&
    `${seller.registerCourt} ${seller.registerNumber}`.trim(),
    seller.managingDirector &&
    `${t("billing.field.managingDirector")}: ${seller.managingDirector}`,
    seller.email,
    seller.phone,
  ].filter(Boolean).join(" · ");
  for (const line of w.wrap(footer, right - MARGIN, 8)) {
    w.text(line, { size: 8, grey: true });
    w.down(11);
  }
  for (const paragraph of seller.invoiceFooter.split("\n")) {
    for (const line of w.wrap(paragraph, right - MARGIN, 8)) {
      w.text(line, { size: 8, grey: true });
      w.down(11);
    }
  }
  // Plain objects (no object streams): simpler for PDF/A tools and checks.
  return await pdf.save({ useObjectStreams: false });
}

/** The attachment kind an invoice PDF is queued under. */
export const INVOICE_PDF = "invoice_pdf";

/** The invoice's PDF as an email attachment, rendered when the mail is sent. */
export function invoicePdfAttachment(
  invoice: Pick<Invoice, "id" | "number">,
): EmailAttachment {
  return {
    filename: invoicePdfName(invoice),
    contentType: "application/pdf",
    content: "",
    source: { kind: INVOICE_PDF, id: invoice.id },
  };
}

/**
 * The mail worker's renderer for attachments this module queues: the
 * invoice's PDF as base64.
 */
export async function renderBillingAttachment(
  db: Database,
  source: AttachmentSource,
): Promise<string> {
  if (source.kind !== INVOICE_PDF) {
    throw new Error(`unknown attachment kind ${source.kind}`);
  }
  const pdf = await renderInvoicePdf(await loadInvoiceDocument(db, source.id));
  return Buffer.from(pdf).toString("base64");
}
