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
  "billing.creditNote.form.title": {
    en: "Correct by credit note",
    de: "Per Rechnungskorrektur berichtigen",
  },
  "billing.creditNote.form.intro": {
    en:
      "An issued invoice is never changed: a credit note takes part of a line off (a discount, an item not delivered). The buyer gets it by email; what is owed drops by its amount.",
    de:
      "Eine ausgestellte Rechnung wird nie geändert: Eine Rechnungskorrektur nimmt einen Teil einer Position zurück (ein Nachlass, eine nicht gelieferte Position). Der Käufer erhält sie per E-Mail; der offene Betrag sinkt um ihren Betrag.",
  },
  "billing.creditNote.form.line": { en: "Line", de: "Position" },
  "billing.creditNote.form.lineOption": {
    en: "{description} (net {amount} left)",
    de: "{description} (noch {amount} netto)",
  },
  "billing.creditNote.form.amount": {
    en: "Net amount to credit",
    de: "Gutzuschreibender Nettobetrag",
  },
  "billing.creditNote.form.amountHint": {
    en: "Empty: all that is left of the line. VAT is added as on the invoice.",
    de:
      "Leer: der ganze Rest der Position. Die MwSt. kommt wie auf der Rechnung hinzu.",
  },
  "billing.creditNote.form.submit": {
    en: "Issue credit note",
    de: "Rechnungskorrektur ausstellen",
  },
  "billing.creditNote.issued": {
    en: "Credit note {number} issued and emailed to the buyer.",
    de: "Rechnungskorrektur {number} ausgestellt und an den Käufer gesendet.",
  },
  "billing.creditNote.issuedSettled": {
    en:
      "Credit note {number} issued; the payments cover the rest, so the invoice is paid and the license keys are issued.",
    de:
      "Rechnungskorrektur {number} ausgestellt; die Zahlungen decken den Rest, die Rechnung ist bezahlt und die Lizenzschlüssel werden ausgestellt.",
  },
  "billing.creditNote.notOpen": {
    en: "Only an open invoice is corrected here; refund a paid order instead.",
    de:
      "Hier wird nur eine offene Rechnung berichtigt; eine bezahlte Bestellung erstatten Sie stattdessen.",
  },
  "billing.creditNote.useCancel": {
    en: "This credits the whole invoice: cancel the order instead.",
    de:
      "Das korrigiert die ganze Rechnung: stornieren Sie stattdessen die Bestellung.",
  },
  "billing.creditNote.exceedsBalance": {
    en:
      "This is more than is still owed after the payments; give money back by refunding the paid order.",
    de:
      "Das ist mehr als nach den Zahlungen noch offen ist; Geld zurück gibt es über eine Erstattung der bezahlten Bestellung.",
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
