import { defineMessages } from "../define.ts";

/** The shop: emails and public pages. */
export default defineMessages({
  "shop.title": { en: "Shop", de: "Shop" },
  "shop.intro": {
    en:
      "Modules for your CRM. The license key arrives by email as soon as your payment is in.",
    de:
      "Module für Ihr CRM. Der Lizenzschlüssel kommt per E-Mail, sobald Ihre Zahlung eingegangen ist.",
  },
  "shop.empty": {
    en: "Nothing is for sale at the moment.",
    de: "Derzeit gibt es nichts zu kaufen.",
  },
  "shop.products": { en: "Modules", de: "Module" },
  "shop.packages": { en: "Packages", de: "Pakete" },
  "shop.includes": { en: "Includes", de: "Enthält" },
  "shop.free": { en: "Free", de: "Kostenlos" },
  "shop.buy": { en: "Buy now", de: "Jetzt kaufen" },
  "shop.getFree": { en: "Get it free", de: "Kostenlos holen" },
  "shop.trial": {
    en: "Start free trial ({days} days)",
    de: "Kostenlos testen ({days} Tage)",
  },
  "shop.price.net": { en: "plus VAT", de: "zzgl. MwSt." },
  "shop.price.gross": { en: "incl. VAT", de: "inkl. MwSt." },
  "shop.price.reverseCharge": {
    en: "net, reverse charge",
    de: "netto, Reverse Charge",
  },
  "shop.price.smallBusiness": {
    en: "final price, no VAT (§19 UStG)",
    de: "Endpreis, keine MwSt. (§19 UStG)",
  },
  "shop.price.noVat": { en: "no VAT", de: "ohne MwSt." },
  "shop.summary.title": { en: "Your order", de: "Ihre Bestellung" },
  "shop.summary.vatIncluded": {
    en: "incl. {rate} % VAT",
    de: "inkl. {rate} % MwSt.",
  },
  "shop.summary.vatAdded": {
    en: "plus {rate} % VAT",
    de: "zzgl. {rate} % MwSt.",
  },
  "shop.summary.vatNone": { en: "No VAT (0 %)", de: "Keine MwSt. (0 %)" },
  "shop.summary.total": { en: "Total", de: "Gesamtbetrag" },
  "shop.summary.update": { en: "Update total", de: "Summe aktualisieren" },
  "shop.field.buyer": { en: "I am buying as", de: "Ich kaufe als" },
  "shop.buyer.consumer": {
    en: "a private person",
    de: "Privatperson",
  },
  "shop.buyer.business": {
    en: "a business",
    de: "Unternehmen",
  },
  "shop.field.companyName": { en: "Company", de: "Firma" },
  "shop.companyRequired": {
    en: "Please enter the company name for the invoice.",
    de: "Bitte geben Sie den Firmennamen für die Rechnung an.",
  },
  "shop.consent.withdrawal": {
    en:
      "I expressly agree that delivery of the digital content (the license key) starts immediately, before the withdrawal period ends. I acknowledge that I thereby lose my right of withdrawal.",
    de:
      "Ich stimme ausdrücklich zu, dass vor Ablauf der Widerrufsfrist mit der Lieferung der digitalen Inhalte (des Lizenzschlüssels) begonnen wird. Mir ist bekannt, dass ich dadurch mein Widerrufsrecht verliere.",
  },
  "shop.consent.required": {
    en:
      "Please agree to immediate delivery: without it we cannot deliver the license key.",
    de:
      "Bitte stimmen Sie der sofortigen Lieferung zu: ohne sie können wir den Lizenzschlüssel nicht liefern.",
  },
  "shop.email.order.consent": {
    en: "When ordering you gave this consent:",
    de: "Bei der Bestellung haben Sie diese Zustimmung erteilt:",
  },
  "shop.checkout.title": { en: "Checkout", de: "Kasse" },
  "shop.checkout.trialTitle": {
    en: "Start your free trial",
    de: "Kostenlose Testphase starten",
  },
  "shop.checkout.signedInAs": {
    en: "Ordering as {name} ({email}).",
    de: "Sie bestellen als {name} ({email}).",
  },
  "shop.field.name": { en: "Name", de: "Name" },
  "shop.field.email": { en: "Email", de: "E-Mail" },
  "shop.field.address": {
    en: "Street and number",
    de: "Straße und Hausnummer",
  },
  "shop.field.postalCode": { en: "Postal code", de: "PLZ" },
  "shop.field.city": { en: "City", de: "Ort" },
  "shop.field.country": { en: "Country", de: "Land" },
  "shop.field.terms": {
    en: "I accept the terms of sale and have read the privacy policy.",
    de:
      "Ich akzeptiere die Verkaufsbedingungen und habe die Datenschutzerklärung gelesen.",
  },
  "shop.terms.title": { en: "Terms of sale", de: "Verkaufsbedingungen" },
  "shop.privacy.title": { en: "Privacy policy", de: "Datenschutzerklärung" },
  "shop.legal.unset": {
    en: "This text has not been published yet. Please contact us: {email}",
    de:
      "Dieser Text ist noch nicht veröffentlicht. Bitte kontaktieren Sie uns: {email}",
  },
  "shop.mustAccept": {
    en: "Please accept the terms.",
    de: "Bitte akzeptieren Sie die Bedingungen.",
  },
  "shop.placeOrder": {
    en: "Buy now – payment required",
    de: "Zahlungspflichtig bestellen",
  },
  "shop.orderFree": { en: "Order free of charge", de: "Kostenlos bestellen" },
  "shop.startTrial": { en: "Start trial", de: "Testphase starten" },
  "shop.trialUsed": {
    en: "A trial of this product was already started for your company.",
    de:
      "Für Ihre Firma wurde bereits eine Testphase dieses Produkts gestartet.",
  },
  "shop.thanks.invoice": {
    en:
      "Invoice {number} is in your client portal and on its way by email. Your license key follows as soon as the payment is in.",
    de:
      "Rechnung {number} liegt in Ihrem Kundenportal und ist per E-Mail unterwegs. Ihr Lizenzschlüssel folgt, sobald die Zahlung eingegangen ist.",
  },
  "shop.thanks.free": {
    en: "Your license key is on its way by email and in your client portal.",
    de: "Ihr Lizenzschlüssel ist per E-Mail unterwegs und im Kundenportal.",
  },
  "shop.held": {
    en:
      "We sent a link to {email} to confirm this order. It is placed once the link is opened and the order confirmed (within {hours} hours). Is this your account? You can also sign in and order directly.",
    de:
      "Wir haben einen Link an {email} geschickt, um diese Bestellung zu bestätigen. Sie wird aufgegeben, sobald der Link geöffnet und die Bestellung bestätigt wird (innerhalb von {hours} Stunden). Ist das Ihr Konto? Sie können sich auch anmelden und direkt bestellen.",
  },
  "shop.confirm.title": {
    en: "Confirm your order",
    de: "Bestellung bestätigen",
  },
  "shop.confirm.intro": {
    en:
      "This was ordered in our shop with the address {email}, without signing in. Check the order: confirming places it for your account. If it was not you, simply close this page; nothing is ordered.",
    de:
      "Dies wurde in unserem Shop mit der Adresse {email} bestellt, ohne Anmeldung. Prüfen Sie die Bestellung: Mit der Bestätigung wird sie für Ihr Konto aufgegeben. Waren Sie das nicht, schließen Sie diese Seite einfach; es wird nichts bestellt.",
  },
  "shop.confirm.billing": { en: "Invoice address", de: "Rechnungsadresse" },
  "shop.confirm.invalidTitle": {
    en: "Link no longer valid",
    de: "Link nicht mehr gültig",
  },
  "shop.confirm.invalid": {
    en:
      "This confirmation link has expired or was already used. If you have not confirmed the order yet, please order again in the shop.",
    de:
      "Dieser Bestätigungslink ist abgelaufen oder wurde schon verwendet. Falls Sie die Bestellung noch nicht bestätigt haben, bestellen Sie bitte erneut im Shop.",
  },
  "shop.portal.remoteKeys": {
    en: "Keys from our license server",
    de: "Schlüssel von unserem Lizenzserver",
  },
  "shop.portal.remoteKeysText": {
    en:
      "These keys were issued by our license server; activate them in your module's settings.",
    de:
      "Diese Schlüssel hat unser Lizenzserver ausgestellt; aktivieren Sie sie in den Einstellungen Ihres Moduls.",
  },
  "shop.noTrial": {
    en: "This product has no free trial.",
    de: "Für dieses Produkt gibt es keine kostenlose Testphase.",
  },
  "shop.email.order.subject": {
    en: "Your order: {item}",
    de: "Ihre Bestellung: {item}",
  },
  "shop.email.trial.subject": {
    en: "Your free trial: {item}",
    de: "Ihre kostenlose Testphase: {item}",
  },
  "shop.email.order.invoice": {
    en:
      "Thank you for your order. Invoice {number} is waiting in your client portal. Your license key follows by email as soon as the payment arrives.",
    de:
      "Vielen Dank für Ihre Bestellung. Rechnung {number} liegt in Ihrem Kundenportal bereit. Ihr Lizenzschlüssel folgt per E-Mail, sobald die Zahlung eingegangen ist.",
  },
  "shop.email.order.free": {
    en: "Thank you. Your license key follows in a separate email in a moment.",
    de:
      "Vielen Dank. Ihr Lizenzschlüssel folgt gleich in einer eigenen E-Mail.",
  },
  "shop.email.order.portal": {
    en: "Open the client portal",
    de: "Kundenportal öffnen",
  },
  "shop.email.order.signIn": {
    en:
      "Sign in with your email address; without a password, ask for a sign-in link on the sign-in page.",
    de:
      "Melden Sie sich mit Ihrer E-Mail-Adresse an; ohne Passwort fordern Sie auf der Anmeldeseite einen Anmeldelink an.",
  },
  "shop.email.confirm.subject": {
    en: "Please confirm your order: {item}",
    de: "Bitte bestätigen Sie Ihre Bestellung: {item}",
  },
  "shop.email.confirm.text": {
    en:
      "{item} was ordered in our shop with your email address, without signing in. Open the link within {hours} hours to check the order and confirm it; only then is it placed for your account.",
    de:
      "In unserem Shop wurde {item} mit Ihrer E-Mail-Adresse bestellt, ohne Anmeldung. Öffnen Sie den Link innerhalb von {hours} Stunden, um die Bestellung zu prüfen und zu bestätigen; erst dann wird sie für Ihr Konto aufgegeben.",
  },
  "shop.email.confirm.button": {
    en: "Check and confirm the order",
    de: "Bestellung prüfen und bestätigen",
  },
  "shop.email.confirm.ignore": {
    en:
      "If you did not order this, ignore this email: nothing is ordered and nothing changes in your account.",
    de:
      "Haben Sie das nicht bestellt, ignorieren Sie diese E-Mail: Es wird nichts bestellt, und an Ihrem Konto ändert sich nichts.",
  },
  "shop.email.license.subject": {
    en: "Your license key for {product}",
    de: "Ihr Lizenzschlüssel für {product}",
  },
  "shop.email.license.upgraded": {
    en: "Your {product} license is now a full license",
    de: "Ihre Lizenz für {product} ist jetzt eine Vollversion",
  },
  "shop.email.license.intro": {
    en: "Here is your license key:",
    de: "Hier ist Ihr Lizenzschlüssel:",
  },
  "shop.email.license.trialEnds": {
    en: "The trial runs until {date}.",
    de: "Die Testphase läuft bis {date}.",
  },
  "shop.email.license.step1": {
    en: "In your administration open the module's settings.",
    de: "Öffnen Sie in Ihrer Verwaltung die Einstellungen des Moduls.",
  },
  "shop.email.license.step2": {
    en: "Paste the key into the License panel and click Activate License.",
    de:
      "Fügen Sie den Schlüssel im Bereich Lizenz ein und klicken Sie auf Lizenz aktivieren.",
  },
  "shop.email.license.step3": {
    en:
      "One key works on one domain. Moving? Release the domain in the client portal first.",
    de:
      "Ein Schlüssel gilt für eine Domain. Bei einem Umzug geben Sie die Domain zuerst im Kundenportal frei.",
  },
  "shop.email.license.portal": {
    en: "See your licenses",
    de: "Ihre Lizenzen ansehen",
  },
  "shop.email.reminder.subject": {
    en: "{product}: {days} trial days left",
    de: "{product}: noch {days} Testtage",
  },
  "shop.email.reminder.text": {
    en:
      "This is day {day} of your {product} trial; {days} days are left. Buy the full license to keep using it: the same key simply keeps working.",
    de:
      "Heute ist Tag {day} Ihrer Testphase für {product}; es bleiben {days} Tage. Kaufen Sie die Vollversion, um es weiter zu nutzen: derselbe Schlüssel funktioniert einfach weiter.",
  },
  "shop.email.reminder.buy": {
    en: "Buy the full license",
    de: "Vollversion kaufen",
  },
});
