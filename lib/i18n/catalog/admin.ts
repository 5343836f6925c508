import { defineMessages } from "../define.ts";

/** The admin frame: navigation and dashboard. */
export default defineMessages({
  "admin.nav": { en: "Administration", de: "Verwaltung" },
  "admin.nav.dashboard": { en: "Dashboard", de: "Übersicht" },
  "admin.nav.booking": { en: "Booking", de: "Termine" },
  "admin.nav.shop": { en: "Shop", de: "Shop" },
  "admin.nav.invoices": { en: "Invoices", de: "Rechnungen" },
  "admin.nav.licenses": { en: "Licenses", de: "Lizenzen" },
  "admin.nav.activity": { en: "Activity", de: "Aktivität" },
  "admin.nav.clients": { en: "Clients", de: "Kunden" },
  "admin.nav.emails": { en: "Emails", de: "E-Mails" },
  "admin.nav.jobs": { en: "Jobs", de: "Aufgaben" },
  "admin.nav.staff": { en: "Staff", de: "Mitarbeitende" },
  "admin.nav.audit": { en: "Audit log", de: "Protokoll" },
  "admin.nav.settings": { en: "Settings", de: "Einstellungen" },
  "admin.signedInAs": {
    en: "Signed in as {name}",
    de: "Angemeldet als {name}",
  },
  "admin.dashboard.title": { en: "Dashboard", de: "Übersicht" },
  "admin.dashboard.welcome": {
    en: "Welcome back, {name}.",
    de: "Willkommen zurück, {name}.",
  },
  "admin.dashboard.welcomeNew": {
    en: "Welcome, {name}. A few steps and Portico is ready for your clients.",
    de:
      "Willkommen, {name}. Noch ein paar Schritte, dann ist Portico bereit für Ihre Kunden.",
  },
  "dashboard.showAll": { en: "Show all", de: "Alle anzeigen" },
  "dashboard.stat.pending": {
    en: "Bookings awaiting confirmation",
    de: "Buchungen warten auf Bestätigung",
  },
  "dashboard.stat.today": {
    en: "Bookings today",
    de: "Termine heute",
  },
  "dashboard.pending.title": {
    en: "Awaiting confirmation",
    de: "Warten auf Bestätigung",
  },
  "dashboard.pending.none": {
    en: "No booking is waiting for a decision.",
    de: "Keine Buchung wartet auf eine Entscheidung.",
  },
  "dashboard.pending.confirm": { en: "Confirm", de: "Bestätigen" },
  "dashboard.pending.decline": { en: "Decline…", de: "Ablehnen …" },
  "dashboard.pending.declineConfirm": {
    en: "Decline and tell the client",
    de: "Ablehnen und Kunden benachrichtigen",
  },
  "dashboard.pending.more": {
    en: "{count} more waiting.",
    de: "{count} weitere warten.",
  },
  "dashboard.agenda.title": {
    en: "Today and tomorrow",
    de: "Heute und morgen",
  },
  "dashboard.agenda.open": { en: "Open the agenda", de: "Zum Kalender" },
  "dashboard.agenda.today": { en: "Today", de: "Heute" },
  "dashboard.agenda.tomorrow": { en: "Tomorrow", de: "Morgen" },
  "dashboard.agenda.free": {
    en: "Nothing booked.",
    de: "Nichts gebucht.",
  },
  "dashboard.agenda.pending": { en: "to confirm", de: "zu bestätigen" },
  "dashboard.invoices.open": {
    en: "Unpaid on {count} open invoices",
    de: "Offen auf {count} Rechnungen",
  },
  "dashboard.invoices.overdue": {
    en: "Overdue on {count} invoices",
    de: "Überfällig auf {count} Rechnungen",
  },
  "dashboard.trials.title": {
    en: "Trials ending this week",
    de: "Testzeiträume, die diese Woche enden",
  },
  "dashboard.trials.none": {
    en: "No trial ends in the next 7 days.",
    de: "In den nächsten 7 Tagen endet kein Testzeitraum.",
  },
  "dashboard.trials.ends": { en: "ends {date}", de: "endet am {date}" },
  "dashboard.clients.title": { en: "New clients", de: "Neue Kunden" },
  "dashboard.clients.none": {
    en: "No new client in the last 30 days.",
    de: "In den letzten 30 Tagen kein neuer Kunde.",
  },
  "dashboard.clients.unnamed": { en: "(no name)", de: "(ohne Namen)" },
  "dashboard.chart.week": { en: "Week of", de: "Woche ab" },
  "dashboard.chart.table": {
    en: "Show the numbers",
    de: "Zahlen anzeigen",
  },
  "dashboard.chart.revenue": {
    en: "Payments received, last 12 weeks",
    de: "Zahlungseingänge, letzte 12 Wochen",
  },
  "dashboard.chart.revenueValue": { en: "Received", de: "Eingegangen" },
  "dashboard.chart.revenueSummary": {
    en: "{total} in total",
    de: "insgesamt {total}",
  },
  "dashboard.chart.bookings": {
    en: "Bookings per week, last 12 weeks",
    de: "Buchungen pro Woche, letzte 12 Wochen",
  },
  "dashboard.chart.bookingsValue": { en: "Bookings", de: "Buchungen" },
  "dashboard.bookingOutcomes": {
    en: "Recorded since: {completed} completed, {noShow} no-shows.",
    de:
      "Seitdem festgehalten: {completed} wahrgenommen, {noShow} nicht erschienen.",
  },
  "dashboard.chart.bookingsSummary": {
    en: "{total} bookings in total",
    de: "insgesamt {total} Buchungen",
  },
  "setup.checklist.title": { en: "Set up Portico", de: "Portico einrichten" },
  "setup.checklist.left": {
    en: "{count} left",
    de: "noch {count}",
  },
  "setup.checklist.intro": {
    en:
      "Each step links to the page where it is done; this list ticks itself off as you go.",
    de:
      "Jeder Schritt führt zur Seite, auf der er erledigt wird; die Liste hakt sich dabei selbst ab.",
  },
  "setup.checklist.hide": {
    en: "Hide this checklist",
    de: "Diese Checkliste ausblenden",
  },
  "setup.checklist.hidden": {
    en: "The setup checklist is hidden. Every step stays under Settings.",
    de:
      "Die Einrichtungs-Checkliste ist ausgeblendet. Alle Schritte finden Sie weiter unter „Einstellungen“.",
  },
  "setup.step.done": { en: "done", de: "erledigt" },
  "setup.step.open": { en: "to do", de: "offen" },
  "setup.step.business.title": {
    en: "Business details",
    de: "Angaben zum Unternehmen",
  },
  "setup.step.business.text": {
    en: "Legal name, address, email and IBAN: printed on every invoice.",
    de: "Firmenname, Anschrift, E-Mail und IBAN: stehen auf jeder Rechnung.",
  },
  "setup.step.services.title": {
    en: "Services clients can book",
    de: "Buchbare Leistungen",
  },
  "setup.step.services.text": {
    en: "At least one active service with its duration and price.",
    de: "Mindestens eine aktive Leistung mit Dauer und Preis.",
  },
  "setup.step.hours.title": { en: "Working hours", de: "Arbeitszeiten" },
  "setup.step.hours.text": {
    en: "Weekly hours for whoever takes bookings, so there are free slots.",
    de:
      "Wochenzeiten für alle, die Termine annehmen, damit es freie Termine gibt.",
  },
  "setup.step.mail.title": { en: "Email", de: "E-Mail" },
  "setup.step.mail.text": {
    en:
      "Set SMTP_URL to send confirmations and keys, or let emails stay in the outbox (admin → Emails) for now.",
    de:
      "Setzen Sie SMTP_URL, damit Bestätigungen und Schlüssel versendet werden, oder lassen Sie E-Mails vorerst im Postausgang (Verwaltung → E-Mails).",
  },
  "setup.step.mail.outbox": {
    en: "Emails stay in the outbox",
    de: "E-Mails bleiben im Postausgang",
  },
  "setup.step.mail.outboxChosen": {
    en: "Emails stay in the outbox until SMTP_URL is set.",
    de: "E-Mails bleiben im Postausgang, bis SMTP_URL gesetzt ist.",
  },
  "setup.step.mail.outboxSaved": {
    en: "Noted: emails stay in the outbox until SMTP_URL is set.",
    de: "Vermerkt: E-Mails bleiben im Postausgang, bis SMTP_URL gesetzt ist.",
  },
  "setup.step.payments.title": { en: "Payments", de: "Zahlungen" },
  "setup.step.payments.text": {
    en:
      "Bank transfer to your IBAN works once it is in the business details; add Stripe for card payments.",
    de:
      "Überweisung auf Ihre IBAN funktioniert, sobald sie in den Unternehmensangaben steht; mit Stripe kommen Kartenzahlungen hinzu.",
  },
  "setup.bookingLink": {
    en: "Your public booking link",
    de: "Ihr öffentlicher Buchungslink",
  },
  "setup.bookingLink.hint": {
    en: "Share it on your website, in emails or on social media.",
    de: "Teilen Sie ihn auf Ihrer Website, in E-Mails oder in sozialen Medien.",
  },
  "portal.title": { en: "Your client portal", de: "Ihr Kundenportal" },
  "portal.welcome": { en: "Welcome, {name}.", de: "Willkommen, {name}." },
  "portal.nav.home": { en: "Overview", de: "Übersicht" },
  "portal.home.next": {
    en: "Your next appointment",
    de: "Ihr nächster Termin",
  },
  "portal.home.noBooking": {
    en: "No appointment coming up.",
    de: "Kein Termin geplant.",
  },
  "portal.home.invoices": { en: "Open invoices", de: "Offene Rechnungen" },
  "portal.home.noInvoices": {
    en: "Nothing to pay. Thank you!",
    de: "Nichts offen. Vielen Dank!",
  },
  "portal.home.due": { en: "due {date}", de: "fällig am {date}" },
  "portal.home.licenses": { en: "Your licenses", de: "Ihre Lizenzen" },
  "portal.home.noLicenses": {
    en: "No active license.",
    de: "Keine aktive Lizenz.",
  },
  "settings.hub.intro": {
    en: "Where each part of Portico is set up, and how it stands.",
    de: "Wo jeder Teil von Portico eingerichtet wird, und wie er steht.",
  },
  "settings.hub.business.text": {
    en: "Legal name, address, VAT and bank details for invoices; the logo.",
    de:
      "Firmenname, Anschrift, USt. und Bankverbindung für Rechnungen; das Logo.",
  },
  "settings.hub.business.edit": {
    en: "Edit business details",
    de: "Unternehmensangaben bearbeiten",
  },
  "settings.hub.mail.title": { en: "Email", de: "E-Mail" },
  "settings.hub.mail.smtp": {
    en: "Emails are sent over SMTP (SMTP_URL).",
    de: "E-Mails werden per SMTP versendet (SMTP_URL).",
  },
  "settings.hub.mail.outbox": {
    en: "Open the outbox",
    de: "Postausgang öffnen",
  },
  "settings.hub.locale.title": {
    en: "Language and time zone",
    de: "Sprache und Zeitzone",
  },
  "settings.hub.locale.zone": {
    en: "Change the time zone",
    de: "Zeitzone ändern",
  },
  "settings.hub.locale.language": {
    en: "Change the default language",
    de: "Standardsprache ändern",
  },
  "settings.hub.language.en": { en: "English", de: "Englisch" },
  "settings.hub.language.de": { en: "German", de: "Deutsch" },
  "settings.hub.modules.title": {
    en: "Modules and licenses",
    de: "Module und Lizenzen",
  },
  "settings.hub.modules.license": {
    en: "{module}: license",
    de: "{module}: Lizenz",
  },
  "settings.hub.modules.issued": {
    en: "Licenses this server has issued",
    de: "Von diesem Server ausgestellte Lizenzen",
  },
  "settings.hub.booking.text": {
    en: "Notice, horizon, confirmation, cancelling, closed days and holidays.",
    de: "Vorlauf, Horizont, Bestätigung, Absagen, Schließtage und Feiertage.",
  },
  "settings.hub.booking.edit": {
    en: "Edit booking settings",
    de: "Termineinstellungen bearbeiten",
  },
  "settings.hub.shop.text": {
    en: "Currency, invoice numbers, payment terms and the license server.",
    de: "Währung, Rechnungsnummern, Zahlungsziel und der Lizenzserver.",
  },
  "settings.hub.shop.edit": {
    en: "Edit shop settings",
    de: "Shop-Einstellungen bearbeiten",
  },
  "settings.hub.shop.payments": { en: "Payments", de: "Zahlungen" },
  "settings.hub.activity.text": {
    en: "Online window, inactivity timeout and how long activity is kept.",
    de:
      "Online-Fenster, Inaktivitätsdauer und wie lange Aktivität gespeichert wird.",
  },
  "settings.hub.activity.edit": {
    en: "Edit activity settings",
    de: "Aktivitätseinstellungen bearbeiten",
  },
});
