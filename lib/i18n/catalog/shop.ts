import { defineMessages } from "../define.ts";

/** The shop: emails and public pages. */
export default defineMessages({
  "shop.title": "Shop",
  "shop.intro":
    "Modules for your CRM. The license key arrives by email as soon as your payment is in.",
  "shop.empty": "Nothing is for sale at the moment.",
  "shop.products": "Modules",
  "shop.packages": "Packages",
  "shop.includes": "Includes",
  "shop.free": "Free",
  "shop.details": "Details",
  "shop.buy": "Buy now",
  "shop.getFree": "Get it free",
  "shop.trial": "Start free trial ({days} days)",
  "shop.netPrice": "plus VAT",
  "shop.checkout.title": "Checkout",
  "shop.checkout.trialTitle": "Start your free trial",
  "shop.checkout.signedInAs": "Ordering as {name} ({email}).",
  "shop.field.name": "Name",
  "shop.field.company": "Company (optional)",
  "shop.field.email": "Email",
  "shop.field.address": "Street and number",
  "shop.field.postalCode": "Postal code",
  "shop.field.city": "City",
  "shop.field.country": "Country code (e.g. DE)",
  "shop.field.terms": "I accept the terms of sale.",
  "shop.mustAccept": "Please accept the terms.",
  "shop.placeOrder": "Place order",
  "shop.startTrial": "Start trial",
  "shop.trialUsed":
    "A trial of this product was already started for your company.",
  "shop.thanks.title": "Thank you for your order",
  "shop.thanks.invoice":
    "Invoice {number} is in your client portal and on its way by email. Your license key follows as soon as the payment is in.",
  "shop.thanks.free":
    "Your license key is on its way by email and in your client portal.",
  "shop.held":
    "We sent a link to {email} to confirm this order. It is placed once the link is opened and the order confirmed (within {hours} hours). Is this your account? You can also sign in and order directly.",
  "shop.confirm.title": "Confirm your order",
  "shop.confirm.intro":
    "This was ordered in our shop with the address {email}, without signing in. Check the order: confirming places it for your account. If it was not you, simply close this page; nothing is ordered.",
  "shop.confirm.billing": "Invoice address",
  "shop.confirm.invalidTitle": "Link no longer valid",
  "shop.confirm.invalid":
    "This confirmation link has expired or was already used. If you have not confirmed the order yet, please order again in the shop.",
  "shop.portal.remoteKeys": "Keys from our license server",
  "shop.portal.remoteKeysText":
    "These keys were issued by our license server; activate them in your module's settings.",
  "shop.noTrial": "This product has no free trial.",
  "shop.email.order.subject": "Your order: {item}",
  "shop.email.trial.subject": "Your free trial: {item}",
  "shop.email.order.invoice":
    "Thank you for your order. Invoice {number} is waiting in your client portal. Your license key follows by email as soon as the payment arrives.",
  "shop.email.order.free":
    "Thank you. Your license key follows in a separate email in a moment.",
  "shop.email.order.portal": "Open the client portal",
  "shop.email.order.signIn":
    "Sign in with your email address; without a password, ask for a sign-in link on the sign-in page.",
  "shop.email.confirm.subject": "Please confirm your order: {item}",
  "shop.email.confirm.text":
    "{item} was ordered in our shop with your email address, without signing in. Open the link within {hours} hours to check the order and confirm it; only then is it placed for your account.",
  "shop.email.confirm.button": "Check and confirm the order",
  "shop.email.confirm.ignore":
    "If you did not order this, ignore this email: nothing is ordered and nothing changes in your account.",
  "shop.email.license.subject": "Your license key for {product}",
  "shop.email.license.upgraded": "Your {product} license is now a full license",
  "shop.email.license.intro": "Here is your license key:",
  "shop.email.license.trialEnds": "The trial runs until {date}.",
  "shop.email.license.step1":
    "In your administration open the module's settings.",
  "shop.email.license.step2":
    "Paste the key into the License panel and click Activate License.",
  "shop.email.license.step3":
    "One key works on one domain. Moving? Release the domain in the client portal first.",
  "shop.email.license.portal": "See your licenses",
  "shop.email.reminder.subject": "{product}: {days} trial days left",
  "shop.email.reminder.text":
    "This is day {day} of your {product} trial; {days} days are left. Buy the full license to keep using it: the same key simply keeps working.",
  "shop.email.reminder.buy": "Buy the full license",
}, {
  "shop.title": "Shop",
  "shop.intro":
    "Module für Ihr CRM. Der Lizenzschlüssel kommt per E-Mail, sobald Ihre Zahlung eingegangen ist.",
  "shop.empty": "Derzeit gibt es nichts zu kaufen.",
  "shop.products": "Module",
  "shop.packages": "Pakete",
  "shop.includes": "Enthält",
  "shop.free": "Kostenlos",
  "shop.details": "Details",
  "shop.buy": "Jetzt kaufen",
  "shop.getFree": "Kostenlos holen",
  "shop.trial": "Kostenlos testen ({days} Tage)",
  "shop.netPrice": "zzgl. MwSt.",
  "shop.checkout.title": "Kasse",
  "shop.checkout.trialTitle": "Kostenlose Testphase starten",
  "shop.checkout.signedInAs": "Sie bestellen als {name} ({email}).",
  "shop.field.name": "Name",
  "shop.field.company": "Firma (optional)",
  "shop.field.email": "E-Mail",
  "shop.field.address": "Straße und Hausnummer",
  "shop.field.postalCode": "PLZ",
  "shop.field.city": "Ort",
  "shop.field.country": "Ländercode (z. B. DE)",
  "shop.field.terms": "Ich akzeptiere die Verkaufsbedingungen.",
  "shop.mustAccept": "Bitte akzeptieren Sie die Bedingungen.",
  "shop.placeOrder": "Bestellung aufgeben",
  "shop.startTrial": "Testphase starten",
  "shop.trialUsed":
    "Für Ihre Firma wurde bereits eine Testphase dieses Produkts gestartet.",
  "shop.thanks.title": "Vielen Dank für Ihre Bestellung",
  "shop.thanks.invoice":
    "Rechnung {number} liegt in Ihrem Kundenportal und ist per E-Mail unterwegs. Ihr Lizenzschlüssel folgt, sobald die Zahlung eingegangen ist.",
  "shop.thanks.free":
    "Ihr Lizenzschlüssel ist per E-Mail unterwegs und im Kundenportal.",
  "shop.held":
    "Wir haben einen Link an {email} geschickt, um diese Bestellung zu bestätigen. Sie wird aufgegeben, sobald der Link geöffnet und die Bestellung bestätigt wird (innerhalb von {hours} Stunden). Ist das Ihr Konto? Sie können sich auch anmelden und direkt bestellen.",
  "shop.confirm.title": "Bestellung bestätigen",
  "shop.confirm.intro":
    "Dies wurde in unserem Shop mit der Adresse {email} bestellt, ohne Anmeldung. Prüfen Sie die Bestellung: Mit der Bestätigung wird sie für Ihr Konto aufgegeben. Waren Sie das nicht, schließen Sie diese Seite einfach; es wird nichts bestellt.",
  "shop.confirm.billing": "Rechnungsadresse",
  "shop.confirm.invalidTitle": "Link nicht mehr gültig",
  "shop.confirm.invalid":
    "Dieser Bestätigungslink ist abgelaufen oder wurde schon verwendet. Falls Sie die Bestellung noch nicht bestätigt haben, bestellen Sie bitte erneut im Shop.",
  "shop.portal.remoteKeys": "Schlüssel von unserem Lizenzserver",
  "shop.portal.remoteKeysText":
    "Diese Schlüssel hat unser Lizenzserver ausgestellt; aktivieren Sie sie in den Einstellungen Ihres Moduls.",
  "shop.noTrial": "Für dieses Produkt gibt es keine kostenlose Testphase.",
  "shop.email.order.subject": "Ihre Bestellung: {item}",
  "shop.email.trial.subject": "Ihre kostenlose Testphase: {item}",
  "shop.email.order.invoice":
    "Vielen Dank für Ihre Bestellung. Rechnung {number} liegt in Ihrem Kundenportal bereit. Ihr Lizenzschlüssel folgt per E-Mail, sobald die Zahlung eingegangen ist.",
  "shop.email.order.free":
    "Vielen Dank. Ihr Lizenzschlüssel folgt gleich in einer eigenen E-Mail.",
  "shop.email.order.portal": "Kundenportal öffnen",
  "shop.email.order.signIn":
    "Melden Sie sich mit Ihrer E-Mail-Adresse an; ohne Passwort fordern Sie auf der Anmeldeseite einen Anmeldelink an.",
  "shop.email.confirm.subject": "Bitte bestätigen Sie Ihre Bestellung: {item}",
  "shop.email.confirm.text":
    "In unserem Shop wurde {item} mit Ihrer E-Mail-Adresse bestellt, ohne Anmeldung. Öffnen Sie den Link innerhalb von {hours} Stunden, um die Bestellung zu prüfen und zu bestätigen; erst dann wird sie für Ihr Konto aufgegeben.",
  "shop.email.confirm.button": "Bestellung prüfen und bestätigen",
  "shop.email.confirm.ignore":
    "Haben Sie das nicht bestellt, ignorieren Sie diese E-Mail: Es wird nichts bestellt, und an Ihrem Konto ändert sich nichts.",
  "shop.email.license.subject": "Ihr Lizenzschlüssel für {product}",
  "shop.email.license.upgraded":
    "Ihre Lizenz für {product} ist jetzt eine Vollversion",
  "shop.email.license.intro": "Hier ist Ihr Lizenzschlüssel:",
  "shop.email.license.trialEnds": "Die Testphase läuft bis {date}.",
  "shop.email.license.step1":
    "Öffnen Sie in Ihrer Verwaltung die Einstellungen des Moduls.",
  "shop.email.license.step2":
    "Fügen Sie den Schlüssel im Bereich Lizenz ein und klicken Sie auf Lizenz aktivieren.",
  "shop.email.license.step3":
    "Ein Schlüssel gilt für eine Domain. Bei einem Umzug geben Sie die Domain zuerst im Kundenportal frei.",
  "shop.email.license.portal": "Ihre Lizenzen ansehen",
  "shop.email.reminder.subject": "{product}: noch {days} Testtage",
  "shop.email.reminder.text":
    "Heute ist Tag {day} Ihrer Testphase für {product}; es bleiben {days} Tage. Kaufen Sie die Vollversion, um es weiter zu nutzen: derselbe Schlüssel funktioniert einfach weiter.",
  "shop.email.reminder.buy": "Vollversion kaufen",
});
