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
  "payments.order.title": {
    en: "Your order of {date}",
    de: "Ihre Bestellung vom {date}",
  },
  "payments.order.intro": {
    en:
      "Keep this page's address: it shows how your order stands, and your license keys once they are issued.",
    de:
      "Bewahren Sie die Adresse dieser Seite auf: Sie zeigt den Stand Ihrer Bestellung und, sobald erteilt, Ihre Lizenzschlüssel.",
  },
  "payments.order.lines": { en: "What you ordered", de: "Ihre Bestellung" },
  "payments.order.net": { en: "Net", de: "Netto" },
  "payments.order.invoicePdf": {
    en: "Invoice {number} (PDF)",
    de: "Rechnung {number} (PDF)",
  },
  "payments.order.free": {
    en: "Nothing to pay: this order was free.",
    de: "Nichts zu bezahlen: Diese Bestellung war kostenlos.",
  },
  "payments.order.paid": {
    en: "Paid in full. Thank you!",
    de: "Vollständig bezahlt. Vielen Dank!",
  },
  "payments.order.keys": {
    en: "Your license keys",
    de: "Ihre Lizenzschlüssel",
  },
  "payments.order.keysPending": {
    en:
      "Your license keys are issued the moment your payment is in, and emailed to you.",
    de:
      "Ihre Lizenzschlüssel werden erteilt, sobald Ihre Zahlung eingegangen ist, und Ihnen per E-Mail geschickt.",
  },
  "payments.transfer.title": {
    en: "Pay by bank transfer",
    de: "Per Überweisung bezahlen",
  },
  "payments.transfer.intro": {
    en:
      "Please transfer {amount} by {date}, with the invoice number as the reference.",
    de:
      "Bitte überweisen Sie {amount} bis zum {date} mit der Rechnungsnummer als Verwendungszweck.",
  },
  "payments.transfer.holder": { en: "Account holder", de: "Kontoinhaber" },
  "payments.transfer.iban": { en: "IBAN", de: "IBAN" },
  "payments.transfer.bic": { en: "BIC", de: "BIC" },
  "payments.transfer.amount": { en: "Amount", de: "Betrag" },
  "payments.transfer.reference": {
    en: "Reference",
    de: "Verwendungszweck",
  },
  "payments.transfer.qr": {
    en:
      "Scan with your banking app (GiroCode / EPC QR code): it fills in the transfer for you.",
    de:
      "Mit Ihrer Banking-App scannen (GiroCode / EPC-QR-Code): Sie füllt die Überweisung für Sie aus.",
  },
  "payments.transfer.qrLabel": {
    en: "QR code for the bank transfer",
    de: "QR-Code für die Überweisung",
  },
  "payments.email.order.pay": {
    en:
      "Please transfer {amount} to {holder}, IBAN {iban}, BIC {bic}, with the reference {reference}.",
    de:
      "Bitte überweisen Sie {amount} an {holder}, IBAN {iban}, BIC {bic}, Verwendungszweck {reference}.",
  },
  "payments.email.order.page": {
    en: "Your order and how to pay",
    de: "Ihre Bestellung und wie Sie bezahlen",
  },
  "payments.manual.referenceHint": {
    en:
      "The bank or provider reference, recorded once. Leave empty for cash: a reference is generated.",
    de:
      "Die Referenz der Bank oder des Anbieters, einmal erfasst. Bei Barzahlung leer lassen: Eine Referenz wird erzeugt.",
  },
  "payments.manual.confirmTitle": {
    en: "Confirm the payment",
    de: "Zahlung bestätigen",
  },
  "payments.manual.confirmSettles": {
    en:
      "Recording {amount} pays invoice {number} in full: the license keys are issued at once and emailed to {email}, with a payment receipt.",
    de:
      "Mit {amount} ist Rechnung {number} vollständig bezahlt: Die Lizenzschlüssel werden sofort erteilt und an {email} geschickt, mit einer Zahlungsbestätigung.",
  },
  "payments.manual.confirmPartial": {
    en:
      "Recording {amount} leaves {balance} open on invoice {number}. {email} gets a payment receipt; the license keys follow once the invoice is paid in full.",
    de:
      "Nach {amount} bleiben {balance} auf Rechnung {number} offen. {email} erhält eine Zahlungsbestätigung; die Lizenzschlüssel folgen, sobald die Rechnung vollständig bezahlt ist.",
  },
  "payments.manual.confirm": {
    en: "Confirm and record",
    de: "Bestätigen und erfassen",
  },
  "payments.manual.change": { en: "Change", de: "Ändern" },
});
