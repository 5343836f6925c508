import { defineMessages } from "../define.ts";

/** Invoicing and VAT: seller settings, VAT IDs, invoice texts. */
export default defineMessages({
  "billing.invoice.downloadPdf": {
    en: "Download PDF",
    de: "PDF herunterladen",
  },
  "billing.invoice.downloadXml": {
    en: "E-invoice (XRechnung XML)",
    de: "E-Rechnung (XRechnung-XML)",
  },
  "billing.creditNote.downloadXml": {
    en: "E-invoice (EN 16931 XML)",
    de: "E-Rechnung (EN-16931-XML)",
  },
  "billing.invoice.buyerReferenceLabel": {
    en: "Your reference",
    de: "Ihre Referenz",
  },
  "billing.invoice.date": { en: "Invoice date", de: "Rechnungsdatum" },
  "billing.invoice.supplied": { en: "Date of supply", de: "Leistungsdatum" },
  "billing.invoice.suppliedOnIssue": {
    en: "equals invoice date",
    de: "entspricht Rechnungsdatum",
  },
  "billing.invoice.buyerVatId": {
    en: "VAT ID: {vatId}",
    de: "USt-IdNr.: {vatId}",
  },
  "billing.invoice.buyerReference": {
    en: "Your reference: {reference}",
    de: "Ihre Referenz: {reference}",
  },
  "billing.invoice.net": { en: "Net amount", de: "Nettobetrag" },
  "billing.invoice.terms": {
    en: "Payable without deduction by {date}.",
    de: "Zahlbar ohne Abzug bis {date}.",
  },
  "shop.field.vatId": {
    en: "VAT ID (businesses in the EU)",
    de: "USt-IdNr. (Unternehmen in der EU)",
  },
  "shop.field.vatIdHint": {
    en:
      "With a valid EU VAT ID outside Germany you are invoiced without VAT (reverse charge).",
    de:
      "Mit gültiger USt-IdNr. eines anderen EU-Landes erhalten Sie die Rechnung ohne Umsatzsteuer (Reverse Charge).",
  },
  "shop.field.buyerReference": {
    en: "Your reference or Leitweg-ID (optional)",
    de: "Ihre Referenz oder Leitweg-ID (optional)",
  },
  "shop.field.buyerReferenceHint": {
    en: "Printed on the invoice and the e-invoice, e.g. for public buyers.",
    de:
      "Steht auf der Rechnung und der E-Rechnung, z. B. für öffentliche Auftraggeber.",
  },
  "billing.note.small_business": {
    en: "No VAT is charged: small business under §19 UStG.",
    de: "Gemäß §19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmer).",
  },
  "billing.note.reverse_charge": {
    en: "Steuerschuldnerschaft des Leistungsempfängers / Reverse charge",
    de: "Steuerschuldnerschaft des Leistungsempfängers / Reverse charge",
  },
  "billing.note.export": {
    en: "Not taxable in Germany (place of supply abroad, §3a UStG).",
    de:
      "Nicht im Inland steuerbare Leistung (Leistungsort im Ausland, §3a UStG).",
  },
  "billing.vatId.notEu": {
    en: "A VAT ID is only used for EU countries.",
    de: "Eine USt-IdNr. gibt es nur für EU-Länder.",
  },
  "billing.vatId.otherCountry": {
    en: "This VAT ID belongs to another country.",
    de: "Diese USt-IdNr. gehört zu einem anderen Land.",
  },
  "billing.vatId.format": {
    en: "This is not a VAT ID in the format of the country chosen.",
    de: "Das ist keine USt-IdNr. im Format des gewählten Landes.",
  },
  "billing.country.unknown": {
    en: "Choose a country from the list.",
    de: "Wählen Sie ein Land aus der Liste.",
  },
  "billing.seller.incomplete": {
    en:
      "Paid orders are not possible right now: the shop's invoicing details are incomplete. Please contact us.",
    de:
      "Kostenpflichtige Bestellungen sind gerade nicht möglich: Die Rechnungsangaben des Shops sind unvollständig. Bitte kontaktieren Sie uns.",
  },
  "billing.seller.taxNumberFormat": {
    en: "A tax number has 10 to 13 digits (slashes and spaces allowed).",
    de:
      "Eine Steuernummer hat 10 bis 13 Ziffern (Schrägstriche und Leerzeichen erlaubt).",
  },
  "billing.seller.ibanInvalid": {
    en: "This IBAN is not valid (check the digits).",
    de: "Diese IBAN ist nicht gültig (prüfen Sie die Ziffern).",
  },
  "billing.seller.bicInvalid": {
    en: "A BIC has 8 or 11 letters and digits.",
    de: "Eine BIC hat 8 oder 11 Buchstaben und Ziffern.",
  },
  "billing.settings.title": { en: "Business", de: "Unternehmen" },
  "billing.settings.intro": {
    en:
      "Your legal identity as it appears on every invoice. Invoices are issued only once the required fields are set; an issued invoice keeps what was set at the time.",
    de:
      "Ihre rechtlichen Angaben, wie sie auf jeder Rechnung stehen. Rechnungen werden erst ausgestellt, wenn die Pflichtfelder gesetzt sind; eine ausgestellte Rechnung behält die Angaben ihres Ausstellungstages.",
  },
  "billing.settings.saved": {
    en: "Business settings saved.",
    de: "Unternehmensangaben gespeichert.",
  },
  "billing.settings.identity": { en: "Company", de: "Unternehmen" },
  "billing.settings.tax": { en: "Tax", de: "Steuern" },
  "billing.settings.taxIntro": {
    en:
      "Either the VAT ID or the tax number is required. Ask your tax adviser about the two options below before you change them.",
    de:
      "USt-IdNr. oder Steuernummer ist Pflicht. Klären Sie die beiden Optionen unten mit Ihrer Steuerberatung, bevor Sie sie ändern.",
  },
  "billing.settings.bank": { en: "Bank account", de: "Bankverbindung" },
  "billing.settings.invoice": { en: "Invoice", de: "Rechnung" },
  "billing.field.legalName": { en: "Legal name", de: "Firmenname" },
  "billing.field.street": {
    en: "Street and number",
    de: "Straße und Hausnummer",
  },
  "billing.field.postalCode": { en: "Postal code", de: "Postleitzahl" },
  "billing.field.city": { en: "City", de: "Ort" },
  "billing.field.country": { en: "Country", de: "Land" },
  "billing.field.countryHint": {
    en: "Only sellers established in Germany.",
    de: "Nur Unternehmen mit Sitz in Deutschland.",
  },
  "billing.field.vatId": { en: "VAT ID (USt-IdNr.)", de: "USt-IdNr." },
  "billing.field.taxNumber": {
    en: "Tax number (Steuernummer)",
    de: "Steuernummer",
  },
  "billing.field.taxId": {
    en: "VAT ID or tax number",
    de: "USt-IdNr. oder Steuernummer",
  },
  "billing.field.registerCourt": {
    en: "Register court",
    de: "Registergericht",
  },
  "billing.field.registerNumber": {
    en: "Register number",
    de: "Registernummer",
  },
  "billing.field.managingDirector": {
    en: "Managing director",
    de: "Geschäftsführung",
  },
  "billing.field.email": { en: "Contact email", de: "Kontakt-E-Mail" },
  "billing.field.phone": { en: "Contact phone", de: "Kontakttelefon" },
  "billing.field.iban": { en: "IBAN", de: "IBAN" },
  "billing.field.bic": { en: "BIC", de: "BIC" },
  "billing.field.bankName": { en: "Bank", de: "Bank" },
  "billing.field.invoiceFooter": {
    en: "Invoice footer",
    de: "Rechnungsfußzeile",
  },
  "billing.field.invoiceFooterHint": {
    en: "Printed at the foot of every invoice.",
    de: "Steht am Fuß jeder Rechnung.",
  },
  "billing.settings.language": { en: "Language", de: "Sprache" },
  "billing.field.defaultLocale": {
    en: "Language of the business",
    de: "Sprache des Unternehmens",
  },
  "billing.field.defaultLocaleHint": {
    en:
      "Pages are shown in it to visitors whose browser asks for neither English nor German.",
    de:
      "Darin sehen Besucher die Seiten, deren Browser weder Deutsch noch Englisch anfragt.",
  },
  "billing.locale.en": { en: "English", de: "Englisch" },
  "billing.locale.de": { en: "German", de: "Deutsch" },
  "billing.field.smallBusiness": {
    en: "Small business under §19 UStG (no VAT)",
    de: "Kleinunternehmer nach §19 UStG (keine USt)",
  },
  "billing.field.smallBusinessHint": {
    en: "Invoices then charge no VAT and carry the §19 note.",
    de:
      "Rechnungen weisen dann keine Umsatzsteuer aus und tragen den Hinweis nach §19.",
  },
  "billing.field.belowOssThreshold": {
    en: "EU distance sales below €10,000 a year, not using OSS",
    de: "EU-Fernverkäufe unter 10.000 € im Jahr, kein OSS",
  },
  "billing.field.belowOssThresholdHint": {
    en:
      "EU consumers are then charged German VAT instead of their country's rate.",
    de:
      "Verbraucher in der EU zahlen dann deutsche Umsatzsteuer statt des Satzes ihres Landes.",
  },
  "billing.dashboard.incomplete": {
    en:
      "No invoice can be issued, so paid orders are refused: the business settings lack {fields}.",
    de:
      "Es können keine Rechnungen ausgestellt werden, daher werden kostenpflichtige Bestellungen abgelehnt: In den Unternehmensangaben fehlt {fields}.",
  },
  "billing.dashboard.complete": {
    en: "Complete the business settings",
    de: "Unternehmensangaben vervollständigen",
  },
});
