import { defineMessages } from "../define.ts";

/** Shop administration (catalogue, orders, invoices, settings) and the portal's orders and invoices. */
export default defineMessages({
  "shopAdmin.nav": "Shop sections",
  "shopAdmin.nav.catalog": "Products & packages",
  "shopAdmin.nav.orders": "Orders",
  "shopAdmin.nav.invoices": "Invoices",
  "shopAdmin.nav.settings": "Settings",
  "shopAdmin.none": "—",

  "shopAdmin.filter.status": "Status",
  "shopAdmin.filter.allStatuses": "All statuses",
  "shopAdmin.filter.apply": "Filter",
  "shopAdmin.filter.clear": "Show all",

  "shopAdmin.catalog.title": "Products & packages",
  "shopAdmin.catalog.intro":
    "What the shop sells. Each product is one module with its own license key; a package sells several products at one price.",
  "shopAdmin.catalog.back": "Products & packages",
  "shopAdmin.catalog.products": "Products",
  "shopAdmin.catalog.packages": "Packages",
  "shopAdmin.catalog.status": "Status",
  "shopAdmin.catalog.active": "On sale",
  "shopAdmin.catalog.inactive": "Not on sale",
  "shopAdmin.catalog.noProductsTitle": "No products yet",
  "shopAdmin.catalog.noProducts":
    "Add your first product with “New product”: it appears in the shop as soon as it is on sale.",
  "shopAdmin.catalog.noPackages":
    "No packages yet. A package sells several products together at one price.",

  "shopAdmin.form.slug":
    "Use 2–60 lower-case letters, digits and hyphens, starting with a letter or digit.",
  "shopAdmin.form.slugTaken":
    "Another product or package already uses this address.",
  "shopAdmin.form.moduleKey":
    "Use 2–40 lower-case letters, digits, “-” or “_”, starting with a letter.",

  "shopAdmin.offer.texts": "Name and description",
  "shopAdmin.offer.name": "Name",
  "shopAdmin.offer.slug": "Address in the shop",
  "shopAdmin.offer.slugHint":
    "The shop page is /shop/ followed by this, e.g. booking-pro.",
  "shopAdmin.offer.nameEn": "Name (English)",
  "shopAdmin.offer.nameDe": "Name (German)",
  "shopAdmin.offer.descriptionEn": "Description (English)",
  "shopAdmin.offer.descriptionDe": "Description (German)",
  "shopAdmin.offer.priceSection": "Price",
  "shopAdmin.offer.price": "Price",
  "shopAdmin.offer.priceHint":
    "Net, e.g. 49 or 49.90. 0 makes it free: the license is issued at once.",
  "shopAdmin.offer.currency": "Currency",
  "shopAdmin.offer.currencyHint": "Three letters, e.g. EUR.",
  "shopAdmin.offer.display": "Display",
  "shopAdmin.offer.position": "Position",
  "shopAdmin.offer.positionHint":
    "Lower numbers come first in the shop (−9999 to 9999).",
  "shopAdmin.offer.active": "On sale",
  "shopAdmin.offer.activeHint":
    "Only products and packages on sale appear in the shop.",
  "shopAdmin.offer.view": "View in shop",
  "shopAdmin.offer.delete": "Delete",

  "shopAdmin.product.new": "New product",
  "shopAdmin.product.create": "Create product",
  "shopAdmin.product.created": "The product “{name}” was created.",
  "shopAdmin.product.saved": "The product was saved.",
  "shopAdmin.product.deleted": "The product was deleted.",
  "shopAdmin.product.inUse":
    "This product was ordered or is part of a package, so it cannot be deleted. Take it off sale instead.",
  "shopAdmin.product.licenseSection": "License",
  "shopAdmin.product.moduleKey": "Module key",
  "shopAdmin.product.moduleKeyHint":
    "The product name licenses are issued for, e.g. booking or activity.",
  "shopAdmin.product.trial": "Trial",
  "shopAdmin.product.trialDays": "Trial days",
  "shopAdmin.product.trialDaysHint": "0 for no free trial (up to 365).",
  "shopAdmin.product.trialDaysValue": "{days} days",

  "shopAdmin.package.new": "New package",
  "shopAdmin.package.create": "Create package",
  "shopAdmin.package.created": "The package “{name}” was created.",
  "shopAdmin.package.saved": "The package was saved.",
  "shopAdmin.package.deleted": "The package was deleted.",
  "shopAdmin.package.inUse":
    "This package was ordered, so it cannot be deleted. Take it off sale instead.",
  "shopAdmin.package.products": "Products",
  "shopAdmin.package.productsHint":
    "A buyer gets one license key for each product.",
  "shopAdmin.package.productsRequired": "Choose at least one product.",
  "shopAdmin.package.noProducts":
    "Create products first, then bundle them here.",

  "shopAdmin.orders.title": "Orders",
  "shopAdmin.orders.intro": "Everything bought in the shop, newest first.",
  "shopAdmin.orders.back": "All orders",
  "shopAdmin.orders.searchLabel": "Company, contact, email or invoice number",
  "shopAdmin.orders.emptyTitle": "No orders yet",
  "shopAdmin.orders.empty":
    "Orders appear here as soon as someone checks out in the shop.",
  "shopAdmin.orders.openShop": "Open the shop",
  "shopAdmin.orders.noMatch":
    "No order matches these filters. Try fewer words or another status.",

  "shopAdmin.order.title": "Order from {client}, {date}",
  "shopAdmin.order.details": "Details",
  "shopAdmin.order.date": "Ordered",
  "shopAdmin.order.client": "Client",
  "shopAdmin.order.contact": "Contact",
  "shopAdmin.order.items": "Items",
  "shopAdmin.order.invoice": "Invoice",
  "shopAdmin.order.total": "Total",
  "shopAdmin.order.status": "Status",
  "shopAdmin.order.paidAt": "Paid",
  "shopAdmin.order.cancelledAt": "Cancelled",
  "shopAdmin.order.kind": "Kind",
  "shopAdmin.order.kind.product": "Product",
  "shopAdmin.order.kind.package": "Package",
  "shopAdmin.order.noInvoice": "No invoice: this order was free (or a trial).",
  "shopAdmin.order.status.pending": "Awaiting payment",
  "shopAdmin.order.status.paid": "Paid",
  "shopAdmin.order.status.cancelled": "Cancelled",
  "shopAdmin.order.cancel": "Cancel order",
  "shopAdmin.order.cancelled": "The order and its invoice were cancelled.",
  "shopAdmin.order.notCancellable": "Only unpaid orders can be cancelled.",
  "shopAdmin.order.hasPayments":
    "Money was already received on this invoice. Settle or refund it before cancelling.",

  "shopAdmin.grant.title": "Licenses",
  "shopAdmin.grant.product": "Product",
  "shopAdmin.grant.type": "Type",
  "shopAdmin.grant.status": "Issuing",
  "shopAdmin.grant.attempts": "Attempts",
  "shopAdmin.grant.lastError": "Last error",
  "shopAdmin.grant.license": "License",
  "shopAdmin.grant.status.pending": "Waiting",
  "shopAdmin.grant.status.issued": "Issued",
  "shopAdmin.grant.status.failed": "Failed",
  "shopAdmin.grant.nextAttempt": "Next attempt {when}",
  "shopAdmin.grant.remote": "Issued by the license server",
  "shopAdmin.grant.noneYet":
    "Licenses are issued as soon as the invoice is paid.",
  "shopAdmin.grant.noneCancelled":
    "The order was cancelled; no licenses were issued.",
  "shopAdmin.grant.retry": "Try again",
  "shopAdmin.grant.retried": "Issuing was tried again; its state is below.",
  "shopAdmin.grant.nothingToRetry":
    "This license is not in a failed state any more.",

  "shopAdmin.invoices.title": "Invoices",
  "shopAdmin.invoices.intro":
    "Shop invoices with what has been paid and what is still owed.",
  "shopAdmin.invoices.back": "All invoices",
  "shopAdmin.invoices.searchLabel": "Invoice number, company, contact or email",
  "shopAdmin.invoices.empty":
    "No invoices yet. Every order that is not free creates one.",
  "shopAdmin.invoices.noMatch": "No invoice matches these filters.",

  "shopAdmin.invoice.title": "Invoice {number}",
  "shopAdmin.invoice.number": "Invoice",
  "shopAdmin.invoice.issued": "Issued",
  "shopAdmin.invoice.due": "Due",
  "shopAdmin.invoice.paidOn": "Paid",
  "shopAdmin.invoice.billTo": "Bill to",
  "shopAdmin.invoice.item": "Item",
  "shopAdmin.invoice.quantity": "Qty",
  "shopAdmin.invoice.unitPrice": "Unit price",
  "shopAdmin.invoice.lineTotal": "Amount",
  "shopAdmin.invoice.subtotal": "Subtotal",
  "shopAdmin.invoice.tax": "VAT {rate} %",
  "shopAdmin.invoice.total": "Total",
  "shopAdmin.invoice.paid": "Paid",
  "shopAdmin.invoice.balance": "Balance due",
  "shopAdmin.invoice.payTo": "Please pay to",
  "shopAdmin.invoice.reference": "Reference: {number}",
  "shopAdmin.invoice.payments": "Payments",
  "shopAdmin.invoice.order": "Order",
  "shopAdmin.invoice.printHint":
    "To print or save as PDF, use your browser’s Print command: only the invoice is printed.",
  "shopAdmin.invoice.status.open": "Open",
  "shopAdmin.invoice.status.overdue": "Overdue",
  "shopAdmin.invoice.status.paid": "Paid",
  "shopAdmin.invoice.status.cancelled": "Cancelled",

  "shopAdmin.payment.record": "Record payment",
  "shopAdmin.payment.intro":
    "Enter money received for this invoice. When it is paid in full, the licenses are issued and emailed.",
  "shopAdmin.payment.amount": "Amount",
  "shopAdmin.payment.amountHint":
    "In the invoice currency, e.g. 119 or 119.00. Part payments add up.",
  "shopAdmin.payment.amountPositive": "Please enter an amount above zero.",
  "shopAdmin.payment.exceedsBalance": "This is more than the balance due.",
  "shopAdmin.payment.date": "Received on",
  "shopAdmin.payment.futureDate": "The payment date cannot be in the future.",
  "shopAdmin.payment.method": "Method",
  "shopAdmin.payment.transactionId": "Transaction ID",
  "shopAdmin.payment.transactionIdHint":
    "The bank or provider reference. Each one is recorded only once.",
  "shopAdmin.payment.recordedBy": "Recorded by",
  "shopAdmin.payment.automatic": "Payment provider",
  "shopAdmin.payment.submit": "Record payment",
  "shopAdmin.payment.recordedPartial":
    "The payment was recorded. Still due: {balance}.",
  "shopAdmin.payment.recordedPaid":
    "The payment was recorded and the invoice is paid. The licenses are being issued and emailed.",
  "shopAdmin.payment.duplicate":
    "Transaction {transactionId} was recorded before, so nothing was changed.",
  "shopAdmin.payment.invoiceCancelled":
    "This invoice is cancelled and takes no payments.",
  "shopAdmin.method.bank_transfer": "Bank transfer",
  "shopAdmin.method.card": "Card",
  "shopAdmin.method.cash": "Cash",
  "shopAdmin.method.other": "Other",
  "shopAdmin.method.provider": "Payment provider",

  "shopAdmin.settings.title": "Shop settings",
  "shopAdmin.settings.intro":
    "Where license keys come from, how invoices look, and the payment provider.",
  "shopAdmin.settings.saved": "The shop settings were saved.",
  "shopAdmin.settings.licenseServer": "License server",
  "shopAdmin.settings.licenseServerIntro":
    "Paid orders get their keys from this server. Leave the URL empty to issue them here.",
  "shopAdmin.settings.licenseServerUrl": "License server URL",
  "shopAdmin.settings.licenseServerUrlHint":
    "E.g. https://licenses.example.com. Empty: this instance.",
  "shopAdmin.settings.licenseServerApiKey": "License server API key",
  "shopAdmin.settings.secretSet": "Set. Type a new one only to replace it.",
  "shopAdmin.settings.secretNotSet": "Not set.",
  "shopAdmin.settings.secretTooShort": "Use at least 16 characters.",
  "shopAdmin.settings.urlInvalid":
    "Please enter an address starting with https:// or http:// (or leave it empty).",
  "shopAdmin.settings.invoices": "Invoices",
  "shopAdmin.settings.currency": "Currency",
  "shopAdmin.settings.currencyHint": "Suggested for new products, e.g. EUR.",
  "shopAdmin.settings.invoicePrefix": "Invoice number prefix",
  "shopAdmin.settings.invoicePrefixHint":
    "Up to 12 capital letters, digits or hyphens: INV gives INV-2027-0001.",
  "shopAdmin.settings.prefixInvalid":
    "Use 1–12 capital letters, digits or hyphens.",
  "shopAdmin.settings.paymentTermDays": "Payment term (days)",
  "shopAdmin.settings.paymentTermDaysHint":
    "Days from the invoice date to the due date (0–120).",
  "shopAdmin.settings.webhook": "Payment provider",
  "shopAdmin.settings.webhookIntro":
    "Your provider sends signed payment notifications to",
  "shopAdmin.settings.webhookSecret": "Webhook secret",
  "shopAdmin.settings.generateWebhookSecret": "Generate a new webhook secret",
  "shopAdmin.settings.generateWebhookSecretHint":
    "Replaces the current secret: update it at your provider right after saving.",
  "shopAdmin.settings.secretOrGenerate":
    "Type a secret or generate one, not both.",
  "shopAdmin.settings.generatedTitle": "New webhook secret",
  "shopAdmin.settings.generatedText":
    "The settings were saved. Copy this secret to your payment provider now: it is not shown again.",

  "shopAdmin.portal.navOrders": "Orders",
  "shopAdmin.portal.navInvoices": "Invoices",
  "shopAdmin.portal.invoicesTitle": "Your invoices",
  "shopAdmin.portal.ordersTitle": "Your orders",
  "shopAdmin.portal.noInvoices": "You have no invoices yet.",
  "shopAdmin.portal.noOrders": "You have not ordered anything yet.",
  "shopAdmin.portal.toShop": "Visit the shop",
  "shopAdmin.portal.noInvoiceNeeded": "Free",
}, {
  "shopAdmin.nav": "Shop-Bereiche",
  "shopAdmin.nav.catalog": "Produkte & Pakete",
  "shopAdmin.nav.orders": "Bestellungen",
  "shopAdmin.nav.invoices": "Rechnungen",
  "shopAdmin.nav.settings": "Einstellungen",
  "shopAdmin.none": "—",

  "shopAdmin.filter.status": "Status",
  "shopAdmin.filter.allStatuses": "Alle Status",
  "shopAdmin.filter.apply": "Filtern",
  "shopAdmin.filter.clear": "Alle zeigen",

  "shopAdmin.catalog.title": "Produkte & Pakete",
  "shopAdmin.catalog.intro":
    "Was der Shop verkauft. Jedes Produkt ist ein Modul mit eigenem Lizenzschlüssel; ein Paket verkauft mehrere Produkte zu einem Preis.",
  "shopAdmin.catalog.back": "Produkte & Pakete",
  "shopAdmin.catalog.products": "Produkte",
  "shopAdmin.catalog.packages": "Pakete",
  "shopAdmin.catalog.status": "Status",
  "shopAdmin.catalog.active": "Im Verkauf",
  "shopAdmin.catalog.inactive": "Nicht im Verkauf",
  "shopAdmin.catalog.noProductsTitle": "Noch keine Produkte",
  "shopAdmin.catalog.noProducts":
    "Legen Sie mit „Neues Produkt“ Ihr erstes Produkt an: Es erscheint im Shop, sobald es im Verkauf ist.",
  "shopAdmin.catalog.noPackages":
    "Noch keine Pakete. Ein Paket verkauft mehrere Produkte zusammen zu einem Preis.",

  "shopAdmin.form.slug":
    "Verwenden Sie 2–60 Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit Buchstabe oder Ziffer.",
  "shopAdmin.form.slugTaken":
    "Ein anderes Produkt oder Paket verwendet diese Adresse bereits.",
  "shopAdmin.form.moduleKey":
    "Verwenden Sie 2–40 Kleinbuchstaben, Ziffern, „-“ oder „_“, beginnend mit einem Buchstaben.",

  "shopAdmin.offer.texts": "Name und Beschreibung",
  "shopAdmin.offer.name": "Name",
  "shopAdmin.offer.slug": "Adresse im Shop",
  "shopAdmin.offer.slugHint":
    "Die Shop-Seite ist /shop/ gefolgt davon, z. B. booking-pro.",
  "shopAdmin.offer.nameEn": "Name (Englisch)",
  "shopAdmin.offer.nameDe": "Name (Deutsch)",
  "shopAdmin.offer.descriptionEn": "Beschreibung (Englisch)",
  "shopAdmin.offer.descriptionDe": "Beschreibung (Deutsch)",
  "shopAdmin.offer.priceSection": "Preis",
  "shopAdmin.offer.price": "Preis",
  "shopAdmin.offer.priceHint":
    "Netto, z. B. 49 oder 49,90. Bei 0 ist es kostenlos: Die Lizenz wird sofort ausgestellt.",
  "shopAdmin.offer.currency": "Währung",
  "shopAdmin.offer.currencyHint": "Drei Buchstaben, z. B. EUR.",
  "shopAdmin.offer.display": "Anzeige",
  "shopAdmin.offer.position": "Position",
  "shopAdmin.offer.positionHint":
    "Kleinere Zahlen stehen im Shop weiter vorn (−9999 bis 9999).",
  "shopAdmin.offer.active": "Im Verkauf",
  "shopAdmin.offer.activeHint":
    "Nur Produkte und Pakete im Verkauf erscheinen im Shop.",
  "shopAdmin.offer.view": "Im Shop ansehen",
  "shopAdmin.offer.delete": "Löschen",

  "shopAdmin.product.new": "Neues Produkt",
  "shopAdmin.product.create": "Produkt anlegen",
  "shopAdmin.product.created": "Das Produkt „{name}“ wurde angelegt.",
  "shopAdmin.product.saved": "Das Produkt wurde gespeichert.",
  "shopAdmin.product.deleted": "Das Produkt wurde gelöscht.",
  "shopAdmin.product.inUse":
    "Dieses Produkt wurde bestellt oder ist Teil eines Pakets und kann daher nicht gelöscht werden. Nehmen Sie es stattdessen aus dem Verkauf.",
  "shopAdmin.product.licenseSection": "Lizenz",
  "shopAdmin.product.moduleKey": "Modulschlüssel",
  "shopAdmin.product.moduleKeyHint":
    "Der Produktname, für den Lizenzen ausgestellt werden, z. B. booking oder activity.",
  "shopAdmin.product.trial": "Testphase",
  "shopAdmin.product.trialDays": "Testtage",
  "shopAdmin.product.trialDaysHint":
    "0 für keine kostenlose Testphase (bis 365).",
  "shopAdmin.product.trialDaysValue": "{days} Tage",

  "shopAdmin.package.new": "Neues Paket",
  "shopAdmin.package.create": "Paket anlegen",
  "shopAdmin.package.created": "Das Paket „{name}“ wurde angelegt.",
  "shopAdmin.package.saved": "Das Paket wurde gespeichert.",
  "shopAdmin.package.deleted": "Das Paket wurde gelöscht.",
  "shopAdmin.package.inUse":
    "Dieses Paket wurde bestellt und kann daher nicht gelöscht werden. Nehmen Sie es stattdessen aus dem Verkauf.",
  "shopAdmin.package.products": "Produkte",
  "shopAdmin.package.productsHint":
    "Käufer erhalten für jedes Produkt einen eigenen Lizenzschlüssel.",
  "shopAdmin.package.productsRequired": "Wählen Sie mindestens ein Produkt.",
  "shopAdmin.package.noProducts":
    "Legen Sie zuerst Produkte an und bündeln Sie sie dann hier.",

  "shopAdmin.orders.title": "Bestellungen",
  "shopAdmin.orders.intro": "Alles, was im Shop gekauft wurde, neueste zuerst.",
  "shopAdmin.orders.back": "Alle Bestellungen",
  "shopAdmin.orders.searchLabel": "Firma, Kontakt, E-Mail oder Rechnungsnummer",
  "shopAdmin.orders.emptyTitle": "Noch keine Bestellungen",
  "shopAdmin.orders.empty":
    "Bestellungen erscheinen hier, sobald jemand im Shop bestellt.",
  "shopAdmin.orders.openShop": "Shop öffnen",
  "shopAdmin.orders.noMatch":
    "Keine Bestellung passt zu diesen Filtern. Versuchen Sie weniger Wörter oder einen anderen Status.",

  "shopAdmin.order.title": "Bestellung von {client}, {date}",
  "shopAdmin.order.details": "Details",
  "shopAdmin.order.date": "Bestellt",
  "shopAdmin.order.client": "Kunde",
  "shopAdmin.order.contact": "Kontakt",
  "shopAdmin.order.items": "Positionen",
  "shopAdmin.order.invoice": "Rechnung",
  "shopAdmin.order.total": "Summe",
  "shopAdmin.order.status": "Status",
  "shopAdmin.order.paidAt": "Bezahlt",
  "shopAdmin.order.cancelledAt": "Storniert",
  "shopAdmin.order.kind": "Art",
  "shopAdmin.order.kind.product": "Produkt",
  "shopAdmin.order.kind.package": "Paket",
  "shopAdmin.order.noInvoice":
    "Keine Rechnung: Diese Bestellung war kostenlos (oder eine Testphase).",
  "shopAdmin.order.status.pending": "Zahlung offen",
  "shopAdmin.order.status.paid": "Bezahlt",
  "shopAdmin.order.status.cancelled": "Storniert",
  "shopAdmin.order.cancel": "Bestellung stornieren",
  "shopAdmin.order.cancelled":
    "Die Bestellung und ihre Rechnung wurden storniert.",
  "shopAdmin.order.notCancellable":
    "Nur unbezahlte Bestellungen können storniert werden.",
  "shopAdmin.order.hasPayments":
    "Auf diese Rechnung ist bereits Geld eingegangen. Klären oder erstatten Sie es vor dem Stornieren.",

  "shopAdmin.grant.title": "Lizenzen",
  "shopAdmin.grant.product": "Produkt",
  "shopAdmin.grant.type": "Art",
  "shopAdmin.grant.status": "Ausstellung",
  "shopAdmin.grant.attempts": "Versuche",
  "shopAdmin.grant.lastError": "Letzter Fehler",
  "shopAdmin.grant.license": "Lizenz",
  "shopAdmin.grant.status.pending": "Wartet",
  "shopAdmin.grant.status.issued": "Ausgestellt",
  "shopAdmin.grant.status.failed": "Fehlgeschlagen",
  "shopAdmin.grant.nextAttempt": "Nächster Versuch {when}",
  "shopAdmin.grant.remote": "Vom Lizenzserver ausgestellt",
  "shopAdmin.grant.noneYet":
    "Lizenzen werden ausgestellt, sobald die Rechnung bezahlt ist.",
  "shopAdmin.grant.noneCancelled":
    "Die Bestellung wurde storniert; es wurden keine Lizenzen ausgestellt.",
  "shopAdmin.grant.retry": "Erneut versuchen",
  "shopAdmin.grant.retried":
    "Die Ausstellung wurde erneut versucht; den Stand sehen Sie unten.",
  "shopAdmin.grant.nothingToRetry":
    "Diese Lizenz ist nicht mehr im Fehlerzustand.",

  "shopAdmin.invoices.title": "Rechnungen",
  "shopAdmin.invoices.intro":
    "Shop-Rechnungen mit bereits gezahlten und noch offenen Beträgen.",
  "shopAdmin.invoices.back": "Alle Rechnungen",
  "shopAdmin.invoices.searchLabel":
    "Rechnungsnummer, Firma, Kontakt oder E-Mail",
  "shopAdmin.invoices.empty":
    "Noch keine Rechnungen. Jede kostenpflichtige Bestellung erzeugt eine.",
  "shopAdmin.invoices.noMatch": "Keine Rechnung passt zu diesen Filtern.",

  "shopAdmin.invoice.title": "Rechnung {number}",
  "shopAdmin.invoice.number": "Rechnung",
  "shopAdmin.invoice.issued": "Ausgestellt",
  "shopAdmin.invoice.due": "Fällig",
  "shopAdmin.invoice.paidOn": "Bezahlt",
  "shopAdmin.invoice.billTo": "Rechnungsempfänger",
  "shopAdmin.invoice.item": "Position",
  "shopAdmin.invoice.quantity": "Menge",
  "shopAdmin.invoice.unitPrice": "Einzelpreis",
  "shopAdmin.invoice.lineTotal": "Betrag",
  "shopAdmin.invoice.subtotal": "Zwischensumme",
  "shopAdmin.invoice.tax": "MwSt. {rate} %",
  "shopAdmin.invoice.total": "Gesamt",
  "shopAdmin.invoice.paid": "Bezahlt",
  "shopAdmin.invoice.balance": "Offener Betrag",
  "shopAdmin.invoice.payTo": "Bitte überweisen an",
  "shopAdmin.invoice.reference": "Verwendungszweck: {number}",
  "shopAdmin.invoice.payments": "Zahlungen",
  "shopAdmin.invoice.order": "Bestellung",
  "shopAdmin.invoice.printHint":
    "Zum Drucken oder Speichern als PDF nutzen Sie die Druckfunktion Ihres Browsers: Gedruckt wird nur die Rechnung.",
  "shopAdmin.invoice.status.open": "Offen",
  "shopAdmin.invoice.status.overdue": "Überfällig",
  "shopAdmin.invoice.status.paid": "Bezahlt",
  "shopAdmin.invoice.status.cancelled": "Storniert",

  "shopAdmin.payment.record": "Zahlung erfassen",
  "shopAdmin.payment.intro":
    "Erfassen Sie eingegangenes Geld für diese Rechnung. Ist sie vollständig bezahlt, werden die Lizenzen ausgestellt und per E-Mail verschickt.",
  "shopAdmin.payment.amount": "Betrag",
  "shopAdmin.payment.amountHint":
    "In der Rechnungswährung, z. B. 119 oder 119,00. Teilzahlungen werden addiert.",
  "shopAdmin.payment.amountPositive":
    "Bitte geben Sie einen Betrag über null ein.",
  "shopAdmin.payment.exceedsBalance": "Das ist mehr als der offene Betrag.",
  "shopAdmin.payment.date": "Eingegangen am",
  "shopAdmin.payment.futureDate":
    "Das Zahlungsdatum darf nicht in der Zukunft liegen.",
  "shopAdmin.payment.method": "Zahlungsart",
  "shopAdmin.payment.transactionId": "Transaktions-ID",
  "shopAdmin.payment.transactionIdHint":
    "Die Referenz der Bank oder des Zahlungsanbieters. Jede wird nur einmal erfasst.",
  "shopAdmin.payment.recordedBy": "Erfasst von",
  "shopAdmin.payment.automatic": "Zahlungsanbieter",
  "shopAdmin.payment.submit": "Zahlung erfassen",
  "shopAdmin.payment.recordedPartial":
    "Die Zahlung wurde erfasst. Noch offen: {balance}.",
  "shopAdmin.payment.recordedPaid":
    "Die Zahlung wurde erfasst und die Rechnung ist bezahlt. Die Lizenzen werden ausgestellt und per E-Mail verschickt.",
  "shopAdmin.payment.duplicate":
    "Transaktion {transactionId} wurde bereits erfasst; es wurde nichts geändert.",
  "shopAdmin.payment.invoiceCancelled":
    "Diese Rechnung ist storniert und nimmt keine Zahlungen an.",
  "shopAdmin.method.bank_transfer": "Überweisung",
  "shopAdmin.method.card": "Karte",
  "shopAdmin.method.cash": "Bar",
  "shopAdmin.method.other": "Sonstige",
  "shopAdmin.method.provider": "Zahlungsanbieter",

  "shopAdmin.settings.title": "Shop-Einstellungen",
  "shopAdmin.settings.intro":
    "Woher Lizenzschlüssel kommen, wie Rechnungen aussehen und der Zahlungsanbieter.",
  "shopAdmin.settings.saved": "Die Shop-Einstellungen wurden gespeichert.",
  "shopAdmin.settings.licenseServer": "Lizenzserver",
  "shopAdmin.settings.licenseServerIntro":
    "Bezahlte Bestellungen erhalten ihre Schlüssel von diesem Server. Lassen Sie die URL leer, um sie hier auszustellen.",
  "shopAdmin.settings.licenseServerUrl": "URL des Lizenzservers",
  "shopAdmin.settings.licenseServerUrlHint":
    "Z. B. https://licenses.example.com. Leer: diese Instanz.",
  "shopAdmin.settings.licenseServerApiKey": "API-Schlüssel des Lizenzservers",
  "shopAdmin.settings.secretSet":
    "Hinterlegt. Geben Sie nur zum Ersetzen einen neuen ein.",
  "shopAdmin.settings.secretNotSet": "Nicht hinterlegt.",
  "shopAdmin.settings.secretTooShort": "Verwenden Sie mindestens 16 Zeichen.",
  "shopAdmin.settings.urlInvalid":
    "Bitte geben Sie eine Adresse ein, die mit https:// oder http:// beginnt (oder lassen Sie das Feld leer).",
  "shopAdmin.settings.invoices": "Rechnungen",
  "shopAdmin.settings.currency": "Währung",
  "shopAdmin.settings.currencyHint": "Vorschlag für neue Produkte, z. B. EUR.",
  "shopAdmin.settings.invoicePrefix": "Präfix der Rechnungsnummer",
  "shopAdmin.settings.invoicePrefixHint":
    "Bis zu 12 Großbuchstaben, Ziffern oder Bindestriche: RE ergibt RE-2027-0001.",
  "shopAdmin.settings.prefixInvalid":
    "Verwenden Sie 1–12 Großbuchstaben, Ziffern oder Bindestriche.",
  "shopAdmin.settings.paymentTermDays": "Zahlungsziel (Tage)",
  "shopAdmin.settings.paymentTermDaysHint":
    "Tage vom Rechnungsdatum bis zur Fälligkeit (0–120).",
  "shopAdmin.settings.webhook": "Zahlungsanbieter",
  "shopAdmin.settings.webhookIntro":
    "Ihr Zahlungsanbieter sendet signierte Zahlungsmeldungen an",
  "shopAdmin.settings.webhookSecret": "Webhook-Geheimnis",
  "shopAdmin.settings.generateWebhookSecret":
    "Neues Webhook-Geheimnis erzeugen",
  "shopAdmin.settings.generateWebhookSecretHint":
    "Ersetzt das bisherige Geheimnis: Tragen Sie es direkt nach dem Speichern bei Ihrem Anbieter ein.",
  "shopAdmin.settings.secretOrGenerate":
    "Geben Sie ein Geheimnis ein oder lassen Sie eines erzeugen, nicht beides.",
  "shopAdmin.settings.generatedTitle": "Neues Webhook-Geheimnis",
  "shopAdmin.settings.generatedText":
    "Die Einstellungen wurden gespeichert. Kopieren Sie dieses Geheimnis jetzt zu Ihrem Zahlungsanbieter: Es wird nicht noch einmal angezeigt.",

  "shopAdmin.portal.navOrders": "Bestellungen",
  "shopAdmin.portal.navInvoices": "Rechnungen",
  "shopAdmin.portal.invoicesTitle": "Ihre Rechnungen",
  "shopAdmin.portal.ordersTitle": "Ihre Bestellungen",
  "shopAdmin.portal.noInvoices": "Sie haben noch keine Rechnungen.",
  "shopAdmin.portal.noOrders": "Sie haben noch nichts bestellt.",
  "shopAdmin.portal.toShop": "Zum Shop",
  "shopAdmin.portal.noInvoiceNeeded": "Kostenlos",
});
