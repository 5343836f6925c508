import { defineMessages } from "../define.ts";

/** Messages shared by every surface: frame, forms, errors, accounts. */
export default defineMessages({
  "app.name": "Portico",
  "nav.main": "Main",
  "nav.booking": "Book",
  "nav.shop": "Shop",
  "nav.portal": "Client portal",
  "nav.skip": "Skip to content",
  "nav.language": "Language",
  "theme.dark": "Dark mode",
  "home.title": "Appointments, modules and client activity in one place",
  "home.lead":
    "Book a time with our team, buy a module licence, or sign in to your client portal.",
  "home.booking.title": "Book an appointment",
  "home.booking.text":
    "Pick a service, a time that suits you, and you are done.",
  "home.shop.title": "Shop",
  "home.shop.text": "Modules with licence keys delivered by email.",
  "home.portal.title": "Client portal",
  "home.portal.text": "Your bookings, licences and invoices.",
  "error.notFound.title": "Page not found",
  "error.notFound.text": "The page you asked for does not exist or has moved.",
  "error.server.title": "Something went wrong",
  "error.server.text":
    "We could not complete your request. Nothing was changed; please try again in a moment.",
  "error.forbidden.title": "Not allowed",
  "error.forbidden.text": "You do not have permission to do this.",
  "error.csrf.title": "This form has expired",
  "error.csrf.text":
    "For your security the form could not be accepted. Nothing was changed. Go back, reload the page and try again.",
  "error.rateLimited.title": "Too many attempts",
  "error.rateLimited.text":
    "Please wait {minutes} minutes before trying again.",
  "error.unavailable.title": "Temporarily unavailable",
  "error.unavailable.text":
    "The service is briefly unavailable. Nothing was lost; please try again in a moment.",
  "error.tooLarge.title": "Too much data",
  "error.tooLarge.text":
    "What you sent is larger than this page accepts (at most {megabytes} MB). Nothing was saved; please shorten your input and try again.",
  "error.badRequest.title": "This request could not be read",
  "error.badRequest.text":
    "What was sent is not what this page accepts. Nothing was changed. Go back, reload the page and try again.",
  "error.home": "Go to the start page",
  "form.required": "Please fill in this field.",
  "form.email": "Please enter a valid email address.",
  "form.tooLong": "This is too long (at most {max} characters).",
  "form.tooShort": "This is too short (at least {min} characters).",
  "form.invalid": "Please check this value.",
  "form.fixErrors": "Please correct the marked fields.",
  "form.stale":
    "This form was changed or is out of date. Please reload the page and try again.",
  "form.save": "Save",
  "form.cancel": "Cancel",
  "auth.email": "Email",
  "auth.password": "Password",
  "auth.name": "Name",
  "auth.signIn": "Sign in",
  "auth.signOut": "Sign out",
  "auth.signOutEverywhere": "Sign out on all devices",
  "auth.invalid": "The email or password is not correct.",
  "auth.throttled":
    "Too many failed sign-in attempts. Please try again in {wait}.",
  "auth.passwordTooShort": "Use at least 10 characters.",
  "auth.passwordMismatch": "The passwords do not match.",
  "auth.passwordRepeat": "Repeat password",
  "auth.newPassword": "New password",
  "auth.forgot": "Forgot your password?",
  "auth.resetTitle": "Reset your password",
  "auth.resetIntro":
    "Enter your email address. If an account exists, we send you a link to choose a new password.",
  "auth.resetSend": "Send reset link",
  "auth.resetSent":
    "If an account exists for this address, an email with a link is on its way.",
  "auth.resetChoose": "Choose a new password",
  "auth.resetDone": "Your password was changed. Please sign in.",
  "auth.linkInvalid":
    "This link is invalid or has expired. Please request a new one.",
  "auth.signedOut": "You are signed out.",
  "auth.signedOutEverywhere": "You are signed out on all devices.",
  "auth.staffTitle": "Staff sign-in",
  "auth.portalTitle": "Client portal sign-in",
  "auth.linkTitle": "Sign in with an email link",
  "auth.linkIntro": "No password? We email you a link that signs you in once.",
  "auth.linkSend": "Email me a sign-in link",
  "auth.linkSent":
    "If an account exists for this address, a sign-in link is on its way. It works once, for 30 minutes.",
  "setup.title": "Welcome to Portico",
  "setup.intro":
    "Create the first administrator account. This page disappears once an account exists.",
  "setup.submit": "Create administrator",
  "setup.done": "Your administrator account is ready.",
  "flash.saved": "Saved.",
}, {
  "app.name": "Portico",
  "nav.main": "Hauptnavigation",
  "nav.booking": "Termin buchen",
  "nav.shop": "Shop",
  "nav.portal": "Kundenportal",
  "nav.skip": "Zum Inhalt springen",
  "nav.language": "Sprache",
  "theme.dark": "Dunkles Design",
  "home.title": "Termine, Module und Kundenaktivität an einem Ort",
  "home.lead":
    "Buchen Sie einen Termin bei unserem Team, kaufen Sie eine Modul-Lizenz oder melden Sie sich im Kundenportal an.",
  "home.booking.title": "Termin buchen",
  "home.booking.text": "Leistung wählen, passende Zeit wählen, fertig.",
  "home.shop.title": "Shop",
  "home.shop.text": "Module mit Lizenzschlüssel per E-Mail.",
  "home.portal.title": "Kundenportal",
  "home.portal.text": "Ihre Termine, Lizenzen und Rechnungen.",
  "error.notFound.title": "Seite nicht gefunden",
  "error.notFound.text":
    "Die angeforderte Seite gibt es nicht oder sie wurde verschoben.",
  "error.server.title": "Etwas ist schiefgelaufen",
  "error.server.text":
    "Ihre Anfrage konnte nicht ausgeführt werden. Es wurde nichts geändert; bitte versuchen Sie es gleich noch einmal.",
  "error.forbidden.title": "Nicht erlaubt",
  "error.forbidden.text": "Sie haben keine Berechtigung dafür.",
  "error.csrf.title": "Dieses Formular ist abgelaufen",
  "error.csrf.text":
    "Zu Ihrer Sicherheit wurde das Formular nicht angenommen. Es wurde nichts geändert. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.",
  "error.rateLimited.title": "Zu viele Versuche",
  "error.rateLimited.text":
    "Bitte warten Sie {minutes} Minuten, bevor Sie es erneut versuchen.",
  "error.unavailable.title": "Vorübergehend nicht verfügbar",
  "error.unavailable.text":
    "Der Dienst ist kurz nicht erreichbar. Es ging nichts verloren; bitte versuchen Sie es gleich noch einmal.",
  "error.tooLarge.title": "Zu viele Daten",
  "error.tooLarge.text":
    "Ihre Eingabe ist größer, als diese Seite annimmt (höchstens {megabytes} MB). Es wurde nichts gespeichert; bitte kürzen Sie Ihre Eingabe und versuchen Sie es erneut.",
  "error.badRequest.title": "Diese Anfrage konnte nicht gelesen werden",
  "error.badRequest.text":
    "Was gesendet wurde, nimmt diese Seite nicht an. Es wurde nichts geändert. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.",
  "error.home": "Zur Startseite",
  "form.required": "Bitte füllen Sie dieses Feld aus.",
  "form.email": "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
  "form.tooLong": "Das ist zu lang (höchstens {max} Zeichen).",
  "form.tooShort": "Das ist zu kurz (mindestens {min} Zeichen).",
  "form.invalid": "Bitte prüfen Sie diesen Wert.",
  "form.fixErrors": "Bitte korrigieren Sie die markierten Felder.",
  "form.stale":
    "Dieses Formular wurde verändert oder ist veraltet. Bitte laden Sie die Seite neu und versuchen Sie es erneut.",
  "form.save": "Speichern",
  "form.cancel": "Abbrechen",
  "auth.email": "E-Mail",
  "auth.password": "Passwort",
  "auth.name": "Name",
  "auth.signIn": "Anmelden",
  "auth.signOut": "Abmelden",
  "auth.signOutEverywhere": "Auf allen Geräten abmelden",
  "auth.invalid": "E-Mail oder Passwort ist nicht korrekt.",
  "auth.throttled":
    "Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in {wait} erneut.",
  "auth.passwordTooShort": "Verwenden Sie mindestens 10 Zeichen.",
  "auth.passwordMismatch": "Die Passwörter stimmen nicht überein.",
  "auth.passwordRepeat": "Passwort wiederholen",
  "auth.newPassword": "Neues Passwort",
  "auth.forgot": "Passwort vergessen?",
  "auth.resetTitle": "Passwort zurücksetzen",
  "auth.resetIntro":
    "Geben Sie Ihre E-Mail-Adresse ein. Falls ein Konto existiert, senden wir Ihnen einen Link für ein neues Passwort.",
  "auth.resetSend": "Link senden",
  "auth.resetSent":
    "Falls ein Konto für diese Adresse existiert, ist eine E-Mail mit einem Link unterwegs.",
  "auth.resetChoose": "Neues Passwort wählen",
  "auth.resetDone": "Ihr Passwort wurde geändert. Bitte melden Sie sich an.",
  "auth.linkInvalid":
    "Dieser Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.",
  "auth.signedOut": "Sie sind abgemeldet.",
  "auth.signedOutEverywhere": "Sie sind auf allen Geräten abgemeldet.",
  "auth.staffTitle": "Anmeldung für Mitarbeitende",
  "auth.portalTitle": "Anmeldung Kundenportal",
  "auth.linkTitle": "Per E-Mail-Link anmelden",
  "auth.linkIntro":
    "Kein Passwort? Wir senden Ihnen einen Link, der Sie einmalig anmeldet.",
  "auth.linkSend": "Anmeldelink senden",
  "auth.linkSent":
    "Falls ein Konto für diese Adresse existiert, ist ein Anmeldelink unterwegs. Er gilt einmal, 30 Minuten lang.",
  "setup.title": "Willkommen bei Portico",
  "setup.intro":
    "Legen Sie das erste Administratorkonto an. Diese Seite verschwindet, sobald ein Konto existiert.",
  "setup.submit": "Administrator anlegen",
  "setup.done": "Ihr Administratorkonto ist bereit.",
  "flash.saved": "Gespeichert.",
});
