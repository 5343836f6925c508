/**
 * The e-invoice downloads of an issued document, as staff and the client
 * in the portal get them: the ZUGFeRD / Factur-X PDF (the PDF with its
 * CII inside) and the stand-alone XML (XRechnung CII, or UBL).
 */
import type { Database } from "../db/database.ts";
import {
  buildCii,
  buildUbl,
  type EDocument,
  EN16931_GUIDELINE,
  invoiceEDocument,
  standaloneGuideline,
} from "./einvoice.ts";
import { facturX } from "./facturx.ts";
import {
  type InvoiceDocument,
  invoicePdfName,
  loadInvoiceDocument,
  renderInvoicePdf,
} from "./pdf.ts";

/** A file to hand out. */
export interface BillingFile {
  bytes: Uint8Array;
  filename: string;
  contentType: string;
}

/** The stand-alone e-invoice syntaxes. */
export type XmlSyntax = "cii" | "ubl";

/** `pdf` (the document's own rendering) with its CII embedded. */
async function hybrid(
  pdf: Uint8Array,
  document: EDocument,
  title: string,
): Promise<Uint8Array> {
  return await facturX(pdf, buildCii(document, EN16931_GUIDELINE), {
    title,
    author: document.seller.legalName,
    language: document.locale === "de" ? "de-DE" : "en-GB",
    createdAt: new Date(`${document.issuedOn}T00:00:00Z`),
  });
}

function eDocumentOf({ invoice, items }: InvoiceDocument): EDocument {
  return invoiceEDocument(invoice, items);
}

/** An invoice as a Factur-X PDF (ZUGFeRD, EN 16931). */
export async function renderInvoiceFacturX(
  document: InvoiceDocument,
): Promise<Uint8Array> {
  return await hybrid(
    await renderInvoicePdf(document),
    eDocumentOf(document),
    document.invoice.number,
  );
}

/**
 * The invoice's Factur-X PDF with its file name; for a portal client
 * only of their own invoice (else NotFoundError).
 */
export async function invoiceFacturX(
  db: Database,
  invoiceId: string,
  clientId?: string,
): Promise<BillingFile> {
  const document = await loadInvoiceDocument(db, invoiceId, clientId);
  return {
    bytes: await renderInvoiceFacturX(document),
    filename: invoicePdfName(document.invoice),
    contentType: "application/pdf",
  };
}

/** `document` as stand-alone XML in `syntax`. */
export function eInvoiceXml(document: EDocument, syntax: XmlSyntax): string {
  return syntax === "ubl"
    ? buildUbl(document)
    : buildCii(document, standaloneGuideline(document));
}

/**
 * The invoice as an XRechnung / EN 16931 XML file (CII, or UBL); for a
 * portal client only of their own invoice (else NotFoundError).
 */
export async function invoiceXml(
  db: Database,
  invoiceId: string,
  syntax: XmlSyntax,
  clientId?: string,
): Promise<BillingFile> {
  const document = await loadInvoiceDocument(db, invoiceId, clientId);
  return {
    bytes: new TextEncoder().encode(
      eInvoiceXml(eDocumentOf(document), syntax),
    ),
    filename: `${document.invoice.number}-${syntax}.xml`,
    contentType: "application/xml",
  };
}
