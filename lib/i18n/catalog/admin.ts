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
  "portal.title": { en: "Your client portal", de: "Ihr Kundenportal" },
  "portal.welcome": { en: "Welcome, {name}.", de: "Willkommen, {name}." },
  "portal.nav.home": { en: "Overview", de: "Übersicht" },
});
