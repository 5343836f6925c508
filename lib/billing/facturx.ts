/**
 * ZUGFeRD / Factur-X: a document's PDF made a PDF/A-3 (level B) that
 * carries its CII XML as `factur-x.xml`, profile EN 16931. What the PDF
 * gains, with `pdf-lib`, before it is saved:
 *
 * - the XML as an associated file (`/AF` of the catalog, a file
 *   specification with `/AFRelationship /Alternative`, MIME `text/xml`,
 *   its modification date), also in the `EmbeddedFiles` name tree;
 * - XMP metadata declaring PDF/A-3B and the Factur-X extension schema
 *   (`fx:DocumentType`, `DocumentFileName`, `Version`, `ConformanceLevel`),
 *   matching the document information dictionary;
 * - an sRGB output intent (the ICC profile pdfkit ships for its own
 *   PDF/A output) and a file identifier in the trailer.
 *
 * The fonts are already embedded (pdf.ts), as PDF/A requires.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PDFDocument } from "pdf-lib";
import {
  buildCii,
  type EDocument,
  EN16931_GUIDELINE,
  xmlSafe,
} from "./einvoice.ts";

/** The attachment's name, fixed by Factur-X 1.0 (and ZUGFeRD 2.x). */
export const FACTURX_FILENAME = "factur-x.xml";
const FACTURX_NS = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";
const PRODUCER = "Portico (pdf-lib)";

let iccBytes: Promise<Uint8Array> | undefined;

/**
 * The sRGB profile pdfkit ships, read once; looked up with the first PDF
 * (resolving a package costs a start a few milliseconds).
 */
function loadIccProfile(): Promise<Uint8Array> {
  iccBytes ??= Deno.readFile(join(
    dirname(createRequire(import.meta.url).resolve("pdfkit")),
    "data",
    "sRGB_IEC61966_2_1.icc",
  ));
  return iccBytes;
}

/** What the PDF says about itself (info dictionary and XMP alike). */
interface FacturXMeta {
  title: string;
  author: string;
  /** Language tag of the document, e.g. "de-DE". */
  language: string;
  createdAt: Date;
}

function escapeXml(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;")
    .replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The Factur-X extension schema's properties: name and description. */
const FX_PROPERTIES = [
  ["DocumentFileName", "The name of the embedded XML document"],
  ["DocumentType", "The type of the hybrid document in capital letters"],
  ["Version", "The actual version of the standard applying"],
  ["ConformanceLevel", "The conformance level of the embedded XML"],
];

function xmp(meta: FacturXMeta): string {
  const at = meta.createdAt.toISOString().replace(/\.\d{3}Z$/, "Z");
  const property = ([name, description]: string[]) =>
    `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>${description}</pdfaProperty:description></rdf:li>`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:format>application/pdf</dc:format><dc:title><rdf:Alt><rdf:li xml:lang="x-default">${
    escapeXml(meta.title)
  }</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>${
    escapeXml(meta.author)
  }</rdf:li></rdf:Seq></dc:creator></rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Producer>${PRODUCER}</pdf:Producer></rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreatorTool>${PRODUCER}</xmp:CreatorTool><xmp:CreateDate>${at}</xmp:CreateDate><xmp:ModifyDate>${at}</xmp:ModifyDate></rdf:Description>
<rdf:Description rdf:about="" xmlns:fx="${FACTURX_NS}"><fx:DocumentType>INVOICE</fx:DocumentType><fx:DocumentFileName>${FACTURX_FILENAME}</fx:DocumentFileName><fx:Version>1.0</fx:Version><fx:ConformanceLevel>EN 16931</fx:ConformanceLevel></rdf:Description>
<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"><pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource"><pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema><pdfaSchema:namespaceURI>${FACTURX_NS}</pdfaSchema:namespaceURI><pdfaSchema:prefix>fx</pdfaSchema:prefix><pdfaSchema:property><rdf:Seq>${
    FX_PROPERTIES.map(property).join("")
  }</rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas></rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/** Hex of the first 16 bytes of SHA-256 over `bytes`: a stable file identifier. */
async function fileId(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>),
  );
  return Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, "0"))
    .join("");
}

/**
 * Makes `document` (the drawn PDF of `einvoice`, titled `title`) a
 * Factur-X PDF/A-3 carrying the CII of `einvoice`; the caller saves it.
 *
 * @example await embedFacturX(pdf, invoiceEDocument(invoice, items), "Invoice INV-2027-0001");
 */
export async function embedFacturX(
  document: PDFDocument,
  einvoice: EDocument,
  title: string,
): Promise<void> {
  // Loaded with the first PDF, not at start-up (pdf.ts).
  const { AFRelationship, PDFHexString, PDFName, PDFString } = await import(
    "pdf-lib"
  );
  const meta: FacturXMeta = {
    title,
    author: einvoice.seller.legalName,
    language: einvoice.locale === "de" ? "de-DE" : "en-GB",
    createdAt: new Date(`${einvoice.issuedOn}T00:00:00Z`),
  };
  const xmlBytes = new TextEncoder().encode(
    await buildCii(einvoice, EN16931_GUIDELINE),
  );
  await document.attach(xmlBytes, FACTURX_FILENAME, {
    mimeType: "text/xml",
    description: "Factur-X / ZUGFeRD invoice data (EN 16931)",
    creationDate: meta.createdAt,
    modificationDate: meta.createdAt,
    afRelationship: AFRelationship.Alternative,
  });
  document.setTitle(meta.title, { showInWindowTitleBar: true });
  document.setAuthor(meta.author);
  document.setProducer(PRODUCER);
  document.setCreator(PRODUCER);
  document.setCreationDate(meta.createdAt);
  document.setModificationDate(meta.createdAt);
  document.setLanguage(meta.language);

  const { context, catalog } = document;
  const metadata = context.stream(new TextEncoder().encode(xmp(meta)), {
    Type: "Metadata",
    Subtype: "XML",
  });
  catalog.set(PDFName.of("Metadata"), context.register(metadata));
  const profile = context.flateStream(await loadIccProfile(), { N: 3 });
  catalog.set(
    PDFName.of("OutputIntents"),
    context.obj([{
      Type: "OutputIntent",
      S: "GTS_PDFA1",
      OutputConditionIdentifier: PDFString.of("sRGB IEC61966-2.1"),
      Info: PDFString.of("sRGB IEC61966-2.1"),
      DestOutputProfile: context.register(profile),
    }]),
  );
  const id = PDFHexString.of(await fileId(xmlBytes));
  context.trailerInfo.ID = context.obj([id, id]);
}
