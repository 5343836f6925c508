import { defineMessages } from "../define.ts";

/** Credit notes (Rechnungskorrektur / Storno), the accountant export, the logo. */
export default defineMessages({
  "billing.creditNote.title": {
    en: "Credit note {number}",
    de: "Rechnungskorrektur {number}",
  },
  "billing.creditNote.number": {
    en: "Credit note number",
    de: "Nummer der Rechnungskorrektur",
  },
  "billing.creditNote.date": { en: "Credit note date", de: "Datum" },
  "billing.creditNote.corrects": {
    en: "Corrects invoice {number} of {date}.",
    de: "Korrigiert die Rechnung {number} vom {date}.",
  },
  "billing.creditNote.originalInvoice": {
    en: "Original invoice",
    de: "Ursprüngliche Rechnung",
  },
  "billing.creditNote.reason": { en: "Reason", de: "Grund" },
  "billing.creditNote.refundNote": {
    en: "Any amount already paid is refunded to you.",
    de: "Ein bereits gezahlter Betrag wird Ihnen erstattet.",
  },
  "billing.creditNote.list": { en: "Credit notes", de: "Rechnungskorrekturen" },
  "billing.creditNote.exceeds": {
    en: "This is more than remains to be credited on the invoice.",
    de: "Das ist mehr, als auf der Rechnung noch gutgeschrieben werden kann.",
  },
  "billing.creditNote.unknownLine": {
    en: "Choose lines of this invoice, each once.",
    de: "Wählen Sie Positionen dieser Rechnung, jede nur einmal.",
  },
  "billing.creditNote.reasonRequired": {
    en: "Give the reason for the credit note.",
    de: "Geben Sie den Grund der Rechnungskorrektur an.",
  },
  "billing.creditNote.reasonLength": {
    en: "At most {max} characters.",
    de: "Höchstens {max} Zeichen.",
  },
  "billing.creditNote.reason.orderCancelled": {
    en: "Order cancelled",
    de: "Bestellung storniert",
  },
  "billing.creditNote.reason.refund": {
    en: "Refund",
    de: "Erstattung",
  },
  "billing.creditNote.email.subject": {
    en: "Credit note {number}",
    de: "Rechnungskorrektur {number}",
  },
  "billing.creditNote.email.greeting": {
    en: "Hello {name},",
    de: "Hallo {name},",
  },
  "billing.creditNote.email.text": {
    en:
      "we have issued credit note {number} for invoice {invoice}. You find it attached as a PDF.",
    de:
      "wir haben die Rechnungskorrektur {number} zur Rechnung {invoice} ausgestellt. Sie finden sie als PDF im Anhang.",
  },
  "billing.creditNote.email.portal": {
    en: "It is also in your customer portal, beside the invoice.",
    de: "Sie finden sie auch in Ihrem Kundenportal, bei der Rechnung.",
  },
  "shopAdmin.order.cancelConfirmTitle": {
    en: "Cancel this order?",
    de: "Diese Bestellung stornieren?",
  },
  "shopAdmin.order.cancelConfirmInvoice": {
    en:
      "Invoice {number} is then cancelled by a credit note for its full amount, which is emailed to the buyer. This cannot be undone.",
    de:
      "Die Rechnung {number} wird dann durch eine Rechnungskorrektur über den vollen Betrag storniert, die der Käufer per E-Mail erhält. Das lässt sich nicht rückgängig machen.",
  },
  "shopAdmin.order.cancelConfirmFree": {
    en: "The order has no invoice. This cannot be undone.",
    de:
      "Die Bestellung hat keine Rechnung. Das lässt sich nicht rückgängig machen.",
  },
  "shopAdmin.order.cancelConfirm": {
    en: "Yes, cancel the order",
    de: "Ja, Bestellung stornieren",
  },
  "shopAdmin.order.cancelKeep": {
    en: "Keep the order",
    de: "Bestellung behalten",
  },
  "billing.export.title": {
    en: "Accountant export",
    de: "Export für die Buchhaltung",
  },
  "billing.export.intro": {
    en:
      "Invoices, credit notes, payments and refunds of a period, one line per document (CSV, UTF-8, comma separated, amounts with a decimal point), or the PDFs of the invoices and credit notes as a zip. Days count in the business time zone.",
    de:
      "Rechnungen, Rechnungskorrekturen, Zahlungen und Erstattungen eines Zeitraums, eine Zeile je Beleg (CSV, UTF-8, kommagetrennt, Beträge mit Dezimalpunkt), oder die PDFs der Rechnungen und Rechnungskorrekturen als ZIP. Tage zählen in der Zeitzone des Unternehmens.",
  },
  "billing.export.from": { en: "From", de: "Von" },
  "billing.export.to": { en: "To (inclusive)", de: "Bis (einschließlich)" },
  "billing.export.csv": { en: "Download CSV", de: "CSV herunterladen" },
  "billing.export.zip": {
    en: "Download PDFs (zip)",
    de: "PDFs herunterladen (ZIP)",
  },
  "billing.export.link": {
    en: "Accountant export",
    de: "Export für die Buchhaltung",
  },
  "billing.export.reversed": {
    en: "The end of the period is before its start.",
    de: "Das Ende des Zeitraums liegt vor seinem Beginn.",
  },
  "billing.export.tooLong": {
    en: "At most {max} days at a time.",
    de: "Höchstens {max} Tage auf einmal.",
  },
  "billing.logo.title": { en: "Logo", de: "Logo" },
  "billing.logo.current": { en: "Current logo", de: "Aktuelles Logo" },
  "billing.logo.file": { en: "Logo file", de: "Logo-Datei" },
  "billing.logo.hint": {
    en:
      "PNG or JPEG, at most 512 KB. Shown at the top of every invoice and credit note.",
    de:
      "PNG oder JPEG, höchstens 512 KB. Steht oben auf jeder Rechnung und Rechnungskorrektur.",
  },
  "billing.logo.upload": { en: "Upload logo", de: "Logo hochladen" },
  "billing.logo.remove": { en: "Remove logo", de: "Logo entfernen" },
  "billing.logo.saved": { en: "Logo saved.", de: "Logo gespeichert." },
  "billing.logo.removed": { en: "Logo removed.", de: "Logo entfernt." },
  "billing.logo.required": {
    en: "Choose a file.",
    de: "Wählen Sie eine Datei.",
  },
  "billing.logo.tooLarge": {
    en: "The logo may be at most {max} KB.",
    de: "Das Logo darf höchstens {max} KB groß sein.",
  },
  "billing.logo.type": {
    en: "The logo must be a PNG or JPEG image.",
    de: "Das Logo muss ein PNG- oder JPEG-Bild sein.",
  },
  "billing.logo.unreadable": {
    en: "This image cannot be read. Save it again as PNG or JPEG.",
    de:
      "Dieses Bild lässt sich nicht lesen. Speichern Sie es erneut als PNG oder JPEG.",
  },
});
