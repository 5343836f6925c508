import { defineMessages } from "../define.ts";

/** Shop administration (catalogue, orders, invoices, settings) and the portal's orders and invoices. */
export default defineMessages({
  "shopAdmin.nav": { en: "Shop sections", de: "Shop-Bereiche" },
  "shopAdmin.nav.catalog": {
    en: "Products & packages",
    de: "Produkte & Pakete",
  },
  "shopAdmin.nav.orders": { en: "Orders", de: "Bestellungen" },
  "shopAdmin.nav.invoices": { en: "Invoices", de: "Rechnungen" },
  "shopAdmin.nav.settings": { en: "Settings", de: "Einstellungen" },
  "shopAdmin.nav.legal": { en: "Legal texts", de: "Rechtstexte" },
  "shopAdmin.legal.title": { en: "Legal texts", de: "Rechtstexte" },
  "shopAdmin.legal.intro": {
    en:
      "The terms of sale and the privacy policy the checkout links (at /legal/terms and /legal/privacy). Plain text; a blank line starts a new paragraph. A text left empty in one language shows the other.",
    de:
      "Die Verkaufsbedingungen und die Datenschutzerklärung, auf die die Kasse verlinkt (unter /legal/terms und /legal/privacy). Reiner Text; eine Leerzeile beginnt einen neuen Absatz. Ein in einer Sprache leerer Text zeigt den der anderen.",
  },
  "shopAdmin.legal.termsDe": {
    en: "Terms of sale (German)",
    de: "Verkaufsbedingungen (Deutsch)",
  },
  "shopAdmin.legal.termsEn": {
    en: "Terms of sale (English)",
    de: "Verkaufsbedingungen (Englisch)",
  },
  "shopAdmin.legal.privacyDe": {
    en: "Privacy policy (German)",
    de: "Datenschutzerklärung (Deutsch)",
  },
  "shopAdmin.legal.privacyEn": {
    en: "Privacy policy (English)",
    de: "Datenschutzerklärung (Englisch)",
  },
  "shopAdmin.legal.save": { en: "Save texts", de: "Texte speichern" },
  "shopAdmin.legal.saved": {
    en: "The legal texts are saved.",
    de: "Die Rechtstexte sind gespeichert.",
  },
  "shopAdmin.none": { en: "—", de: "—" },
  "shopAdmin.filter.status": { en: "Status", de: "Status" },
  "shopAdmin.filter.allStatuses": { en: "All statuses", de: "Alle Status" },
  "shopAdmin.filter.apply": { en: "Filter", de: "Filtern" },
  "shopAdmin.filter.clear": { en: "Show all", de: "Alle zeigen" },
  "shopAdmin.catalog.title": {
    en: "Products & packages",
    de: "Produkte & Pakete",
  },
  "shopAdmin.catalog.intro": {
    en:
      "What the shop sells. Each product is one module with its own license key; a package sells several products at one price.",
    de:
      "Was der Shop verkauft. Jedes Produkt ist ein Modul mit eigenem Lizenzschlüssel; ein Paket verkauft mehrere Produkte zu einem Preis.",
  },
  "shopAdmin.catalog.back": {
    en: "Products & packages",
    de: "Produkte & Pakete",
  },
  "shopAdmin.catalog.products": { en: "Products", de: "Produkte" },
  "shopAdmin.catalog.packages": { en: "Packages", de: "Pakete" },
  "shopAdmin.catalog.status": { en: "Status", de: "Status" },
  "shopAdmin.catalog.active": { en: "On sale", de: "Im Verkauf" },
  "shopAdmin.catalog.inactive": { en: "Not on sale", de: "Nicht im Verkauf" },
  "shopAdmin.catalog.noProductsTitle": {
    en: "No products yet",
    de: "Noch keine Produkte",
  },
  "shopAdmin.catalog.noProducts": {
    en:
      "Add your first product with “New product”: it appears in the shop as soon as it is on sale.",
    de:
      "Legen Sie mit „Neues Produkt“ Ihr erstes Produkt an: Es erscheint im Shop, sobald es im Verkauf ist.",
  },
  "shopAdmin.catalog.noPackages": {
    en:
      "No packages yet. A package sells several products together at one price.",
    de:
      "Noch keine Pakete. Ein Paket verkauft mehrere Produkte zusammen zu einem Preis.",
  },
  "shopAdmin.form.slug": {
    en:
      "Use 2–60 lower-case letters, digits and hyphens, starting with a letter or digit.",
    de:
      "Verwenden Sie 2–60 Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit Buchstabe oder Ziffer.",
  },
  "shopAdmin.form.slugTaken": {
    en: "Another product or package already uses this address.",
    de: "Ein anderes Produkt oder Paket verwendet diese Adresse bereits.",
  },
  "shopAdmin.form.moduleKey": {
    en:
      "Use 2–40 lower-case letters, digits, “-” or “_”, starting with a letter.",
    de:
      "Verwenden Sie 2–40 Kleinbuchstaben, Ziffern, „-“ oder „_“, beginnend mit einem Buchstaben.",
  },
  "shopAdmin.offer.texts": {
    en: "Name and description",
    de: "Name und Beschreibung",
  },
  "shopAdmin.offer.name": { en: "Name", de: "Name" },
  "shopAdmin.offer.slug": { en: "Address in the shop", de: "Adresse im Shop" },
  "shopAdmin.offer.slugHint": {
    en: "The shop page is /shop/ followed by this, e.g. booking-pro.",
    de: "Die Shop-Seite ist /shop/ gefolgt davon, z. B. booking-pro.",
  },
  "shopAdmin.offer.nameEn": { en: "Name (English)", de: "Name (Englisch)" },
  "shopAdmin.offer.nameDe": { en: "Name (German)", de: "Name (Deutsch)" },
  "shopAdmin.offer.descriptionEn": {
    en: "Description (English)",
    de: "Beschreibung (Englisch)",
  },
  "shopAdmin.offer.descriptionDe": {
    en: "Description (German)",
    de: "Beschreibung (Deutsch)",
  },
  "shopAdmin.offer.priceSection": { en: "Price", de: "Preis" },
  "shopAdmin.offer.price": { en: "Price", de: "Preis" },
  "shopAdmin.offer.priceHint": {
    en:
      "Net, e.g. 49 or 49.90. 0 makes it free: the license is issued at once.",
    de:
      "Netto, z. B. 49 oder 49,90. Bei 0 ist es kostenlos: Die Lizenz wird sofort ausgestellt.",
  },
  "shopAdmin.offer.currency": { en: "Currency", de: "Währung" },
  "shopAdmin.offer.currencyHint": {
    en: "Three letters, e.g. EUR.",
    de: "Drei Buchstaben, z. B. EUR.",
  },
  "shopAdmin.offer.display": { en: "Display", de: "Anzeige" },
  "shopAdmin.offer.position": { en: "Position", de: "Position" },
  "shopAdmin.offer.positionHint": {
    en: "Lower numbers come first in the shop (−9999 to 9999).",
    de: "Kleinere Zahlen stehen im Shop weiter vorn (−9999 bis 9999).",
  },
  "shopAdmin.offer.active": { en: "On sale", de: "Im Verkauf" },
  "shopAdmin.offer.activeHint": {
    en: "Only products and packages on sale appear in the shop.",
    de: "Nur Produkte und Pakete im Verkauf erscheinen im Shop.",
  },
  "shopAdmin.offer.view": { en: "View in shop", de: "Im Shop ansehen" },
  "shopAdmin.offer.delete": { en: "Delete", de: "Löschen" },
  "shopAdmin.product.new": { en: "New product", de: "Neues Produkt" },
  "shopAdmin.product.create": { en: "Create product", de: "Produkt anlegen" },
  "shopAdmin.product.created": {
    en: "The product “{name}” was created.",
    de: "Das Produkt „{name}“ wurde angelegt.",
  },
  "shopAdmin.product.saved": {
    en: "The product was saved.",
    de: "Das Produkt wurde gespeichert.",
  },
  "shopAdmin.product.deleted": {
    en: "The product was deleted.",
    de: "Das Produkt wurde gelöscht.",
  },
  "shopAdmin.product.inUse": {
    en:
      "This product was ordered or is part of a package, so it cannot be deleted. Take it off sale instead.",
    de:
      "Dieses Produkt wurde bestellt oder ist Teil eines Pakets und kann daher nicht gelöscht werden. Nehmen Sie es stattdessen aus dem Verkauf.",
  },
  "shopAdmin.product.licenseSection": { en: "License", de: "Lizenz" },
  "shopAdmin.product.moduleKey": { en: "Module key", de: "Modulschlüssel" },
  "shopAdmin.product.moduleKeyHint": {
    en: "The product name licenses are issued for, e.g. booking or activity.",
    de:
      "Der Produktname, für den Lizenzen ausgestellt werden, z. B. booking oder activity.",
  },
  "shopAdmin.product.trial": { en: "Trial", de: "Testphase" },
  "shopAdmin.product.trialDays": { en: "Trial days", de: "Testtage" },
  "shopAdmin.product.trialDaysHint": {
    en: "0 for no free trial (up to 365).",
    de: "0 für keine kostenlose Testphase (bis 365).",
  },
  "shopAdmin.product.trialDaysValue": { en: "{days} days", de: "{days} Tage" },
  "shopAdmin.package.new": { en: "New package", de: "Neues Paket" },
  "shopAdmin.package.create": { en: "Create package", de: "Paket anlegen" },
  "shopAdmin.package.created": {
    en: "The package “{name}” was created.",
    de: "Das Paket „{name}“ wurde angelegt.",
  },
  "shopAdmin.package.saved": {
    en: "The package was saved.",
    de: "Das Paket wurde gespeichert.",
  },
  "shopAdmin.package.deleted": {
    en: "The package was deleted.",
    de: "Das Paket wurde gelöscht.",
  },
  "shopAdmin.package.inUse": {
    en:
      "This package was ordered, so it cannot be deleted. Take it off sale instead.",
    de:
      "Dieses Paket wurde bestellt und kann daher nicht gelöscht werden. Nehmen Sie es stattdessen aus dem Verkauf.",
  },
  "shopAdmin.package.products": { en: "Products", de: "Produkte" },
  "shopAdmin.package.productsHint": {
    en: "A buyer gets one license key for each product.",
    de: "Käufer erhalten für jedes Produkt einen eigenen Lizenzschlüssel.",
  },
  "shopAdmin.package.productsRequired": {
    en: "Choose at least one product.",
    de: "Wählen Sie mindestens ein Produkt.",
  },
  "shopAdmin.package.noProducts": {
    en: "Create products first, then bundle them here.",
    de: "Legen Sie zuerst Produkte an und bündeln Sie sie dann hier.",
  },
  "shopAdmin.orders.title": { en: "Orders", de: "Bestellungen" },
  "shopAdmin.orders.intro": {
    en: "Everything bought in the shop, newest first.",
    de: "Alles, was im Shop gekauft wurde, neueste zuerst.",
  },
  "shopAdmin.orders.back": { en: "All orders", de: "Alle Bestellungen" },
  "shopAdmin.orders.searchLabel": {
    en: "Company, contact, email or invoice number",
    de: "Firma, Kontakt, E-Mail oder Rechnungsnummer",
  },
  "shopAdmin.orders.emptyTitle": {
    en: "No orders yet",
    de: "Noch keine Bestellungen",
  },
  "shopAdmin.orders.empty": {
    en: "Orders appear here as soon as someone checks out in the shop.",
    de: "Bestellungen erscheinen hier, sobald jemand im Shop bestellt.",
  },
  "shopAdmin.orders.openShop": { en: "Open the shop", de: "Shop öffnen" },
  "shopAdmin.orders.noMatch": {
    en: "No order matches these filters. Try fewer words or another status.",
    de:
      "Keine Bestellung passt zu diesen Filtern. Versuchen Sie weniger Wörter oder einen anderen Status.",
  },
  "shopAdmin.order.title": {
    en: "Order from {client}, {date}",
    de: "Bestellung von {client}, {date}",
  },
  "shopAdmin.order.details": { en: "Details", de: "Details" },
  "shopAdmin.order.date": { en: "Ordered", de: "Bestellt" },
  "shopAdmin.order.client": { en: "Client", de: "Kunde" },
  "shopAdmin.order.contact": { en: "Contact", de: "Kontakt" },
  "shopAdmin.order.items": { en: "Items", de: "Positionen" },
  "shopAdmin.order.invoice": { en: "Invoice", de: "Rechnung" },
  "shopAdmin.order.total": { en: "Total", de: "Summe" },
  "shopAdmin.order.status": { en: "Status", de: "Status" },
  "shopAdmin.order.paidAt": { en: "Paid", de: "Bezahlt" },
  "shopAdmin.order.cancelledAt": { en: "Cancelled", de: "Storniert" },
  "shopAdmin.order.withdrawalConsent": {
    en: "Immediate delivery",
    de: "Sofortige Lieferung",
  },
  "shopAdmin.order.withdrawalConsentGiven": {
    en:
      "On {at} the consumer agreed that delivery starts at once and acknowledged losing the right of withdrawal (text {version}).",
    de:
      "Am {at} hat der Verbraucher der sofortigen Lieferung zugestimmt und den Verlust des Widerrufsrechts bestätigt (Text {version}).",
  },
  "shopAdmin.order.kind": { en: "Kind", de: "Art" },
  "shopAdmin.order.kind.product": { en: "Product", de: "Produkt" },
  "shopAdmin.order.kind.package": { en: "Package", de: "Paket" },
  "shopAdmin.order.noInvoice": {
    en: "No invoice: this order was free (or a trial).",
    de: "Keine Rechnung: Diese Bestellung war kostenlos (oder eine Testphase).",
  },
  "shopAdmin.order.status.pending": {
    en: "Awaiting payment",
    de: "Zahlung offen",
  },
  "shopAdmin.order.status.paid": { en: "Paid", de: "Bezahlt" },
  "shopAdmin.order.status.cancelled": { en: "Cancelled", de: "Storniert" },
  "shopAdmin.order.status.refunded": { en: "Refunded", de: "Erstattet" },
  "shopAdmin.order.cancel": { en: "Cancel order", de: "Bestellung stornieren" },
  "shopAdmin.order.cancelled": {
    en: "The order and its invoice were cancelled.",
    de: "Die Bestellung und ihre Rechnung wurden storniert.",
  },
  "shopAdmin.order.notCancellable": {
    en: "Only unpaid orders can be cancelled.",
    de: "Nur unbezahlte Bestellungen können storniert werden.",
  },
  "shopAdmin.order.hasPayments": {
    en:
      "Money was already received on this invoice. Settle or refund it before cancelling.",
    de:
      "Auf diese Rechnung ist bereits Geld eingegangen. Klären oder erstatten Sie es vor dem Stornieren.",
  },
  "shopAdmin.grant.title": { en: "Licenses", de: "Lizenzen" },
  "shopAdmin.grant.product": { en: "Product", de: "Produkt" },
  "shopAdmin.grant.type": { en: "Type", de: "Art" },
  "shopAdmin.grant.status": { en: "Issuing", de: "Ausstellung" },
  "shopAdmin.grant.attempts": { en: "Attempts", de: "Versuche" },
  "shopAdmin.grant.lastError": { en: "Last error", de: "Letzter Fehler" },
  "shopAdmin.grant.license": { en: "License", de: "Lizenz" },
  "shopAdmin.grant.status.pending": { en: "Waiting", de: "Wartet" },
  "shopAdmin.grant.status.issued": { en: "Issued", de: "Ausgestellt" },
  "shopAdmin.grant.status.failed": { en: "Failed", de: "Fehlgeschlagen" },
  "shopAdmin.grant.nextAttempt": {
    en: "Next attempt {when}",
    de: "Nächster Versuch {when}",
  },
  "shopAdmin.grant.remote": {
    en: "Issued by the license server",
    de: "Vom Lizenzserver ausgestellt",
  },
  "shopAdmin.grant.noneYet": {
    en: "Licenses are issued as soon as the invoice is paid.",
    de: "Lizenzen werden ausgestellt, sobald die Rechnung bezahlt ist.",
  },
  "shopAdmin.grant.noneCancelled": {
    en: "The order was cancelled; no licenses were issued.",
    de: "Die Bestellung wurde storniert; es wurden keine Lizenzen ausgestellt.",
  },
  "shopAdmin.grant.retry": { en: "Try again", de: "Erneut versuchen" },
  "shopAdmin.grant.retried": {
    en: "Issuing was tried again; its state is below.",
    de: "Die Ausstellung wurde erneut versucht; den Stand sehen Sie unten.",
  },
  "shopAdmin.grant.nothingToRetry": {
    en: "This license is not in a failed state any more.",
    de: "Diese Lizenz ist nicht mehr im Fehlerzustand.",
  },
  "shopAdmin.invoices.title": { en: "Invoices", de: "Rechnungen" },
  "shopAdmin.invoices.intro": {
    en: "Shop invoices with what has been paid and what is still owed.",
    de: "Shop-Rechnungen mit bereits gezahlten und noch offenen Beträgen.",
  },
  "shopAdmin.invoices.back": { en: "All invoices", de: "Alle Rechnungen" },
  "shopAdmin.invoices.searchLabel": {
    en: "Invoice number, company, contact or email",
    de: "Rechnungsnummer, Firma, Kontakt oder E-Mail",
  },
  "shopAdmin.invoices.empty": {
    en: "No invoices yet. Every order that is not free creates one.",
    de: "Noch keine Rechnungen. Jede kostenpflichtige Bestellung erzeugt eine.",
  },
  "shopAdmin.invoices.noMatch": {
    en: "No invoice matches these filters.",
    de: "Keine Rechnung passt zu diesen Filtern.",
  },
  "shopAdmin.invoice.title": {
    en: "Invoice {number}",
    de: "Rechnung {number}",
  },
  "shopAdmin.invoice.number": { en: "Invoice", de: "Rechnung" },
  "shopAdmin.invoice.issued": { en: "Issued", de: "Ausgestellt" },
  "shopAdmin.invoice.due": { en: "Due", de: "Fällig" },
  "shopAdmin.invoice.paidOn": { en: "Paid", de: "Bezahlt" },
  "shopAdmin.invoice.billTo": { en: "Bill to", de: "Rechnungsempfänger" },
  "shopAdmin.invoice.item": { en: "Item", de: "Position" },
  "shopAdmin.invoice.quantity": { en: "Qty", de: "Menge" },
  "shopAdmin.invoice.unitPrice": { en: "Unit price", de: "Einzelpreis" },
  "shopAdmin.invoice.lineTotal": { en: "Amount", de: "Betrag" },
  "shopAdmin.invoice.tax": { en: "VAT {rate} %", de: "MwSt. {rate} %" },
  "shopAdmin.invoice.total": { en: "Total", de: "Gesamt" },
  "shopAdmin.invoice.credited": {
    en: "Credited (credit notes)",
    de: "Gutgeschrieben (Rechnungskorrekturen)",
  },
  "shopAdmin.invoice.paid": { en: "Paid", de: "Bezahlt" },
  "shopAdmin.invoice.balance": { en: "Balance due", de: "Offener Betrag" },
  "shopAdmin.invoice.payTo": { en: "Please pay to", de: "Bitte überweisen an" },
  "shopAdmin.invoice.reference": {
    en: "Reference: {number}",
    de: "Verwendungszweck: {number}",
  },
  "shopAdmin.invoice.payments": { en: "Payments", de: "Zahlungen" },
  "shopAdmin.invoice.order": { en: "Order", de: "Bestellung" },
  "shopAdmin.invoice.printHint": {
    en:
      "To print or save as PDF, use your browser’s Print command: only the invoice is printed.",
    de:
      "Zum Drucken oder Speichern als PDF nutzen Sie die Druckfunktion Ihres Browsers: Gedruckt wird nur die Rechnung.",
  },
  "shopAdmin.invoice.status.open": { en: "Open", de: "Offen" },
  "shopAdmin.invoice.status.overdue": { en: "Overdue", de: "Überfällig" },
  "shopAdmin.invoice.status.paid": { en: "Paid", de: "Bezahlt" },
  "shopAdmin.invoice.status.cancelled": { en: "Cancelled", de: "Storniert" },
  "shopAdmin.payment.record": { en: "Record payment", de: "Zahlung erfassen" },
  "shopAdmin.payment.intro": {
    en:
      "Enter money received for this invoice. When it is paid in full, the licenses are issued and emailed.",
    de:
      "Erfassen Sie eingegangenes Geld für diese Rechnung. Ist sie vollständig bezahlt, werden die Lizenzen ausgestellt und per E-Mail verschickt.",
  },
  "shopAdmin.payment.amount": { en: "Amount", de: "Betrag" },
  "shopAdmin.payment.amountHint": {
    en: "In the invoice currency, e.g. 119 or 119.00. Part payments add up.",
    de:
      "In der Rechnungswährung, z. B. 119 oder 119,00. Teilzahlungen werden addiert.",
  },
  "shopAdmin.payment.amountPositive": {
    en: "Please enter an amount above zero.",
    de: "Bitte geben Sie einen Betrag über null ein.",
  },
  "shopAdmin.payment.exceedsBalance": {
    en: "This is more than the balance due.",
    de: "Das ist mehr als der offene Betrag.",
  },
  "shopAdmin.payment.date": { en: "Received on", de: "Eingegangen am" },
  "shopAdmin.payment.futureDate": {
    en: "The payment date cannot be in the future.",
    de: "Das Zahlungsdatum darf nicht in der Zukunft liegen.",
  },
  "shopAdmin.payment.method": { en: "Method", de: "Zahlungsart" },
  "shopAdmin.payment.transactionId": {
    en: "Transaction ID",
    de: "Transaktions-ID",
  },
  "shopAdmin.payment.recordedBy": { en: "Recorded by", de: "Erfasst von" },
  "shopAdmin.payment.automatic": {
    en: "Payment provider",
    de: "Zahlungsanbieter",
  },
  "shopAdmin.payment.submit": { en: "Record payment", de: "Zahlung erfassen" },
  "shopAdmin.payment.recordedPartial": {
    en: "The payment was recorded. Still due: {balance}.",
    de: "Die Zahlung wurde erfasst. Noch offen: {balance}.",
  },
  "shopAdmin.payment.recordedPaid": {
    en:
      "The payment was recorded and the invoice is paid. The licenses are being issued and emailed.",
    de:
      "Die Zahlung wurde erfasst und die Rechnung ist bezahlt. Die Lizenzen werden ausgestellt und per E-Mail verschickt.",
  },
  "shopAdmin.payment.duplicate": {
    en:
      "Transaction {transactionId} was recorded before, so nothing was changed.",
    de:
      "Transaktion {transactionId} wurde bereits erfasst; es wurde nichts geändert.",
  },
  "shopAdmin.payment.invoiceCancelled": {
    en: "This invoice is cancelled and takes no payments.",
    de: "Diese Rechnung ist storniert und nimmt keine Zahlungen an.",
  },
  "shopAdmin.method.bank_transfer": { en: "Bank transfer", de: "Überweisung" },
  "shopAdmin.method.card": { en: "Card", de: "Karte" },
  "shopAdmin.method.cash": { en: "Cash", de: "Bar" },
  "shopAdmin.method.other": { en: "Other", de: "Sonstige" },
  "shopAdmin.method.provider": {
    en: "Payment provider",
    de: "Zahlungsanbieter",
  },
  "shopAdmin.settings.title": { en: "Shop settings", de: "Shop-Einstellungen" },
  "shopAdmin.settings.intro": {
    en:
      "Where license keys come from, how invoices look, and the payment provider.",
    de:
      "Woher Lizenzschlüssel kommen, wie Rechnungen aussehen und der Zahlungsanbieter.",
  },
  "shopAdmin.settings.saved": {
    en: "The shop settings were saved.",
    de: "Die Shop-Einstellungen wurden gespeichert.",
  },
  "shopAdmin.settings.licenseServer": {
    en: "License server",
    de: "Lizenzserver",
  },
  "shopAdmin.settings.licenseServerIntro": {
    en:
      "Paid orders get their keys from this server. Leave the URL empty to issue them here.",
    de:
      "Bezahlte Bestellungen erhalten ihre Schlüssel von diesem Server. Lassen Sie die URL leer, um sie hier auszustellen.",
  },
  "shopAdmin.settings.licenseServerUrl": {
    en: "License server URL",
    de: "URL des Lizenzservers",
  },
  "shopAdmin.settings.licenseServerUrlHint": {
    en: "E.g. https://licenses.example.com. Empty: this instance.",
    de: "Z. B. https://licenses.example.com. Leer: diese Instanz.",
  },
  "shopAdmin.settings.licenseServerApiKey": {
    en: "License server API key",
    de: "API-Schlüssel des Lizenzservers",
  },
  "shopAdmin.settings.secretSet": {
    en: "Set. Type a new one only to replace it.",
    de: "Hinterlegt. Geben Sie nur zum Ersetzen einen neuen ein.",
  },
  "shopAdmin.settings.secretNotSet": {
    en: "Not set.",
    de: "Nicht hinterlegt.",
  },
  "shopAdmin.settings.secretTooShort": {
    en: "Use at least 16 characters.",
    de: "Verwenden Sie mindestens 16 Zeichen.",
  },
  "shopAdmin.settings.urlInvalid": {
    en:
      "Please enter an address starting with https:// or http:// (or leave it empty).",
    de:
      "Bitte geben Sie eine Adresse ein, die mit https:// oder http:// beginnt (oder lassen Sie das Feld leer).",
  },
  "shopAdmin.settings.invoices": { en: "Invoices", de: "Rechnungen" },
  "shopAdmin.settings.currency": { en: "Currency", de: "Währung" },
  "shopAdmin.settings.currencyHint": {
    en: "Suggested for new products, e.g. EUR.",
    de: "Vorschlag für neue Produkte, z. B. EUR.",
  },
  "shopAdmin.settings.invoicePrefix": {
    en: "Invoice number prefix",
    de: "Präfix der Rechnungsnummer",
  },
  "shopAdmin.settings.invoicePrefixHint": {
    en: "Up to 12 capital letters, digits or hyphens: INV gives INV-2027-0001.",
    de:
      "Bis zu 12 Großbuchstaben, Ziffern oder Bindestriche: RE ergibt RE-2027-0001.",
  },
  "shopAdmin.settings.prefixInvalid": {
    en: "Use 1–12 capital letters, digits or hyphens.",
    de: "Verwenden Sie 1–12 Großbuchstaben, Ziffern oder Bindestriche.",
  },
  "shopAdmin.settings.paymentTermDays": {
    en: "Payment term (days)",
    de: "Zahlungsziel (Tage)",
  },
  "shopAdmin.settings.paymentTermDaysHint": {
    en: "Days from the invoice date to the due date (0–120).",
    de: "Tage vom Rechnungsdatum bis zur Fälligkeit (0–120).",
  },
  "shopAdmin.settings.webhook": {
    en: "Payment provider",
    de: "Zahlungsanbieter",
  },
  "shopAdmin.settings.webhookIntro": {
    en: "Your provider sends signed payment notifications to",
    de: "Ihr Zahlungsanbieter sendet signierte Zahlungsmeldungen an",
  },
  "shopAdmin.settings.webhookSecret": {
    en: "Webhook secret",
    de: "Webhook-Geheimnis",
  },
  "shopAdmin.settings.generateWebhookSecret": {
    en: "Generate a new webhook secret",
    de: "Neues Webhook-Geheimnis erzeugen",
  },
  "shopAdmin.settings.generateWebhookSecretHint": {
    en:
      "Replaces the current secret: update it at your provider right after saving.",
    de:
      "Ersetzt das bisherige Geheimnis: Tragen Sie es direkt nach dem Speichern bei Ihrem Anbieter ein.",
  },
  "shopAdmin.settings.secretOrGenerate": {
    en: "Type a secret or generate one, not both.",
    de:
      "Geben Sie ein Geheimnis ein oder lassen Sie eines erzeugen, nicht beides.",
  },
  "shopAdmin.settings.generatedTitle": {
    en: "New webhook secret",
    de: "Neues Webhook-Geheimnis",
  },
  "shopAdmin.settings.generatedText": {
    en:
      "The settings were saved. Copy this secret to your payment provider now: it is not shown again.",
    de:
      "Die Einstellungen wurden gespeichert. Kopieren Sie dieses Geheimnis jetzt zu Ihrem Zahlungsanbieter: Es wird nicht noch einmal angezeigt.",
  },
  "shopAdmin.portal.navOrders": { en: "Orders", de: "Bestellungen" },
  "shopAdmin.portal.navInvoices": { en: "Invoices", de: "Rechnungen" },
  "shopAdmin.portal.invoicesTitle": {
    en: "Your invoices",
    de: "Ihre Rechnungen",
  },
  "shopAdmin.portal.ordersTitle": {
    en: "Your orders",
    de: "Ihre Bestellungen",
  },
  "shopAdmin.portal.noInvoices": {
    en: "You have no invoices yet.",
    de: "Sie haben noch keine Rechnungen.",
  },
  "shopAdmin.portal.noOrders": {
    en: "You have not ordered anything yet.",
    de: "Sie haben noch nichts bestellt.",
  },
  "shopAdmin.portal.toShop": { en: "Visit the shop", de: "Zum Shop" },
  "shopAdmin.portal.noInvoiceNeeded": { en: "Free", de: "Kostenlos" },
});
