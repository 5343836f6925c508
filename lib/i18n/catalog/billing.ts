import { defineMessages } from "../define.ts";

/** Invoicing and VAT: seller settings, VAT IDs, invoice texts. */
export default defineMessages({
  "billing.invoice.date": "Invoice date",
  "billing.invoice.supplied": "Date of supply",
  "billing.invoice.suppliedOnIssue": "equals invoice date",
  "billing.invoice.buyerVatId": "VAT ID: {vatId}",
  "billing.invoice.buyerReference": "Your reference: {reference}",
  "billing.invoice.net": "Net amount",
  "billing.invoice.terms": "Payable without deduction by {date}.",
  "shop.field.vatId": "VAT ID (businesses in the EU)",
  "shop.field.vatIdHint":
    "With a valid EU VAT ID outside Germany you are invoiced without VAT (reverse charge).",
  "shop.field.buyerReference": "Your reference or Leitweg-ID (optional)",
  "shop.field.buyerReferenceHint":
    "Printed on the invoice and the e-invoice, e.g. for public buyers.",
  "billing.note.small_business":
    "No VAT is charged: small business under §19 UStG.",
  "billing.note.reverse_charge":
    "Steuerschuldnerschaft des Leistungsempfängers / Reverse charge",
  "billing.note.export":
    "Not taxable in Germany (place of supply abroad, §3a UStG).",
  "billing.vatId.notEu": "A VAT ID is only used for EU countries.",
  "billing.vatId.otherCountry": "This VAT ID belongs to another country.",
  "billing.vatId.format":
    "This is not a VAT ID in the format of the country chosen.",
  "billing.country.unknown": "Choose a country from the list.",
  "billing.seller.incomplete":
    "Paid orders are not possible right now: the shop's invoicing details are incomplete. Please contact us.",
  "billing.seller.taxNumberFormat":
    "A tax number has 10 to 13 digits (slashes and spaces allowed).",
  "billing.seller.ibanInvalid": "This IBAN is not valid (check the digits).",
  "billing.seller.bicInvalid": "A BIC has 8 or 11 letters and digits.",
  "billing.settings.title": "Business",
  "billing.settings.intro":
    "Your legal identity as it appears on every invoice. Invoices are issued only once the required fields are set; an issued invoice keeps what was set at the time.",
  "billing.settings.saved": "Business settings saved.",
  "billing.settings.identity": "Company",
  "billing.settings.tax": "Tax",
  "billing.settings.taxIntro":
    "Either the VAT ID or the tax number is required. Ask your tax adviser about the two options below before you change them.",
  "billing.settings.bank": "Bank account",
  "billing.settings.invoice": "Invoice",
  "billing.field.legalName": "Legal name",
  "billing.field.street": "Street and number",
  "billing.field.postalCode": "Postal code",
  "billing.field.city": "City",
  "billing.field.country": "Country",
  "billing.field.countryHint": "Only sellers established in Germany.",
  "billing.field.vatId": "VAT ID (USt-IdNr.)",
  "billing.field.taxNumber": "Tax number (Steuernummer)",
  "billing.field.taxId": "VAT ID or tax number",
  "billing.field.registerCourt": "Register court",
  "billing.field.registerNumber": "Register number",
  "billing.field.managingDirector": "Managing director",
  "billing.field.email": "Contact email",
  "billing.field.phone": "Contact phone",
  "billing.field.iban": "IBAN",
  "billing.field.bic": "BIC",
  "billing.field.bankName": "Bank",
  "billing.field.invoiceFooter": "Invoice footer",
  "billing.field.invoiceFooterHint": "Printed at the foot of every invoice.",
  "billing.field.smallBusiness": "Small business under §19 UStG (no VAT)",
  "billing.field.smallBusinessHint":
    "Invoices then charge no VAT and carry the §19 note.",
  "billing.field.belowOssThreshold":
    "EU distance sales below €10,000 a year, not using OSS",
  "billing.field.belowOssThresholdHint":
    "EU consumers are then charged German VAT instead of their country's rate.",
  "billing.dashboard.incomplete":
    "No invoice can be issued, so paid orders are refused: the business settings lack {fields}.",
  "billing.dashboard.complete": "Complete the business settings",
}, {
  "billing.invoice.date": "Rechnungsdatum",
  "billing.invoice.supplied": "Leistungsdatum",
  "billing.invoice.suppliedOnIssue": "entspricht Rechnungsdatum",
  "billing.invoice.buyerVatId": "USt-IdNr.: {vatId}",
  "billing.invoice.buyerReference": "Ihre Referenz: {reference}",
  "billing.invoice.net": "Nettobetrag",
  "billing.invoice.terms": "Zahlbar ohne Abzug bis {date}.",
  "shop.field.vatId": "USt-IdNr. (Unternehmen in der EU)",
  "shop.field.vatIdHint":
    "Mit gültiger USt-IdNr. eines anderen EU-Landes erhalten Sie die Rechnung ohne Umsatzsteuer (Reverse Charge).",
  "shop.field.buyerReference": "Ihre Referenz oder Leitweg-ID (optional)",
  "shop.field.buyerReferenceHint":
    "Steht auf der Rechnung und der E-Rechnung, z. B. für öffentliche Auftraggeber.",
  "billing.note.small_business":
    "Gemäß §19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmer).",
  "billing.note.reverse_charge":
    "Steuerschuldnerschaft des Leistungsempfängers / Reverse charge",
  "billing.note.export":
    "Nicht im Inland steuerbare Leistung (Leistungsort im Ausland, §3a UStG).",
  "billing.vatId.notEu": "Eine USt-IdNr. gibt es nur für EU-Länder.",
  "billing.vatId.otherCountry": "Diese USt-IdNr. gehört zu einem anderen Land.",
  "billing.vatId.format":
    "Das ist keine USt-IdNr. im Format des gewählten Landes.",
  "billing.country.unknown": "Wählen Sie ein Land aus der Liste.",
  "billing.seller.incomplete":
    "Kostenpflichtige Bestellungen sind gerade nicht möglich: Die Rechnungsangaben des Shops sind unvollständig. Bitte kontaktieren Sie uns.",
  "billing.seller.taxNumberFormat":
    "Eine Steuernummer hat 10 bis 13 Ziffern (Schrägstriche und Leerzeichen erlaubt).",
  "billing.seller.ibanInvalid":
    "Diese IBAN ist nicht gültig (prüfen Sie die Ziffern).",
  "billing.seller.bicInvalid": "Eine BIC hat 8 oder 11 Buchstaben und Ziffern.",
  "billing.settings.title": "Unternehmen",
  "billing.settings.intro":
    "Ihre rechtlichen Angaben, wie sie auf jeder Rechnung stehen. Rechnungen werden erst ausgestellt, wenn die Pflichtfelder gesetzt sind; eine ausgestellte Rechnung behält die Angaben ihres Ausstellungstages.",
  "billing.settings.saved": "Unternehmensangaben gespeichert.",
  "billing.settings.identity": "Unternehmen",
  "billing.settings.tax": "Steuern",
  "billing.settings.taxIntro":
    "USt-IdNr. oder Steuernummer ist Pflicht. Klären Sie die beiden Optionen unten mit Ihrer Steuerberatung, bevor Sie sie ändern.",
  "billing.settings.bank": "Bankverbindung",
  "billing.settings.invoice": "Rechnung",
  "billing.field.legalName": "Firmenname",
  "billing.field.street": "Straße und Hausnummer",
  "billing.field.postalCode": "Postleitzahl",
  "billing.field.city": "Ort",
  "billing.field.country": "Land",
  "billing.field.countryHint": "Nur Unternehmen mit Sitz in Deutschland.",
  "billing.field.vatId": "USt-IdNr.",
  "billing.field.taxNumber": "Steuernummer",
  "billing.field.taxId": "USt-IdNr. oder Steuernummer",
  "billing.field.registerCourt": "Registergericht",
  "billing.field.registerNumber": "Registernummer",
  "billing.field.managingDirector": "Geschäftsführung",
  "billing.field.email": "Kontakt-E-Mail",
  "billing.field.phone": "Kontakttelefon",
  "billing.field.iban": "IBAN",
  "billing.field.bic": "BIC",
  "billing.field.bankName": "Bank",
  "billing.field.invoiceFooter": "Rechnungsfußzeile",
  "billing.field.invoiceFooterHint": "Steht am Fuß jeder Rechnung.",
  "billing.field.smallBusiness": "Kleinunternehmer nach §19 UStG (keine USt)",
  "billing.field.smallBusinessHint":
    "Rechnungen weisen dann keine Umsatzsteuer aus und tragen den Hinweis nach §19.",
  "billing.field.belowOssThreshold":
    "EU-Fernverkäufe unter 10.000 € im Jahr, kein OSS",
  "billing.field.belowOssThresholdHint":
    "Verbraucher in der EU zahlen dann deutsche Umsatzsteuer statt des Satzes ihres Landes.",
  "billing.dashboard.incomplete":
    "Es können keine Rechnungen ausgestellt werden, daher werden kostenpflichtige Bestellungen abgelehnt: In den Unternehmensangaben fehlt {fields}.",
  "billing.dashboard.complete": "Unternehmensangaben vervollständigen",
});
