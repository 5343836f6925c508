/**
 * Invoices and credit notes as PDFs (A4), in the invoice's language,
 * drawn with `pdf-lib`; each is a ZUGFeRD / Factur-X hybrid, its EN 16931
 * XML embedded (facturx.ts). The text face is DejaVu Sans from the `dejavu-fonts-ttf`
 * package, embedded (subset) so "€", umlauts and "ß" render in every
 * viewer; the standard PDF fonts cannot encode "€" reliably.
 */
import { Buffer } from "node:buffer";
import { createRequire } from "node:module";
import type { Color, PDFFont, PDFPage } from "pdf-lib";
import type { Database } from "../db/database.ts";
import type {
  AttachmentSource,
  EmailAttachment,
  Invoice,
  InvoiceItemsTable,
} from "../db/schema.ts";
import type { Selectable } from "kysely";
import { NotFoundError } from "../errors.ts";
import { formatDate, formatMoney, translator } from "../i18n/mod.ts";
import { SELLER_TIME_ZONE, sellerDate } from "./invoices.ts";
import { getSellerLogo, type SellerLogo } from "./logo.ts";
import {
  creditNoteEDocument,
  type EDocument,
  invoiceEDocument,
  VAT_NOTES,
} from "./einvoice.ts";
import { embedFacturX } from "./facturx.ts";
import {
  CREDIT_NOTE_PDF,
  type CreditNoteDocument,
  loadCreditNote,
} from "./credit_notes.ts";

let fontBytes: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

/**
 * pdf-lib and fontkit, loaded with the first PDF instead of at start-up:
 * evaluating them is the largest single part of a cold start
 * (docs/PERFORMANCE.md), and most instances never draw a PDF.
 */
async function loadPdfLib() {
  const [pdfLib, fontkit] = await Promise.all([
    import("pdf-lib"),
    import("@pdf-lib/fontkit"),
  ]);
  return { ...pdfLib, fontkit: fontkit.default };
}

/** The font files, read once per process. */
function loadFonts() {
  if (!fontBytes) {
    const require = createRequire(import.meta.url);
    fontBytes = Promise.all([
      Deno.readFile(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
      Deno.readFile(
        require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
      ),
    ]).then(([regular, bold]) => ({ regular, bold }));
  }
  return fontBytes;
}

type Item = Selectable<InvoiceItemsTable>;

/** An issued invoice and its items, as the PDF shows them. */
export interface InvoiceDocument {
  invoice: Invoice;
  items: Item[];
  /** The seller's logo when one is set (lib/billing/logo.ts). */
  logo?: SellerLogo | null;
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
  const [items, logo] = await Promise.all([
    db.selectFrom("invoice_items").selectAll()
      .where("invoice_id", "=", invoiceId).orderBy("description").execute(),
    getSellerLogo(db),
  ]);
  return { invoice, items, logo };
}

/** The file name a document's PDF is offered and attached under. */
export function invoicePdfName(document: { number: string }): string {
  return `${document.number}.pdf`;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;

/** A page being written top to bottom. */
class Writer {
  y = A4.height - MARGIN;
  constructor(
    readonly page: PDFPage,
    readonly fonts: { regular: PDFFont; bold: PDFFont },
    readonly grey: Color,
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
      color: options.grey ? this.grey : undefined,
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

/** What a billing document (invoice or credit note) shows, in its language. */
export interface PdfSheet {
  logo: SellerLogo | null;
  locale: Invoice["locale"];
  currency: string;
  seller: Invoice["seller"];
  title: string;
  billingAddress: string;
  buyerVatId: string | null;
  /** Label and value pairs beside the address: number, dates, references. */
  facts: [string, string][];
  items: {
    description: string;
    quantity: number;
    unitPriceCents: number;
    totalCents: number;
  }[];
  netCents: number;
  taxRateBasisPoints: number;
  taxCents: number;
  totalCents: number;
  vatTreatment: Invoice["vat_treatment"];
  /** Paragraphs after the totals and the VAT note (terms, bank, reason). */
  closing: string[];
}

/** A line of an invoice or a credit note, as the sheet draws it. */
function sheetItem(
  item: Pick<
    Item,
    "description" | "quantity" | "unit_price_cents" | "total_cents"
  >,
): PdfSheet["items"][number] {
  return {
    description: item.description,
    quantity: item.quantity,
    unitPriceCents: item.unit_price_cents,
    totalCents: item.total_cents,
  };
}

/** Date of supply: "equals invoice date" or the date itself. */
function suppliedOn(invoice: Invoice, t: ReturnType<typeof translator>) {
  return sellerDate(invoice.issued_at) ===
      invoice.supplied_on.toISOString().slice(0, 10)
    ? t("billing.invoice.suppliedOnIssue")
    : formatDate(invoice.locale, invoice.supplied_on, "UTC");
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
  const t = translator(invoice.locale);
  const date = (at: Date) => formatDate(invoice.locale, at, SELLER_TIME_ZONE);
  const facts: [string, string][] = [
    [t("shopAdmin.invoice.number"), invoice.number],
    [t("billing.invoice.date"), date(invoice.issued_at)],
    [t("billing.invoice.supplied"), suppliedOn(invoice, t)],
    [t("shopAdmin.invoice.due"), date(invoice.due_at)],
  ];
  if (invoice.buyer.reference) {
    facts.push([
      t("billing.invoice.buyerReferenceLabel"),
      invoice.buyer.reference,
    ]);
  }
  return await renderSheetPdf({
    ...invoiceParties(invoice),
    logo: document.logo ?? null,
    title: t("shopAdmin.invoice.title", { number: invoice.number }),
    facts,
    items: items.map(sheetItem),
    netCents: invoice.subtotal_cents,
    taxRateBasisPoints: invoice.tax_rate_basis_points,
    taxCents: invoice.tax_cents,
    totalCents: invoice.total_cents,
    closing: [
      t("billing.invoice.terms", { date: date(invoice.due_at) }),
      ...invoice.bank_details.split("\n").filter(Boolean),
      t("shopAdmin.invoice.reference", { number: invoice.number }),
    ],
  }, invoiceEDocument(invoice, items));
}

/** Who and in which language and currency: the same on an invoice and its credit notes. */
function invoiceParties(invoice: Invoice) {
  return {
    locale: invoice.locale,
    currency: invoice.currency,
    seller: invoice.seller,
    billingAddress: invoice.billing_address,
    buyerVatId: invoice.buyer_vat_id,
    vatTreatment: invoice.vat_treatment,
  };
}

/**
 * Renders a credit note as a PDF in its invoice's language: the parties
 * of the invoice, its number and date, the reason and negative amounts.
 */
export async function renderCreditNotePdf(
  document: CreditNoteDocument,
): Promise<Uint8Array> {
  const { creditNote, items, invoice } = document;
  const t = translator(invoice.locale);
  const date = (at: Date) => formatDate(invoice.locale, at, SELLER_TIME_ZONE);
  return await renderSheetPdf({
    ...invoiceParties(invoice),
    logo: document.logo ?? null,
    title: t("billing.creditNote.title", { number: creditNote.number }),
    facts: [
      [t("billing.creditNote.number"), creditNote.number],
      [t("billing.creditNote.date"), date(creditNote.issued_at)],
      [t("billing.creditNote.originalInvoice"), invoice.number],
      [t("billing.invoice.date"), date(invoice.issued_at)],
      [t("billing.invoice.supplied"), suppliedOn(invoice, t)],
    ],
    items: items.map(sheetItem),
    netCents: creditNote.subtotal_cents,
    taxRateBasisPoints: creditNote.tax_rate_basis_points,
    taxCents: creditNote.tax_cents,
    totalCents: creditNote.total_cents,
    closing: [
      t("billing.creditNote.corrects", {
        number: invoice.number,
        date: date(invoice.issued_at),
      }),
      `${t("billing.creditNote.reason")}: ${creditNote.reason}`,
      t("billing.creditNote.refundNote"),
    ],
  }, creditNoteEDocument(document));
}

/** Draws one billing document on A4, `einvoice` embedded (Factur-X). */
async function renderSheetPdf(
  sheet: PdfSheet,
  einvoice: EDocument,
): Promise<Uint8Array> {
  const { seller, locale } = sheet;
  const t = translator(locale);
  const money = (cents: number) => formatMoney(locale, cents, sheet.currency);

  const { PDFDocument, fontkit, rgb } = await loadPdfLib();
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const bytes = await loadFonts();
  const fonts = {
    regular: await pdf.embedFont(bytes.regular, { subset: true }),
    bold: await pdf.embedFont(bytes.bold, { subset: true }),
  };
  pdf.setTitle(sheet.title);
  pdf.setAuthor(seller.legalName);
  pdf.setLanguage(locale === "de" ? "de-DE" : "en-GB");
  const w = new Writer(
    pdf.addPage([A4.width, A4.height]),
    fonts,
    rgb(0.35, 0.35, 0.35),
  );
  const right = A4.width - MARGIN;
  if (sheet.logo) {
    const image = sheet.logo.contentType === "image/png"
      ? await pdf.embedPng(sheet.logo.bytes)
      : await pdf.embedJpg(sheet.logo.bytes);
    // At most 160 × 48 points, in the top right corner, proportions kept.
    const { width, height } = image.scaleToFit(160, 48);
    w.page.drawImage(image, {
      x: right - width,
      y: A4.height - MARGIN / 2 - height,
      width,
      height,
    });
  }

  w.text(
    [seller.legalName, seller.street, `${seller.postalCode} ${seller.city}`]
      .join(" · "),
    { size: 8, grey: true },
  );
  w.down(24);
  const addressTop = w.y;
  for (const line of sheet.billingAddress.split("\n")) {
    w.text(line);
    w.down();
  }
  if (sheet.buyerVatId) {
    w.text(t("billing.invoice.buyerVatId", { vatId: sheet.buyerVatId }));
    w.down();
  }
  const addressBottom = w.y;

  w.y = addressTop;
  for (const [label, value] of sheet.facts) {
    w.text(label, { x: 340, grey: true });
    w.text(value, { right });
    w.down();
  }

  w.y = Math.min(addressBottom, w.y) - 30;
  w.text(sheet.title, { size: 16, bold: true });
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
    color: w.grey,
  });
  w.down(14);
  for (const item of sheet.items) {
    const lines = w.wrap(item.description, 270);
    w.text(lines[0]);
    w.text(String(item.quantity), { right: columns.qty });
    w.text(money(item.unitPriceCents), { right: columns.unit });
    w.text(money(item.totalCents), { right });
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
  total(t("billing.invoice.net"), sheet.netCents);
  total(
    t("shopAdmin.invoice.tax", {
      rate: (sheet.taxRateBasisPoints / 100).toLocaleString(
        locale === "de" ? "de-DE" : "en-GB",
      ),
    }),
    sheet.taxCents,
  );
  total(t("shopAdmin.invoice.total"), sheet.totalCents, true);
  w.down(10);

  const note = VAT_NOTES[sheet.vatTreatment];
  if (note) {
    for (const line of w.wrap(t(note), right - MARGIN)) {
      w.text(line, { bold: true });
      w.down();
    }
    w.down(6);
  }

  for (const paragraph of sheet.closing) {
    for (const line of w.wrap(paragraph, right - MARGIN)) {
      w.text(line);
      w.down();
    }
  }

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
  await embedFacturX(pdf, einvoice, sheet.title);
  // Plain objects (no object streams): simpler for PDF/A tools and checks.
  return await pdf.save({ useObjectStreams: false });
}

/**
 * The PDF of an invoice with its file name; for a portal client only of
 * their own invoice (else NotFoundError).
 */
export async function invoicePdf(
  db: Database,
  invoiceId: string,
  clientId?: string,
): Promise<{ bytes: Uint8Array; filename: string }> {
  const document = await loadInvoiceDocument(db, invoiceId, clientId);
  return {
    bytes: await renderInvoicePdf(document),
    filename: invoicePdfName(document.invoice),
  };
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
 * The mail worker's renderer for attachments billing queues: the PDF of
 * an invoice or a credit note, as base64.
 */
export async function renderBillingAttachment(
  db: Database,
  source: AttachmentSource,
): Promise<string> {
  return Buffer.from(await renderBillingPdf(db, source)).toString("base64");
}

/** The PDF of the invoice or credit note `source` names. */
export async function renderBillingPdf(
  db: Database,
  source: AttachmentSource,
): Promise<Uint8Array> {
  if (source.kind === INVOICE_PDF) {
    return await renderInvoicePdf(await loadInvoiceDocument(db, source.id));
  }
  if (source.kind === CREDIT_NOTE_PDF) {
    return await renderCreditNotePdf(await loadCreditNote(db, source.id));
  }
  throw new Error(`unknown attachment kind ${source.kind}`);
}

/**
 * The PDF of a credit note with its file name; for a portal client only
 * of their own (else NotFoundError).
 */
export async function creditNotePdf(
  db: Database,
  creditNoteId: string,
  clientId?: string,
): Promise<{ bytes: Uint8Array; filename: string }> {
  const document = await loadCreditNote(db, creditNoteId, clientId);
  return {
    bytes: await renderCreditNotePdf(document),
    filename: invoicePdfName(document.creditNote),
  };
}
