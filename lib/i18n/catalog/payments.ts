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
  "payments.order.creditNotePdf": {
    en: "Credit note {number}, {amount} (PDF)",
    de: "Rechnungskorrektur {number}, {amount} (PDF)",
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
  "payments.email.girocode": {
    en: "GiroCode: scan it with your banking app to fill in the transfer",
    de:
      "GiroCode: mit Ihrer Banking-App scannen, um die Überweisung auszufüllen",
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
  "payments.card.balanceLine": {
    en: "Invoice {number}, balance due",
    de: "Rechnung {number}, offener Betrag",
  },
  "payments.card.title": { en: "Pay by card", de: "Mit Karte bezahlen" },
  "payments.card.intro": {
    en: "Pay securely on Stripe's page; you come back here afterwards.",
    de:
      "Sicher auf der Seite von Stripe bezahlen; danach kommen Sie hierher zurück.",
  },
  "payments.card.button": {
    en: "Pay {amount} by card",
    de: "{amount} mit Karte bezahlen",
  },
  "payments.card.testMode": {
    en: "Test mode: no real money is charged.",
    de: "Testmodus: Es wird kein echtes Geld abgebucht.",
  },
  "payments.card.failed": {
    en:
      "The card payment could not be started. Please pay by bank transfer below, or try again in a moment.",
    de:
      "Die Kartenzahlung konnte nicht gestartet werden. Bitte bezahlen Sie unten per Überweisung oder versuchen Sie es gleich noch einmal.",
  },
  "payments.card.done": {
    en:
      "Thank you! As soon as Stripe confirms the payment, this page shows it and your license keys are emailed.",
    de:
      "Vielen Dank! Sobald Stripe die Zahlung bestätigt, zeigt diese Seite sie an und Ihre Lizenzschlüssel kommen per E-Mail.",
  },
  "payments.card.notPayable": {
    en: "This order is not awaiting payment.",
    de: "Diese Bestellung wartet nicht auf eine Zahlung.",
  },
  "payments.admin.nav": { en: "Payments", de: "Zahlungen" },
  "payments.admin.title": { en: "Payments", de: "Zahlungen" },
  "payments.admin.intro": {
    en:
      "Bank transfer is always offered (account from Settings → Business). Card payments go through Stripe once its keys are set here.",
    de:
      "Überweisung wird immer angeboten (Konto aus Einstellungen → Unternehmen). Kartenzahlungen laufen über Stripe, sobald die Schlüssel hier hinterlegt sind.",
  },
  "payments.admin.stripe": { en: "Stripe", de: "Stripe" },
  "payments.admin.testMode": {
    en: "Test mode: test key, no real money",
    de: "Testmodus: Testschlüssel, kein echtes Geld",
  },
  "payments.admin.liveMode": {
    en: "Live mode: real payments",
    de: "Livemodus: echte Zahlungen",
  },
  "payments.admin.off": {
    en: "Card payments are off",
    de: "Kartenzahlungen sind aus",
  },
  "payments.admin.secretKey": {
    en: "Secret key (sk_test_… or sk_live_…)",
    de: "Geheimer Schlüssel (sk_test_… oder sk_live_…)",
  },
  "payments.admin.webhookSecret": {
    en: "Webhook signing secret (whsec_…)",
    de: "Signaturgeheimnis des Webhooks (whsec_…)",
  },
  "payments.admin.keyInvalid": {
    en:
      "A Stripe secret key starts with sk_test_, sk_live_, rk_test_ or rk_live_.",
    de:
      "Ein geheimer Stripe-Schlüssel beginnt mit sk_test_, sk_live_, rk_test_ oder rk_live_.",
  },
  "payments.admin.webhookSecretInvalid": {
    en: "A webhook signing secret starts with whsec_.",
    de: "Ein Signaturgeheimnis beginnt mit whsec_.",
  },
  "payments.admin.disable": {
    en: "Turn card payments off (removes both secrets)",
    de: "Kartenzahlungen ausschalten (entfernt beide Geheimnisse)",
  },
  "payments.admin.webhookIntro": {
    en:
      "In Stripe's dashboard, add a webhook endpoint with this URL and these events:",
    de:
      "Legen Sie im Stripe-Dashboard einen Webhook-Endpunkt mit dieser URL und diesen Ereignissen an:",
  },
  "payments.admin.saved": {
    en: "Payment settings saved.",
    de: "Zahlungseinstellungen gespeichert.",
  },
  "payments.admin.events": {
    en: "Latest provider events",
    de: "Letzte Ereignisse der Zahlungsanbieter",
  },
  "payments.admin.noEvents": {
    en: "No provider has reported anything yet.",
    de: "Noch hat kein Zahlungsanbieter etwas gemeldet.",
  },
  "payments.admin.received": { en: "Received", de: "Eingegangen" },
  "payments.admin.provider": { en: "Provider", de: "Anbieter" },
  "payments.admin.kind": { en: "Event", de: "Ereignis" },
  "payments.admin.outcome": { en: "Outcome", de: "Ergebnis" },
  "payments.admin.order": { en: "Order", de: "Bestellung" },
  "payments.kind.paid": { en: "Paid", de: "Bezahlt" },
  "payments.kind.failed": { en: "Failed", de: "Fehlgeschlagen" },
  "payments.kind.refunded": { en: "Refunded", de: "Erstattet" },
  "payments.outcome.recorded": { en: "Recorded", de: "Erfasst" },
  "payments.outcome.duplicate": {
    en: "Already recorded",
    de: "Bereits erfasst",
  },
  "payments.outcome.unknown_order": {
    en: "Unknown order: nothing issued",
    de: "Unbekannte Bestellung: nichts erteilt",
  },
  "payments.outcome.order_closed": {
    en: "Order cancelled or refunded: nothing issued",
    de: "Bestellung storniert oder erstattet: nichts erteilt",
  },
  "payments.outcome.mismatch": {
    en: "Wrong currency: nothing recorded",
    de: "Falsche Währung: nichts erfasst",
  },
  "payments.outcome.failed": {
    en: "Payment failed",
    de: "Zahlung fehlgeschlagen",
  },
  "payments.outcome.refunded": { en: "Refunded", de: "Erstattet" },
  "payments.email.reminder.subject": {
    en: "A friendly reminder: invoice {number}",
    de: "Eine freundliche Erinnerung: Rechnung {number}",
  },
  "payments.email.reminder2.subject": {
    en: "Second reminder: invoice {number} is still open",
    de: "Zweite Erinnerung: Rechnung {number} ist noch offen",
  },
  "payments.email.reminder.text": {
    en:
      "Invoice {number} was due on {date} and {amount} is still open. Perhaps it slipped through — it happens to all of us.",
    de:
      "Rechnung {number} war am {date} fällig, {amount} sind noch offen. Vielleicht ist sie untergegangen – das passiert jedem.",
  },
  "payments.email.reminder.crossed": {
    en:
      "If you have paid in the meantime, thank you, and please ignore this email.",
    de:
      "Falls Sie inzwischen bezahlt haben: Vielen Dank, und bitte ignorieren Sie diese E-Mail.",
  },
  "payments.admin.reminders": {
    en: "Reminders for unpaid invoices",
    de: "Erinnerungen an unbezahlte Rechnungen",
  },
  "payments.admin.firstReminderDays": {
    en: "First reminder, days after the due date",
    de: "Erste Erinnerung, Tage nach Fälligkeit",
  },
  "payments.admin.secondReminderDays": {
    en: "Second reminder, days after the due date",
    de: "Zweite Erinnerung, Tage nach Fälligkeit",
  },
  "payments.admin.secondAfterFirst": {
    en: "The second reminder must come after the first.",
    de: "Die zweite Erinnerung muss nach der ersten kommen.",
  },
  "jobs.invoiceReminders.title": {
    en: "Unpaid invoice reminders",
    de: "Erinnerungen an unbezahlte Rechnungen",
  },
  "jobs.invoiceReminders.description": {
    en:
      "Marks open invoices past their due date overdue and emails the first and second reminder (days set in Shop → Payments), each once.",
    de:
      "Markiert offene Rechnungen nach Fälligkeit als überfällig und schickt die erste und zweite Erinnerung (Tage unter Shop → Zahlungen), jede einmal.",
  },
  "payments.dashboard.overdue": {
    en: "Overdue invoices: {count}.",
    de: "Überfällige Rechnungen: {count}.",
  },
  "payments.dashboard.showOverdue": {
    en: "Show them",
    de: "Anzeigen",
  },
  "payments.email.refund.subject": {
    en: "Refund for invoice {number}",
    de: "Erstattung zu Rechnung {number}",
  },
  "payments.email.refund.text": {
    en: "We are refunding {amount} for invoice {number}, for:",
    de: "Wir erstatten {amount} zu Rechnung {number}, für:",
  },
  "payments.email.refund.creditNote": {
    en:
      "Credit note {number} documents the refund; you find it attached as a PDF.",
    de:
      "Die Rechnungskorrektur {number} belegt die Erstattung; Sie finden sie als PDF im Anhang.",
  },
  "payments.email.refund.revoked": {
    en:
      "The license keys of these items no longer work; the modules lock after their next check.",
    de:
      "Die Lizenzschlüssel dieser Positionen gelten nicht mehr; die Module sperren sich nach ihrer nächsten Prüfung.",
  },
  "payments.refund.title": { en: "Refund", de: "Erstatten" },
  "payments.refund.intro": {
    en:
      "Tick the lines to refund; none ticked refunds the whole order. A credit note is issued for them, their licenses are revoked at once and the buyer is emailed. Pay the money back yourself (for a card payment, refund it in Stripe: its event then changes nothing twice).",
    de:
      "Kreuzen Sie die zu erstattenden Positionen an; ohne Auswahl wird die ganze Bestellung erstattet. Für sie wird eine Rechnungskorrektur ausgestellt, ihre Lizenzen werden sofort widerrufen und der Käufer per E-Mail informiert. Das Geld zahlen Sie selbst zurück (eine Kartenzahlung in Stripe erstatten: dessen Ereignis ändert dann nichts doppelt).",
  },
  "payments.refund.submit": { en: "Refund", de: "Erstatten" },
  "payments.refund.done": {
    en:
      "Refunded with credit note {number}; licenses revoked: {count}. The buyer is emailed the credit note.",
    de:
      "Erstattet mit Rechnungskorrektur {number}; widerrufene Lizenzen: {count}. Der Käufer erhält die Rechnungskorrektur per E-Mail.",
  },
  "payments.refund.nothing": {
    en: "Nothing was left to refund.",
    de: "Es war nichts mehr zu erstatten.",
  },
  "payments.refund.notPaid": {
    en: "Only a paid order can be refunded.",
    de: "Nur eine bezahlte Bestellung kann erstattet werden.",
  },
});
