/**
 * The stand-alone e-invoice XML of an issued document, as staff and the
 * client in the portal download it: XRechnung / EN 16931 CII, or UBL.
 * (The PDFs carry the CII inside: pdf.ts, facturx.ts.)
 */
import type { Database } from "../db/database.ts";
import {
  buildCii,
  buildUbl,
  creditNoteEDocument,
  type EDocument,
  invoiceEDocument,
  standaloneGuideline,
} from "./einvoice.ts";
import { loadCreditNote } from "./credit_notes.ts";
import { loadInvoiceDocument } from "./pdf.ts";

/** A file to hand out. */
export interface BillingFile {
  bytes: Uint8Array;
  filename: string;
  contentType: string;
}

/** The stand-alone e-invoice syntaxes. */
export type XmlSyntax = "cii" | "ubl";

/** `document` as stand-alone XML in `syntax`. */
export async function eInvoiceXml(
  document: EDocument,
  syntax: XmlSyntax,
): Promise<string> {
  return syntax === "ubl"
    ? await buildUbl(document)
    : await buildCii(document, standaloneGuideline(document));
}

async function xmlFile(
  document: EDocument,
  syntax: XmlSyntax,
): Promise<BillingFile> {
  return {
    bytes: new TextEncoder().encode(await eInvoiceXml(document, syntax)),
    filename: `${document.number}-${syntax}.xml`,
    contentType: "application/xml",
  };
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
  const { invoice, items } = await loadInvoiceDocument(db, invoiceId, clientId);
  return await xmlFile(invoiceEDocument(invoice, items), syntax);
}

/**
 * The credit note as an EN 16931 XML file (CII, or UBL); for a portal
 * client only of their own (else NotFoundError).
 */
export async function creditNoteXml(
  db: Database,
  creditNoteId: string,
  syntax: XmlSyntax,
  clientId?: string,
): Promise<BillingFile> {
  const document = await loadCreditNote(db, creditNoteId, clientId);
  return await xmlFile(creditNoteEDocument(document), syntax);
}
