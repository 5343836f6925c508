import assert from "node:assert/strict";
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFStream,
  PDFString,
} from "pdf-lib";
import { PDFParse } from "pdf-parse";
import type { Invoice, InvoiceBuyer, InvoiceSeller } from "../db/schema.ts";
import type { CreditNoteDocument } from "./credit_notes.ts";
import {
  einvoiceRulesDir,
  failedRules,
  type Syntax,
} from "../../tests/helpers/einvoice.ts";
import {
  buildCii,
  buildUbl,
  creditNoteEDocument,
  type EDocument,
  EN16931_GUIDELINE,
  invoiceEDocument,
  standaloneGuideline,
  XRECHNUNG_GUIDELINE,
} from "./einvoice.ts";
import { COMPLETE_SELLER } from "../../tests/helpers/shop.ts";
import { FACTURX_FILENAME } from "./facturx.ts";
import { priceLines } from "./invoices.ts";
import { renderCreditNotePdf, renderInvoicePdf } from "./pdf.ts";
import { decideVat } from "./vat.ts";

const { smallBusiness: _, belowOssThreshold: __, ...identity } =
  COMPLETE_SELLER;
const SELLER: InvoiceSeller = { ...identity, country: "DE" };

const LINES = [
  {
    description: "Buchungsmodul Pro (Jahreslizenz)",
    quantity: 1,
    unitPriceCents: 123456,
  },
  {
    description: "Aktivitätsmodul & Support <Basis>",
    quantity: 3,
    unitPriceCents: 1999,
  },
];

interface Case {
  name: string;
  buyer: Partial<InvoiceBuyer> & { country: string; vatId?: string };
  seller?: Partial<InvoiceSeller> & { smallBusiness?: boolean };
  treatment: Invoice["vat_treatment"];
  rateBasisPoints: number;
}

/** Every row of the VAT rule table, as the checkout decides it. */
const CASES: Case[] = [
  {
    name: "German business, 19 %",
    buyer: { country: "DE", reference: "04011000-12345-67" },
    treatment: "domestic",
    rateBasisPoints: 1900,
  },
  {
    name: "§19 small business (tax number only)",
    buyer: { country: "DE" },
    seller: {
      smallBusiness: true,
      vatId: "",
      registerCourt: "",
      registerNumber: "",
      managingDirector: "",
    },
    treatment: "small_business",
    rateBasisPoints: 0,
  },
  {
    name: "EU business with VAT ID, reverse charge",
    buyer: { country: "FR", vatId: "FR40303265045", postalCode: "75002" },
    treatment: "reverse_charge",
    rateBasisPoints: 0,
  },
  {
    name: "EU consumer, the buyer country's rate (Finland 25.5 %)",
    buyer: { country: "FI", company: null, postalCode: "00100" },
    treatment: "oss",
    rateBasisPoints: 2550,
  },
  {
    name: "non-EU export, not taxable in Germany",
    buyer: { country: "US", postalCode: "10001", vatId: "123456789" },
    treatment: "export",
    rateBasisPoints: 0,
  },
];

/** An issued invoice for `c`, priced by the real rule table and line pricing. */
function issued(c: Case): Invoice {
  const { smallBusiness = false, ...sellerChanges } = c.seller ?? {};
  const vat = decideVat(
    { smallBusiness, belowOssThreshold: false },
    { country: c.buyer.country, vatId: c.buyer.vatId },
    "2027-04-01",
  );
  assert.equal(vat.treatment, c.treatment, c.name);
  assert.equal(vat.rateBasisPoints, c.rateBasisPoints, c.name);
  const priced = priceLines(LINES, vat.rateBasisPoints);
  const { vatId: _, ...buyer } = c.buyer;
  return {
    id: "00000000-0000-4000-8000-000000000001",
    number: "INV-2027-0042",
    order_id: "00000000-0000-4000-8000-000000000002",
    client_id: "00000000-0000-4000-8000-000000000003",
    status: "open",
    subtotal_cents: priced.netCents,
    tax_rate_basis_points: vat.rateBasisPoints,
    tax_cents: priced.taxCents,
    total_cents: priced.totalCents,
    currency: "EUR",
    billing_address: "",
    bank_details: "",
    issued_at: new Date("2027-04-01T09:00:00Z"),
    due_at: new Date("2027-04-15T09:00:00Z"),
    paid_at: null,
    locale: "de",
    seller: { ...SELLER, ...sellerChanges },
    buyer: {
      name: "Jürgen Groß",
      company: "Grüße & Söhne GmbH",
      email: "j@example.com",
      street: "Hauptstraße 5",
      postalCode: "10115",
      city: "Berlin",
      reference: null,
      ...buyer,
    },
    buyer_vat_id: vat.buyerVatId,
    vat_treatment: vat.treatment,
    supplied_on: new Date("2027-04-01T00:00:00Z"),
    issued_xact: "1",
  };
}

function itemsOf(invoice: Invoice) {
  return priceLines(LINES, invoice.tax_rate_basis_points).lines.map((
    line,
    i,
  ) => ({
    id: `00000000-0000-4000-8000-00000000001${i}`,
    invoice_id: invoice.id,
    description: line.description,
    quantity: line.quantity,
    unit_price_cents: line.unitPriceCents,
    total_cents: line.netCents,
  }));
}

function documentOf(c: Case): EDocument {
  const invoice = issued(c);
  return invoiceEDocument(invoice, itemsOf(invoice));
}

const rules = einvoiceRulesDir();
if (!rules) {
  console.log(
    "einvoice_test: ../shared/einvoice is absent (set EINVOICE_RULES_DIR): the EN 16931 validation is skipped",
  );
}

async function assertValid(syntax: Syntax, xml: string, name: string) {
  if (!rules) return;
  const fatal = (await failedRules(rules, syntax, xml))
    .filter((rule) => rule.flag === "fatal");
  assert.deepEqual(
    fatal,
    [],
    `${name}: ${syntax.toUpperCase()} breaks EN 16931\n${xml}`,
  );
}

for (const c of CASES) {
  Deno.test({
    name: `EN 16931 CII and UBL pass the official rules: ${c.name}`,
    ignore: !rules,
    async fn() {
      const document = documentOf(c);
      await assertValid(
        "cii",
        await buildCii(document, EN16931_GUIDELINE),
        c.name,
      );
      await assertValid(
        "cii",
        await buildCii(document, standaloneGuideline(document)),
        c.name,
      );
      await assertValid("ubl", await buildUbl(document), c.name);
    },
  });
}

/** A credit note for all of `c`'s invoice, as the credit-note code stores it (negative). */
function creditNoteFor(c: Case): CreditNoteDocument {
  const invoice = issued(c);
  const items = itemsOf(invoice);
  return {
    invoice,
    creditNote: {
      id: "00000000-0000-4000-8000-000000000021",
      number: "CN-2027-0007",
      invoice_id: invoice.id,
      client_id: invoice.client_id,
      reason: "Storno: doppelt bestellt",
      locale: invoice.locale,
      currency: invoice.currency,
      vat_treatment: invoice.vat_treatment,
      tax_rate_basis_points: invoice.tax_rate_basis_points,
      subtotal_cents: -invoice.subtotal_cents,
      tax_cents: -invoice.tax_cents,
      total_cents: -invoice.total_cents,
      issued_at: new Date("2027-04-20T10:00:00Z"),
      issued_by: null,
      issued_xact: "2",
    },
    items: items.map((item, i) => ({
      id: `00000000-0000-4000-8000-00000000003${i}`,
      credit_note_id: "00000000-0000-4000-8000-000000000021",
      invoice_item_id: item.id,
      description: item.description,
      quantity: item.quantity,
      unit_price_cents: -item.unit_price_cents,
      total_cents: -item.total_cents,
    })),
  };
}

for (const c of CASES) {
  Deno.test({
    name: `a credit note (381, naming its invoice) passes too: ${c.name}`,
    ignore: !rules,
    async fn() {
      const document = creditNoteEDocument(creditNoteFor(c));
      assert.equal(document.totalCents, issued(c).total_cents);
      const cii = await buildCii(document, EN16931_GUIDELINE);
      assert.match(cii, /<ram:TypeCode>381</);
      assert.match(cii, /<ram:IssuerAssignedID>INV-2027-0042</);
      assert.match(cii, /<ram:Content>Storno: doppelt bestellt</);
      await assertValid("cii", cii, c.name);
      const ubl = await buildUbl(document);
      assert.match(ubl, /<CreditNote xmlns=/);
      await assertValid("ubl", ubl, c.name);
    },
  });
}

Deno.test("the CII carries the buyer reference (BT-10), both VAT IDs for reverse charge, none for export", async () => {
  const domestic = await buildCii(documentOf(CASES[0]), EN16931_GUIDELINE);
  assert.match(
    domestic,
    /<ram:BuyerReference>04011000-12345-67<\/ram:BuyerReference>/,
  );
  assert.match(
    domestic,
    /<ram:RateApplicablePercent>19<\/ram:RateApplicablePercent>/,
  );
  assert.match(
    domestic,
    /<ram:GrandTotalAmount>1540.49<\/ram:GrandTotalAmount>/,
  );
  const reverse = await buildCii(documentOf(CASES[2]), EN16931_GUIDELINE);
  assert.match(reverse, /schemeID="VA">DE123456789</);
  assert.match(reverse, /schemeID="VA">FR40303265045</);
  assert.match(reverse, /<ram:CategoryCode>AE<\/ram:CategoryCode>/);
  const exported = await buildCii(documentOf(CASES[4]), EN16931_GUIDELINE);
  assert.doesNotMatch(exported, /schemeID="VA"/);
  assert.match(exported, /<ram:ExemptionReasonCode>VATEX-EU-O</);
  assert.match(
    await buildCii(documentOf(CASES[1]), EN16931_GUIDELINE),
    /Gemäß §19 UStG/,
  );
});

Deno.test({
  name:
    "text XML cannot carry (control characters) is left out, so the e-invoice stays well-formed and valid",
  ignore: !rules,
  async fn() {
    const document = documentOf(CASES[0]);
    const xml = await buildCii({
      ...document,
      buyer: {
        ...document.buyer,
        name: "Jürgen\u0001 Groß\u000b",
        city: "Ber\uFFFElin",
      },
    }, EN16931_GUIDELINE);
    assert.match(xml, /Jürgen Groß</);
    assert.match(xml, /<ram:CityName>Berlin</);
    await assertValid("cii", xml, "control characters");
  },
});

Deno.test("the stand-alone XML is an XRechnung when an invoice's buyer gave a reference", () => {
  assert.equal(standaloneGuideline(documentOf(CASES[0])), XRECHNUNG_GUIDELINE);
  assert.equal(standaloneGuideline(documentOf(CASES[2])), EN16931_GUIDELINE);
  assert.equal(
    standaloneGuideline({ ...documentOf(CASES[0]), typeCode: "381" }),
    EN16931_GUIDELINE,
  );
});

Deno.test({
  name:
    "the validation catches a broken total (BR-CO-15), so a pass means something",
  ignore: !rules,
  async fn() {
    const xml = (await buildCii(documentOf(CASES[0]), EN16931_GUIDELINE))
      .replace(/<ram:GrandTotalAmount>[^<]*/, "<ram:GrandTotalAmount>1.00");
    const ids = (await failedRules(rules!, "cii", xml)).map((rule) => rule.id);
    assert.ok(ids.includes("BR-CO-15"), ids.join(", "));
  },
});

/** The stream under `key`, as read from a file (not yet decoded). */
function rawStream(dict: PDFDict, key: string): PDFRawStream {
  const stream = dict.lookup(PDFName.of(key), PDFStream);
  assert.ok(stream instanceof PDFRawStream, key);
  return stream;
}

Deno.test("the Factur-X PDF is a PDF/A-3 carrying the CII as factur-x.xml (extracted back, the same XML)", async () => {
  const invoice = issued(CASES[2]);
  const pdf = await renderInvoicePdf({ invoice, items: itemsOf(invoice) });
  const loaded = await PDFDocument.load(pdf);
  const { catalog, context } = loaded;
  const [spec] = catalog.lookup(PDFName.of("AF"), PDFArray).asArray()
    .map((ref) => context.lookup(ref, PDFDict));
  assert.equal(
    spec.lookup(PDFName.of("F"), PDFString).decodeText(),
    FACTURX_FILENAME,
  );
  assert.equal(String(spec.get(PDFName.of("AFRelationship"))), "/Alternative");
  const file = rawStream(spec.lookup(PDFName.of("EF"), PDFDict), "F");
  assert.equal(String(file.dict.get(PDFName.of("Subtype"))), "/text#2Fxml");
  const embedded = new TextDecoder().decode(
    decodePDFRawStream(file).decode(),
  );
  assert.equal(
    embedded,
    await buildCii(
      invoiceEDocument(invoice, itemsOf(invoice)),
      EN16931_GUIDELINE,
    ),
  );
  await assertValid("cii", embedded, "Factur-X attachment");

  const metadata = rawStream(catalog, "Metadata");
  const xmp = new TextDecoder().decode(metadata.getContents());
  assert.match(xmp, /<pdfaid:part>3<\/pdfaid:part>/);
  assert.match(xmp, /<pdfaid:conformance>B<\/pdfaid:conformance>/);
  assert.match(xmp, /<fx:DocumentFileName>factur-x.xml</);
  assert.match(xmp, /<fx:ConformanceLevel>EN 16931</);
  const [intent] = catalog.lookup(PDFName.of("OutputIntents"), PDFArray)
    .asArray().map((ref) => context.lookup(ref, PDFDict));
  assert.equal(String(intent.get(PDFName.of("S"))), "/GTS_PDFA1");
  assert.ok(intent.get(PDFName.of("DestOutputProfile")), "an ICC profile");
  assert.ok(context.trailerInfo.ID, "a file identifier");

  const parser = new PDFParse({ data: pdf.slice() });
  try {
    const { text } = await parser.getText();
    assert.ok(text.includes("Rechnung INV-2027-0042"), text);
  } finally {
    await parser.destroy();
  }
});

Deno.test("a credit note's PDF carries its own e-invoice (381) as factur-x.xml", async () => {
  const document = creditNoteFor(CASES[0]);
  const loaded = await PDFDocument.load(await renderCreditNotePdf(document));
  const [spec] = loaded.catalog.lookup(PDFName.of("AF"), PDFArray).asArray()
    .map((ref) => loaded.context.lookup(ref, PDFDict));
  const file = rawStream(spec.lookup(PDFName.of("EF"), PDFDict), "F");
  assert.equal(
    new TextDecoder().decode(decodePDFRawStream(file).decode()),
    await buildCii(creditNoteEDocument(document), EN16931_GUIDELINE),
  );
});
