import { defineMessages } from "../define.ts";

/** A staff member's own calendar: the subscription feed and CalDAV sync. */
export default defineMessages({
  "calendars.nav": { en: "My calendar", de: "Mein Kalender" },
  "calendars.title": { en: "My calendar", de: "Mein Kalender" },
  "calendars.intro": {
    en: "See your appointments in the calendar app you already use.",
    de: "Sehen Sie Ihre Termine in der Kalender-App, die Sie schon nutzen.",
  },
  "calendars.event.pendingTitle": {
    en: "Request: {title}",
    de: "Anfrage: {title}",
  },
  "calendars.event.open": { en: "Open in Portico", de: "In Portico öffnen" },
  "calendars.feed.name": {
    en: "Appointments – {name}",
    de: "Termine – {name}",
  },
  "calendars.feed.heading": { en: "Subscription feed", de: "Kalender-Abo" },
  "calendars.feed.explain": {
    en:
      "A secret link any calendar app can subscribe to (Apple Calendar, Outlook, Google Calendar, Thunderbird): your upcoming confirmed and requested appointments, updated about every 15 minutes. Whoever has the link sees them, so keep it to yourself.",
    de:
      "Ein geheimer Link, den jede Kalender-App abonnieren kann (Apple Kalender, Outlook, Google Kalender, Thunderbird): Ihre kommenden bestätigten und angefragten Termine, etwa alle 15 Minuten aktualisiert. Wer den Link hat, sieht sie – geben Sie ihn nicht weiter.",
  },
  "calendars.feed.none": {
    en: "You have no feed link yet.",
    de: "Sie haben noch keinen Abo-Link.",
  },
  "calendars.feed.active": {
    en:
      "Your feed link was made on {date}. It is shown only once: if you lost it, make a new one.",
    de:
      "Ihr Abo-Link wurde am {date} erstellt. Er wird nur einmal angezeigt: Haben Sie ihn verloren, erstellen Sie einen neuen.",
  },
  "calendars.feed.namesShown": {
    en: "Events show the client's name.",
    de: "Termine zeigen den Namen des Kunden.",
  },
  "calendars.feed.namesHidden": {
    en: "Events show the service only, no client names.",
    de: "Termine zeigen nur die Leistung, keine Kundennamen.",
  },
  "calendars.feed.showClientNames": {
    en: "Show client names in the feed",
    de: "Kundennamen im Abo zeigen",
  },
  "calendars.feed.create": { en: "Create feed link", de: "Abo-Link erstellen" },
  "calendars.feed.rotate": {
    en: "Make a new link (the old one stops working)",
    de: "Neuen Link erstellen (der alte gilt dann nicht mehr)",
  },
  "calendars.feed.remove": { en: "Turn the feed off", de: "Abo abschalten" },
  "calendars.feed.created": {
    en: "Your new feed link. Copy it now: it is shown only this once.",
    de:
      "Ihr neuer Abo-Link. Kopieren Sie ihn jetzt: Er wird nur dieses eine Mal angezeigt.",
  },
  "calendars.feed.subscribe": {
    en: "Subscribe in your calendar app",
    de: "In der Kalender-App abonnieren",
  },
  "calendars.feed.https": {
    en: "Address for apps that ask for a URL",
    de: "Adresse für Apps, die nach einer URL fragen",
  },
  "calendars.feed.removed": {
    en: "The feed is turned off; its link no longer works.",
    de: "Das Abo ist abgeschaltet; sein Link funktioniert nicht mehr.",
  },
});
