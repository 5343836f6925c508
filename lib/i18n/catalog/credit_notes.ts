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
});
