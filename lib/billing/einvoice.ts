/**
 * Invoices and credit notes as EN 16931 e-invoices: the UN/CEFACT CII
 * XML (XRechnung, and the XML inside ZUGFeRD / Factur-X, facturx.ts) and
 * UBL 2.1. Both are written from one neutral `EDocument`, so an invoice
 * (type code 380) and a credit note (381, referencing the invoice it
 * corrects, BT-25) go through the same code; `invoiceEDocument` maps an
 * issued invoice to it.
 *
 * VAT categories (UNTDID 5305) per treatment of the rule table (vat.ts):
 * domestic and OSS "S" at the rate charged; §19 small business "E"
 * (exempt, with the §19 note as reason); reverse charge "AE" (VATEX-EU-AE,
 * with both VAT IDs); export "O" (not subject to VAT, VATEX-EU-O, and by
 * rule BR-O-02 without any VAT ID). Amounts are written from the integer
 * cents as issued, so the totals are exactly those of the PDF.
 */
import type { Selectable } from "kysely";
import type {
  Invoice,
  InvoiceBuyer,
  InvoiceItemsTable,
  InvoiceSeller,
  Locale,
  VatTreatment,
} from "../db/schema.ts";
import { formatDate, type MessageKey, translator } from "../i18n/mod.ts";
import type { CreditNoteDocument } from "./credit_notes.ts";
import { SELLER_TIME_ZONE, sellerDate } from "./invoices.ts";

/** UNTDID 1001: commercial invoice or credit note. */
export type EDocumentType = "380" | "381";

/** One line; amounts in cents, positive (a credit note says its sign by its type). */
export interface EDocumentLine {
  description: string;
  quantity: number;
  unitPriceCents: number;
  netCents: number;
}

/** What an e-invoice says, whatever the syntax and whichever document it is. */
export interface EDocument {
  typeCode: EDocumentType;
  number: string;
  /** Dates as YYYY-MM-DD, the seller's calendar. */
  issuedOn: string;
  /** Due date (BT-9); none for a credit note. */
  dueOn: string | null;
  suppliedOn: string;
  currency: string;
  locale: Locale;
  seller: InvoiceSeller;
  buyer: InvoiceBuyer;
  /** Canonical; set exactly for reverse charge. */
  buyerVatId: string | null;
  treatment: VatTreatment;
  rateBasisPoints: number;
  lines: EDocumentLine[];
  netCents: number;
  taxCents: number;
  totalCents: number;
  /** Payment terms as the PDF words them (BT-20). */
  paymentTerms: string;
  /** The invoice a credit note corrects (BT-25, BT-26). */
  preceding: { number: string; issuedOn: string } | null;
  /** Free text (BT-22): a credit note's reason. */
  note: string | null;
}

/** The note explaining why no VAT is charged, per treatment (PDF and e-invoice). */
export const VAT_NOTES: Partial<Record<VatTreatment, MessageKey>> = {
  small_business: "billing.note.small_business",
  reverse_charge: "billing.note.reverse_charge",
  export: "billing.note.export",
};

/** Guideline (BT-24) of Factur-X / ZUGFeRD profile EN 16931. */
export const EN16931_GUIDELINE = "urn:cen.eu:en16931:2017";
/** Guideline (BT-24) of XRechnung 3.0, the German CIUS of EN 16931. */
export const XRECHNUNG_GUIDELINE =
  "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0";

/**
 * The guideline a stand-alone XML claims: XRechnung for an invoice that
 * has what XRechnung adds to EN 16931 for us (the buyer reference BT-10,
 * the Leitweg-ID of public buyers, and a seller phone, BR-DE-15 and
 * BR-DE-6), else plain EN 16931. A credit note stays EN 16931: it names
 * no payment instructions (BG-16), which XRechnung requires (BR-DE-1).
 */
export function standaloneGuideline(document: EDocument): string {
  return document.typeCode === "380" && document.buyer.reference &&
      document.seller.phone
    ? XRECHNUNG_GUIDELINE
    : EN16931_GUIDELINE;
}

type Item = Selectable<InvoiceItemsTable>;

/** An issued invoice and its items as a neutral e-invoice document. */
export function invoiceEDocument(invoice: Invoice, items: Item[]): EDocument {
  const t = translator(invoice.locale);
  return {
    typeCode: "380",
    number: invoice.number,
    issuedOn: sellerDate(invoice.issued_at),
    dueOn: sellerDate(invoice.due_at),
    suppliedOn: invoice.supplied_on.toISOString().slice(0, 10),
    currency: invoice.currency,
    locale: invoice.locale,
    seller: invoice.seller,
    buyer: invoice.buyer,
    buyerVatId: invoice.buyer_vat_id,
    treatment: invoice.vat_treatment,
    rateBasisPoints: invoice.tax_rate_basis_points,
    lines: items.map((item) => ({
      description: item.description,
      quantity: item.quantity,
      unitPriceCents: item.unit_price_cents,
      netCents: item.total_cents,
    })),
    netCents: invoice.subtotal_cents,
    taxCents: invoice.tax_cents,
    totalCents: invoice.total_cents,
    paymentTerms: t("billing.invoice.terms", {
      date: formatDate(invoice.locale, invoice.due_at, SELLER_TIME_ZONE),
    }),
    preceding: null,
    note: null,
  };
}

/**
 * A credit note as a neutral e-invoice document: type 381 with its
 * amounts as positive numbers (the type says they are credited), the
 * parties, treatment and date of supply of the invoice it corrects, which
 * it names (BT-25), and its reason as a note.
 */
export function creditNoteEDocument(
  { creditNote, items, invoice }: CreditNoteDocument,
): EDocument {
  return {
    ...invoiceEDocument(invoice, []),
    typeCode: "381",
    number: creditNote.number,
    issuedOn: sellerDate(creditNote.issued_at),
    dueOn: null,
    currency: creditNote.currency,
    locale: creditNote.locale,
    treatment: creditNote.vat_treatment,
    rateBasisPoints: creditNote.tax_rate_basis_points,
    lines: items.map((item) => ({
      description: item.description,
      quantity: item.quantity,
      unitPriceCents: -item.unit_price_cents,
      netCents: -item.total_cents,
    })),
    netCents: -creditNote.subtotal_cents,
    taxCents: -creditNote.tax_cents,
    totalCents: -creditNote.total_cents,
    paymentTerms: translator(creditNote.locale)(
      "billing.creditNote.refundNote",
    ),
    preceding: {
      number: invoice.number,
      issuedOn: sellerDate(invoice.issued_at),
    },
    note: creditNote.reason,
  };
}

/** How the document's VAT is categorised (module comment). */
interface TaxCategory {
  code: "S" | "E" | "AE" | "O";
  /** Percent as written, e.g. "19" or "25.5"; null where the rules forbid one (O). */
  percent: string | null;
  exemptionCode: string | null;
  exemptionReason: string | null;
}

function taxCategory(document: EDocument): TaxCategory {
  const note = VAT_NOTES[document.treatment];
  const exemptionReason = note ? translator(document.locale)(note) : null;
  switch (document.treatment) {
    case "domestic":
    case "oss":
      return {
        code: "S",
        percent: String(document.rateBasisPoints / 100),
        exemptionCode: null,
        exemptionReason: null,
      };
    case "small_business":
      return { code: "E", percent: "0", exemptionCode: null, exemptionReason };
    case "reverse_charge":
      return {
        code: "AE",
        percent: "0",
        exemptionCode: "VATEX-EU-AE",
        exemptionReason,
      };
    case "export":
      return {
        code: "O",
        percent: null,
        exemptionCode: "VATEX-EU-O",
        exemptionReason,
      };
  }
}

/** The parties' identifiers the rules allow for this category. */
function identifiers(document: EDocument, category: TaxCategory) {
  const { seller } = document;
  // BR-O-02: "not subject to VAT" names no VAT ID of either party.
  const sellerVatId = category.code === "O" ? "" : seller.vatId;
  const legalId = seller.registerNumber;
  return {
    sellerVatId,
    sellerTaxNumber: seller.taxNumber,
    buyerVatId: category.code === "O" ? null : document.buyerVatId,
    legalId,
    // BR-CO-26: a seller identifier when neither VAT ID nor register number is given.
    sellerId: sellerVatId || legalId ? "" : seller.taxNumber || seller.vatId,
  };
}

/** Register court and number, managing director: §35a GmbHG on every invoice (BT-22, "REG"). */
function registrationNote(seller: InvoiceSeller): string {
  return [
    `${seller.registerCourt} ${seller.registerNumber}`.trim(),
    seller.managingDirector,
  ].filter(Boolean).join(", ");
}

/** The address fields seller and buyer share. */
type PostalAddress = Pick<
  InvoiceSeller,
  "street" | "postalCode" | "city" | "country"
>;

/** Cents as an EN 16931 amount: two decimals, a point. */
function amount(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${
    String(abs % 100).padStart(2, "0")
  }`;
}

/** YYYY-MM-DD as CII's format 102 (YYYYMMDD). */
function date102(date: string): string {
  return date.replaceAll("-", "");
}

/** An element's content; absent (undefined) when empty, so the builder omits it. */
type Content = Record<string, unknown> | string | unknown[] | undefined;

function when<T extends Content>(
  condition: unknown,
  content: T,
): T | undefined {
  return condition ? content : undefined;
}

/** Characters XML 1.0 cannot carry (controls other than tab and line ends, U+FFFE/F). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML cannot carry (xmlbuilder2 would write them). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

/**
 * Drops `undefined` members (xmlbuilder2 would write them as empty
 * elements) and what XML cannot carry from every text.
 */
function prune(value: unknown): unknown {
  if (typeof value === "string") return xmlSafe(value);
  if (Array.isArray(value)) return value.map(prune);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).filter(([, v]) => v !== undefined).map((
        [k, v],
      ) => [k, prune(v)]),
    );
  }
  return value;
}

/**
 * The tree as indented XML. xmlbuilder2 is loaded with the first
 * e-invoice, not at start-up: evaluating it is a tenth of a cold start.
 */
async function serialise(root: Record<string, unknown>): Promise<string> {
  const { create } = await import("xmlbuilder2");
  return create({ version: "1.0", encoding: "UTF-8" }, prune(root) as object)
    .end({ prettyPrint: true });
}

const CII_NS = {
  "@xmlns:rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
  "@xmlns:ram":
    "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
  "@xmlns:qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
  "@xmlns:udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
};

const ciiDate = (date: string) => ({
  "udt:DateTimeString": { "@format": "102", "#": date102(date) },
});

/**
 * The document as UN/CEFACT CII (D16B, as EN 16931 binds it), claiming
 * `guideline` (BT-24): `EN16931_GUIDELINE` inside Factur-X,
 * `standaloneGuideline(document)` on its own.
 */
export async function buildCii(
  document: EDocument,
  guideline: string,
): Promise<string> {
  const { seller, buyer } = document;
  const category = taxCategory(document);
  const ids = identifiers(document, category);
  const registration = registrationNote(seller);
  const lineTax = {
    "ram:TypeCode": "VAT",
    "ram:CategoryCode": category.code,
    "ram:RateApplicablePercent": category.percent ?? undefined,
  };
  const email = (address: string) => ({
    "ram:URIID": { "@schemeID": "EM", "#": address },
  });
  const address = (party: PostalAddress) => ({
    "ram:PostcodeCode": party.postalCode,
    "ram:LineOne": party.street,
    "ram:CityName": party.city,
    "ram:CountryID": party.country,
  });
  const taxRegistration = (id: string, scheme: "VA" | "FC") =>
    when(id, { "ram:ID": { "@schemeID": scheme, "#": id } });
  return await serialise({
    "rsm:CrossIndustryInvoice": {
      ...CII_NS,
      "rsm:ExchangedDocumentContext": {
        "ram:GuidelineSpecifiedDocumentContextParameter": {
          "ram:ID": guideline,
        },
      },
      "rsm:ExchangedDocument": {
        "ram:ID": document.number,
        "ram:TypeCode": document.typeCode,
        "ram:IssueDateTime": ciiDate(document.issuedOn),
        "ram:IncludedNote": [
          when(document.note, { "ram:Content": document.note }),
          when(registration, {
            "ram:Content": registration,
            "ram:SubjectCode": "REG",
          }),
        ].filter(Boolean),
      },
      "rsm:SupplyChainTradeTransaction": {
        "ram:IncludedSupplyChainTradeLineItem": document.lines.map((
          line,
          index,
        ) => ({
          "ram:AssociatedDocumentLineDocument": {
            "ram:LineID": String(index + 1),
          },
          "ram:SpecifiedTradeProduct": { "ram:Name": line.description },
          "ram:SpecifiedLineTradeAgreement": {
            "ram:NetPriceProductTradePrice": {
              "ram:ChargeAmount": amount(line.unitPriceCents),
            },
          },
          "ram:SpecifiedLineTradeDelivery": {
            "ram:BilledQuantity": {
              "@unitCode": "C62",
              "#": String(line.quantity),
            },
          },
          "ram:SpecifiedLineTradeSettlement": {
            "ram:ApplicableTradeTax": lineTax,
            "ram:SpecifiedTradeSettlementLineMonetarySummation": {
              "ram:LineTotalAmount": amount(line.netCents),
            },
          },
        })),
        "ram:ApplicableHeaderTradeAgreement": {
          "ram:BuyerReference": buyer.reference ?? undefined,
          "ram:SellerTradeParty": {
            "ram:ID": when(ids.sellerId, ids.sellerId),
            "ram:Name": seller.legalName,
            "ram:SpecifiedLegalOrganization": when(ids.legalId, {
              "ram:ID": ids.legalId,
            }),
            "ram:DefinedTradeContact": {
              "ram:PersonName": seller.managingDirector || seller.legalName,
              "ram:TelephoneUniversalCommunication": when(seller.phone, {
                "ram:CompleteNumber": seller.phone,
              }),
              "ram:EmailURIUniversalCommunication": {
                "ram:URIID": seller.email,
              },
            },
            "ram:PostalTradeAddress": address(seller),
            "ram:URIUniversalCommunication": email(seller.email),
            "ram:SpecifiedTaxRegistration": [
              taxRegistration(ids.sellerVatId, "VA"),
              taxRegistration(ids.sellerTaxNumber, "FC"),
            ].filter(Boolean),
          },
          "ram:BuyerTradeParty": {
            "ram:Name": buyer.company || buyer.name,
            "ram:DefinedTradeContact": when(buyer.company, {
              "ram:PersonName": buyer.name,
            }),
            "ram:PostalTradeAddress": address(buyer),
            "ram:URIUniversalCommunication": email(buyer.email),
            "ram:SpecifiedTaxRegistration": when(
              ids.buyerVatId,
              taxRegistration(ids.buyerVatId ?? "", "VA"),
            ),
          },
        },
        "ram:ApplicableHeaderTradeDelivery": {
          "ram:ActualDeliverySupplyChainEvent": {
            "ram:OccurrenceDateTime": ciiDate(document.suppliedOn),
          },
        },
        "ram:ApplicableHeaderTradeSettlement": {
          "ram:PaymentReference": when(
            document.typeCode === "380",
            document.number,
          ),
          "ram:InvoiceCurrencyCode": document.currency,
          // A credit note is paid back to the buyer: no account of ours to name.
          "ram:SpecifiedTradeSettlementPaymentMeans": when(
            document.typeCode === "380",
            {
              "ram:TypeCode": "58",
              "ram:PayeePartyCreditorFinancialAccount": {
                "ram:IBANID": seller.iban,
                "ram:AccountName": seller.legalName,
              },
              "ram:PayeeSpecifiedCreditorFinancialInstitution": when(
                seller.bic,
                { "ram:BICID": seller.bic },
              ),
            },
          ),
          "ram:ApplicableTradeTax": {
            "ram:CalculatedAmount": amount(document.taxCents),
            "ram:TypeCode": "VAT",
            "ram:ExemptionReason": category.exemptionReason ?? undefined,
            "ram:BasisAmount": amount(document.netCents),
            "ram:CategoryCode": category.code,
            "ram:ExemptionReasonCode": category.exemptionCode ?? undefined,
            "ram:RateApplicablePercent": category.percent ?? undefined,
          },
          "ram:SpecifiedTradePaymentTerms": {
            "ram:Description": document.paymentTerms,
            "ram:DueDateDateTime": when(
              document.dueOn,
              ciiDate(document.dueOn ?? ""),
            ),
          },
          "ram:SpecifiedTradeSettlementHeaderMonetarySummation": {
            "ram:LineTotalAmount": amount(
              document.lines.reduce((sum, line) => sum + line.netCents, 0),
            ),
            "ram:TaxBasisTotalAmount": amount(document.netCents),
            "ram:TaxTotalAmount": {
              "@currencyID": document.currency,
              "#": amount(document.taxCents),
            },
            "ram:GrandTotalAmount": amount(document.totalCents),
            "ram:DuePayableAmount": amount(document.totalCents),
          },
          "ram:InvoiceReferencedDocument": when(document.preceding, {
            "ram:IssuerAssignedID": document.preceding?.number,
            "ram:FormattedIssueDateTime": {
              "qdt:DateTimeString": {
                "@format": "102",
                "#": date102(document.preceding?.issuedOn ?? ""),
              },
            },
          }),
        },
      },
    },
  });
}

const UBL_NS = {
  "@xmlns:cac":
    "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "@xmlns:cbc":
    "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
};

/**
 * The document as a UBL 2.1 Invoice (380) or CreditNote (381), claiming
 * `standaloneGuideline(document)` (BT-24).
 */
export async function buildUbl(document: EDocument): Promise<string> {
  const { seller, buyer, currency } = document;
  const invoice = document.typeCode === "380";
  const category = taxCategory(document);
  const ids = identifiers(document, category);
  const registration = registrationNote(seller);
  const money = (cents: number) => ({
    "@currencyID": currency,
    "#": amount(cents),
  });
  const vatScheme = { "cac:TaxScheme": { "cbc:ID": "VAT" } };
  const categoryOf = {
    "cbc:ID": category.code,
    "cbc:Percent": category.percent ?? undefined,
  };
  const address = (party: PostalAddress) => ({
    "cbc:StreetName": party.street,
    "cbc:CityName": party.city,
    "cbc:PostalZone": party.postalCode,
    "cac:Country": { "cbc:IdentificationCode": party.country },
  });
  const taxScheme = (id: string, scheme: string) =>
    when(id, {
      "cbc:CompanyID": id,
      "cac:TaxScheme": { "cbc:ID": scheme },
    });
  const root = invoice ? "Invoice" : "CreditNote";
  return await serialise({
    [root]: {
      "@xmlns": `urn:oasis:names:specification:ubl:schema:xsd:${root}-2`,
      ...UBL_NS,
      "cbc:CustomizationID": standaloneGuideline(document),
      "cbc:ID": document.number,
      "cbc:IssueDate": document.issuedOn,
      "cbc:DueDate": when(invoice && document.dueOn, document.dueOn ?? ""),
      [invoice ? "cbc:InvoiceTypeCode" : "cbc:CreditNoteTypeCode"]:
        document.typeCode,
      "cbc:Note": [document.note, registration].filter(Boolean),
      "cbc:DocumentCurrencyCode": currency,
      "cbc:BuyerReference": buyer.reference ?? undefined,
      "cac:BillingReference": when(document.preceding, {
        "cac:InvoiceDocumentReference": {
          "cbc:ID": document.preceding?.number,
          "cbc:IssueDate": document.preceding?.issuedOn,
        },
      }),
      "cac:AccountingSupplierParty": {
        "cac:Party": {
          "cbc:EndpointID": { "@schemeID": "EM", "#": seller.email },
          "cac:PartyIdentification": when(ids.sellerId, {
            "cbc:ID": ids.sellerId,
          }),
          "cac:PostalAddress": address(seller),
          "cac:PartyTaxScheme": [
            taxScheme(ids.sellerVatId, "VAT"),
            taxScheme(ids.sellerTaxNumber, "FC"),
          ].filter(Boolean),
          "cac:PartyLegalEntity": {
            "cbc:RegistrationName": seller.legalName,
            "cbc:CompanyID": when(ids.legalId, ids.legalId),
          },
          "cac:Contact": {
            "cbc:Name": seller.managingDirector || seller.legalName,
            "cbc:Telephone": when(seller.phone, seller.phone),
            "cbc:ElectronicMail": seller.email,
          },
        },
      },
      "cac:AccountingCustomerParty": {
        "cac:Party": {
          "cbc:EndpointID": { "@schemeID": "EM", "#": buyer.email },
          "cac:PostalAddress": address(buyer),
          "cac:PartyTaxScheme": taxScheme(ids.buyerVatId ?? "", "VAT"),
          "cac:PartyLegalEntity": {
            "cbc:RegistrationName": buyer.company || buyer.name,
          },
          "cac:Contact": when(buyer.company, { "cbc:Name": buyer.name }),
        },
      },
      "cac:Delivery": { "cbc:ActualDeliveryDate": document.suppliedOn },
      "cac:PaymentMeans": when(invoice, {
        "cbc:PaymentMeansCode": "58",
        "cbc:PaymentID": document.number,
        "cac:PayeeFinancialAccount": {
          "cbc:ID": seller.iban,
          "cbc:Name": seller.legalName,
          "cac:FinancialInstitutionBranch": when(seller.bic, {
            "cbc:ID": seller.bic,
          }),
        },
      }),
      "cac:PaymentTerms": { "cbc:Note": document.paymentTerms },
      "cac:TaxTotal": {
        "cbc:TaxAmount": money(document.taxCents),
        "cac:TaxSubtotal": {
          "cbc:TaxableAmount": money(document.netCents),
          "cbc:TaxAmount": money(document.taxCents),
          "cac:TaxCategory": {
            ...categoryOf,
            "cbc:TaxExemptionReasonCode": category.exemptionCode ?? undefined,
            "cbc:TaxExemptionReason": category.exemptionReason ?? undefined,
            ...vatScheme,
          },
        },
      },
      "cac:LegalMonetaryTotal": {
        "cbc:LineExtensionAmount": money(
          document.lines.reduce((sum, line) => sum + line.netCents, 0),
        ),
        "cbc:TaxExclusiveAmount": money(document.netCents),
        "cbc:TaxInclusiveAmount": money(document.totalCents),
        "cbc:PayableAmount": money(document.totalCents),
      },
      [invoice ? "cac:InvoiceLine" : "cac:CreditNoteLine"]: document.lines.map(
        (line, index) => ({
          "cbc:ID": String(index + 1),
          [invoice ? "cbc:InvoicedQuantity" : "cbc:CreditedQuantity"]: {
            "@unitCode": "C62",
            "#": String(line.quantity),
          },
          "cbc:LineExtensionAmount": money(line.netCents),
          "cac:Item": {
            "cbc:Name": line.description,
            "cac:ClassifiedTaxCategory": { ...categoryOf, ...vatScheme },
          },
          "cac:Price": { "cbc:PriceAmount": money(line.unitPriceCents) },
        }),
      ),
    },
  });
}
