import { defineMessages } from "../define.ts";

/** Payments: the buyer's order page, bank transfer, card payment, receipts. */
export default defineMessages({
  "payments.email.receipt.subject": {
    en: "Payment received for invoice {number}",
    de: "Zahlung für Rechnung {number} erhalten",
  },
  "payments.email.receipt.text": {
    en:
      "We received {amount} on {date} for invoice {number} (reference {reference}). Thank you!",
    de:
      "Wir haben am {date} {amount} für Rechnung {number} erhalten (Referenz {reference}). Vielen Dank!",
  },
  "payments.email.receipt.balance": {
    en: "Still open on this invoice: {amount}.",
    de: "Auf dieser Rechnung noch offen: {amount}.",
  },
  "payments.email.receipt.settled": {
    en:
      "The invoice is paid in full. Your license keys follow in separate emails.",
    de:
      "Die Rechnung ist vollständig bezahlt. Ihre Lizenzschlüssel folgen in eigenen E-Mails.",
  },
});
