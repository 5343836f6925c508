import assert from "node:assert/strict";
import { PDFParse } from "pdf-parse";
import type { Invoice } from "../db/schema.ts";
import { renderInvoicePdf } from "./pdf.ts";

/** An issued reverse-charge invoice as the database returns it. */
function invoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: "00000000-0000-4000-8000-000000000001",
    number: "INV-2027-0042",
    order_id: "00000000-0000-4000-8000-000000000002",
    client_id: "00000000-0000-4000-8000-000000000003",
    status: "open",
    subtotal_cents: 123456,
    tax_rate_basis_points: 0,
    tax_cents: 0,
    total_cents: 123456,
    currency: "EUR",
    billing_address:
      "Jürgen Groß\nGrüße & Söhne GmbH\nKärntner Straße 5\n1010 Wien\nAT",
    bank_details: "Commerzbank\nIBAN DE89370400440532013000\nCOBADEFFXXX",
    issued_at: new Date("2027-04-01T09:00:00Z"),
    due_at: new Date("2027-04-15T09:00:00Z"),
    paid_at: null,
    locale: "de",
    seller: {
      legalName: "Portico Test GmbH",
      street: "Musterstraße 1",
      postalCode: "80331",
      city: "München",
      country: "DE",
      vatId: "DE123456789",
      taxNumber: "143/123/45678",
      registerCourt: "Amtsgericht München",
      registerNumber: "HRB 123456",
      managingDirector: "Erika Mustermann",
      email: "billing@portico.example",
      phone: "",
      iban: "DE89370400440532013000",
      bic: "COBADEFFXXX",
      bankName: "Commerzbank",
      invoiceFooter: "Vielen Dank für Ihren Auftrag.",
    },
    buyer: {
      name: "Jürgen Groß",
      company: "Grüße & Söhne GmbH",
      email: "j@example.com",
      street: "Kärntner Straße 5",
      postalCode: "1010",
      city: "Wien",
      country: "AT",
      reference: "PO-4711",
    },
    buyer_vat_id: "ATU12345678",
    vat_treatment: "reverse_charge",
    supplied_on: new Date("2027-04-01T00:00:00Z"),
    issued_xact: "1",
    ...overrides,
  };
}

const ITEMS = [{
  id: "00000000-0000-4000-8000-000000000004",
  invoice_id: "00000000-0000-4000-8000-000000000001",
  description: "Buchungsmodul Pro (Jahreslizenz)",
  quantity: 1,
  unit_price_cents: 123456,
  total_cents: 123456,
}];

async function textOf(pdf: Uint8Array): Promise<string> {
  // A copy: the parser hands its buffer to a worker, which empties it.
  const parser = new PDFParse({ data: pdf.slice() });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

Deno.test("the invoice PDF carries every required field, with € and umlauts, in the invoice's language", async () => {
  const pdf = await renderInvoicePdf({ invoice: invoice(), items: ITEMS });
  assert.equal(new TextDecoder().decode(pdf.slice(0, 5)), "%PDF-");
  const text = await textOf(pdf);
  for (
    const expected of [
      "Portico Test GmbH",
      "Musterstraße 1",
      "80331 München",
      "Jürgen Groß",
      "Grüße & Söhne GmbH",
      "Kärntner Straße 5",
      "USt-IdNr.: ATU12345678",
      "Rechnung INV-2027-0042",
      "Rechnungsdatum",
      "1. April 2027",
      "Leistungsdatum",
      "entspricht Rechnungsdatum",
      "Buchungsmodul Pro (Jahreslizenz)",
      "1.234,56 €",
      "Nettobetrag",
      "MwSt. 0 %",
      "Steuerschuldnerschaft des Leistungsempfängers / Reverse charge",
      "Zahlbar ohne Abzug bis 15. April 2027.",
      "IBAN DE89370400440532013000",
      "USt-IdNr.: DE123456789",
      "Steuernummer: 143/123/45678",
      "Amtsgericht München HRB 123456",
      "Ihre Referenz",
      "PO-4711",
      "Vielen Dank für Ihren Auftrag.",
    ]
  ) {
    assert.ok(
      text.replace(/\u00a0|\u202f/g, " ").includes(
        expected.replace(/\u00a0/g, " "),
      ),
      `missing: ${expected}\n${text}`,
    );
  }
  const fonts = new TextDecoder("latin1").decode(pdf);
  assert.match(fonts, /\/FontFile2/, "the TrueType font is embedded");
});

Deno.test("an English domestic invoice shows the rate and VAT amount", async () => {
  const text = await textOf(
    await renderInvoicePdf({
      invoice: invoice({
        locale: "en",
        vat_treatment: "domestic",
        buyer_vat_id: null,
        tax_rate_basis_points: 1900,
        tax_cents: 23457,
        total_cents: 146913,
      }),
      items: ITEMS,
    }),
  );
  assert.ok(text.includes("Invoice INV-2027-0042"), text);
  assert.ok(text.includes("VAT 19 %"), text);
  assert.ok(text.includes("€234.57"), text);
  assert.ok(text.includes("€1,469.13"), text);
  assert.ok(!text.includes("Reverse charge"), text);
});
