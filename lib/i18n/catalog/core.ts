import { defineMessages } from "../define.ts";

/** Messages shared by every surface: frame, forms, errors, accounts. */
export default defineMessages({
  "app.name": { en: "Portico", de: "Portico" },
  "nav.main": { en: "Main", de: "Hauptnavigation" },
  "nav.menu": { en: "Menu", de: "Menü" },
  "nav.booking": { en: "Book", de: "Termin buchen" },
  "nav.shop": { en: "Shop", de: "Shop" },
  "nav.portal": { en: "Client portal", de: "Kundenportal" },
  "nav.skip": { en: "Skip to content", de: "Zum Inhalt springen" },
  "nav.language": { en: "Language", de: "Sprache" },
  "theme.dark": { en: "Dark mode", de: "Dunkles Design" },
  "home.title": {
    en: "Appointments, modules and client activity in one place",
    de: "Termine, Module und Kundenaktivität an einem Ort",
  },
  "home.lead": {
    en:
      "Book a time with our team, buy a module licence, or sign in to your client portal.",
    de:
      "Buchen Sie einen Termin bei unserem Team, kaufen Sie eine Modul-Lizenz oder melden Sie sich im Kundenportal an.",
  },
  "home.setup.title": {
    en: "This installation is new",
    de: "Diese Installation ist neu",
  },
  "home.setup.text": {
    en:
      "No administrator account exists yet. Create yours to open the administration and set up bookings, shop and invoices.",
    de:
      "Es gibt noch kein Administratorkonto. Legen Sie Ihres an, um die Verwaltung zu öffnen und Termine, Shop und Rechnungen einzurichten.",
  },
  "home.setup.action": {
    en: "Start the setup",
    de: "Einrichtung starten",
  },
  "home.booking.title": { en: "Book an appointment", de: "Termin buchen" },
  "home.booking.text": {
    en: "Pick a service, a time that suits you, and you are done.",
    de: "Leistung wählen, passende Zeit wählen, fertig.",
  },
  "home.shop.title": { en: "Shop", de: "Shop" },
  "home.shop.text": {
    en: "Modules with licence keys delivered by email.",
    de: "Module mit Lizenzschlüssel per E-Mail.",
  },
  "home.portal.title": { en: "Client portal", de: "Kundenportal" },
  "home.portal.text": {
    en: "Your bookings, licences and invoices.",
    de: "Ihre Termine, Lizenzen und Rechnungen.",
  },
  "error.notFound.title": { en: "Page not found", de: "Seite nicht gefunden" },
  "error.notFound.text": {
    en: "The page you asked for does not exist or has moved.",
    de: "Die angeforderte Seite gibt es nicht oder sie wurde verschoben.",
  },
  "error.server.title": {
    en: "Something went wrong",
    de: "Etwas ist schiefgelaufen",
  },
  "error.server.text": {
    en:
      "We could not complete your request. Nothing was changed; please try again in a moment.",
    de:
      "Ihre Anfrage konnte nicht ausgeführt werden. Es wurde nichts geändert; bitte versuchen Sie es gleich noch einmal.",
  },
  "error.forbidden.title": { en: "Not allowed", de: "Nicht erlaubt" },
  "error.forbidden.text": {
    en: "You do not have permission to do this.",
    de: "Sie haben keine Berechtigung dafür.",
  },
  "error.csrf.title": {
    en: "This form has expired",
    de: "Dieses Formular ist abgelaufen",
  },
  "error.csrf.text": {
    en:
      "For your security the form could not be accepted. Nothing was changed. Go back, reload the page and try again.",
    de:
      "Zu Ihrer Sicherheit wurde das Formular nicht angenommen. Es wurde nichts geändert. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.",
  },
  "error.rateLimited.title": {
    en: "Too many attempts",
    de: "Zu viele Versuche",
  },
  "error.rateLimited.text": {
    en: "Please wait {minutes} minutes before trying again.",
    de: "Bitte warten Sie {minutes} Minuten, bevor Sie es erneut versuchen.",
  },
  "error.unavailable.title": {
    en: "Temporarily unavailable",
    de: "Vorübergehend nicht verfügbar",
  },
  "error.unavailable.text": {
    en:
      "The service is briefly unavailable. Nothing was lost; please try again in a moment.",
    de:
      "Der Dienst ist kurz nicht erreichbar. Es ging nichts verloren; bitte versuchen Sie es gleich noch einmal.",
  },
  "error.tooLarge.title": { en: "Too much data", de: "Zu viele Daten" },
  "error.tooLarge.text": {
    en:
      "What you sent is larger than this page accepts (at most {megabytes} MB). Nothing was saved; please shorten your input and try again.",
    de:
      "Ihre Eingabe ist größer, als diese Seite annimmt (höchstens {megabytes} MB). Es wurde nichts gespeichert; bitte kürzen Sie Ihre Eingabe und versuchen Sie es erneut.",
  },
  "error.badRequest.title": {
    en: "This request could not be read",
    de: "Diese Anfrage konnte nicht gelesen werden",
  },
  "error.badRequest.text": {
    en:
      "What was sent is not what this page accepts. Nothing was changed. Go back, reload the page and try again.",
    de:
      "Was gesendet wurde, nimmt diese Seite nicht an. Es wurde nichts geändert. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.",
  },
  "error.home": { en: "Go to the start page", de: "Zur Startseite" },
  "form.required": {
    en: "Please fill in this field.",
    de: "Bitte füllen Sie dieses Feld aus.",
  },
  "mail.greeting": { en: "Hello {name},", de: "Hallo {name}," },
  "form.email": {
    en: "Please enter a valid email address.",
    de: "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
  },
  "form.tooLong": {
    en: "This is too long (at most {max} characters).",
    de: "Das ist zu lang (höchstens {max} Zeichen).",
  },
  "form.invalid": {
    en: "Please check this value.",
    de: "Bitte prüfen Sie diesen Wert.",
  },
  "form.stale": {
    en:
      "This form was changed or is out of date. Please reload the page and try again.",
    de:
      "Dieses Formular wurde verändert oder ist veraltet. Bitte laden Sie die Seite neu und versuchen Sie es erneut.",
  },
  "form.save": { en: "Save", de: "Speichern" },
  "form.cancel": { en: "Cancel", de: "Abbrechen" },
  "auth.email": { en: "Email", de: "E-Mail" },
  "auth.password": { en: "Password", de: "Passwort" },
  "auth.name": { en: "Name", de: "Name" },
  "auth.signIn": { en: "Sign in", de: "Anmelden" },
  "auth.signOut": { en: "Sign out", de: "Abmelden" },
  "auth.signOutEverywhere": {
    en: "Sign out on all devices",
    de: "Auf allen Geräten abmelden",
  },
  "auth.invalid": {
    en: "The email or password is not correct.",
    de: "E-Mail oder Passwort ist nicht korrekt.",
  },
  "auth.throttled": {
    en: "Too many failed sign-in attempts. Please try again in {wait}.",
    de:
      "Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in {wait} erneut.",
  },
  "auth.passwordTooShort": {
    en: "Use at least 10 characters.",
    de: "Verwenden Sie mindestens 10 Zeichen.",
  },
  "auth.passwordMismatch": {
    en: "The passwords do not match.",
    de: "Die Passwörter stimmen nicht überein.",
  },
  "auth.passwordRepeat": { en: "Repeat password", de: "Passwort wiederholen" },
  "auth.newPassword": { en: "New password", de: "Neues Passwort" },
  "auth.forgot": { en: "Forgot your password?", de: "Passwort vergessen?" },
  "auth.resetTitle": { en: "Reset your password", de: "Passwort zurücksetzen" },
  "auth.resetIntro": {
    en:
      "Enter your email address. If an account exists, we send you a link to choose a new password.",
    de:
      "Geben Sie Ihre E-Mail-Adresse ein. Falls ein Konto existiert, senden wir Ihnen einen Link für ein neues Passwort.",
  },
  "auth.resetSend": { en: "Send reset link", de: "Link senden" },
  "auth.resetSent": {
    en:
      "If an account exists for this address, an email with a link is on its way.",
    de:
      "Falls ein Konto für diese Adresse existiert, ist eine E-Mail mit einem Link unterwegs.",
  },
  "auth.resetChoose": {
    en: "Choose a new password",
    de: "Neues Passwort wählen",
  },
  "auth.resetDone": {
    en: "Your password was changed. Please sign in.",
    de: "Ihr Passwort wurde geändert. Bitte melden Sie sich an.",
  },
  "auth.linkInvalid": {
    en: "This link is invalid or has expired. Please request a new one.",
    de:
      "Dieser Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.",
  },
  "auth.signedOut": { en: "You are signed out.", de: "Sie sind abgemeldet." },
  "auth.signedOutEverywhere": {
    en: "You are signed out on all devices.",
    de: "Sie sind auf allen Geräten abgemeldet.",
  },
  "auth.staffTitle": { en: "Staff sign-in", de: "Anmeldung für Mitarbeitende" },
  "auth.portalTitle": {
    en: "Client portal sign-in",
    de: "Anmeldung Kundenportal",
  },
  "auth.linkTitle": {
    en: "Sign in with an email link",
    de: "Per E-Mail-Link anmelden",
  },
  "auth.linkIntro": {
    en: "No password? We email you a link that signs you in once.",
    de:
      "Kein Passwort? Wir senden Ihnen einen Link, der Sie einmalig anmeldet.",
  },
  "auth.linkSend": { en: "Email me a sign-in link", de: "Anmeldelink senden" },
  "auth.linkSent": {
    en:
      "If an account exists for this address, a sign-in link is on its way. It works once, for 30 minutes.",
    de:
      "Falls ein Konto für diese Adresse existiert, ist ein Anmeldelink unterwegs. Er gilt einmal, 30 Minuten lang.",
  },
  "setup.title": { en: "Welcome to Portico", de: "Willkommen bei Portico" },
  "setup.intro": {
    en:
      "Create the first administrator account. This page disappears once an account exists.",
    de:
      "Legen Sie das erste Administratorkonto an. Diese Seite verschwindet, sobald ein Konto existiert.",
  },
  "setup.submit": { en: "Create administrator", de: "Administrator anlegen" },
  "setup.done": {
    en: "Your administrator account is ready.",
    de: "Ihr Administratorkonto ist bereit.",
  },
});
