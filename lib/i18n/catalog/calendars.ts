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

  "jobs.caldavSync.title": {
    en: "Sync CalDAV calendars",
    de: "CalDAV-Kalender abgleichen",
  },
  "jobs.caldavSync.description": {
    en:
      "Writes new, moved and cancelled bookings into the staff members' connected calendars (retried with backoff) and reads their busy times every 5 minutes.",
    de:
      "Schreibt neue, verschobene und stornierte Buchungen in die verbundenen Kalender der Mitarbeitenden (mit wachsendem Abstand wiederholt) und liest alle 5 Minuten ihre belegten Zeiten.",
  },
  "calendars.caldav.heading": {
    en: "CalDAV calendar (two-way)",
    de: "CalDAV-Kalender (in beide Richtungen)",
  },
  "calendars.caldav.explain": {
    en:
      "Connect the calendar you keep your other appointments in (Nextcloud, iCloud, Fastmail, mailbox.org or any CalDAV server): its busy times are taken off the booking page, and your bookings are written into it. Use an app password, not your main one.",
    de:
      "Verbinden Sie den Kalender, in dem Sie Ihre übrigen Termine führen (Nextcloud, iCloud, Fastmail, mailbox.org oder jeder CalDAV-Server): Seine belegten Zeiten werden auf der Buchungsseite nicht angeboten, und Ihre Buchungen werden in ihn eingetragen. Nutzen Sie ein App-Passwort, nicht Ihr Hauptpasswort.",
  },
  "calendars.caldav.serverUrl": { en: "Server URL", de: "Server-URL" },
  "calendars.caldav.serverUrlHint": {
    en:
      "e.g. https://cloud.example.com/remote.php/dav (Nextcloud) or https://caldav.icloud.com (iCloud)",
    de:
      "z. B. https://cloud.example.com/remote.php/dav (Nextcloud) oder https://caldav.icloud.com (iCloud)",
  },
  "calendars.caldav.username": { en: "User name", de: "Benutzername" },
  "calendars.caldav.password": { en: "App password", de: "App-Passwort" },
  "calendars.caldav.connect": { en: "Connect", de: "Verbinden" },
  "calendars.caldav.connected": {
    en: "Your calendar is connected.",
    de: "Ihr Kalender ist verbunden.",
  },
  "calendars.caldav.connectedTo": {
    en: "Connected to {calendar} on {server} as {user}.",
    de: "Verbunden mit {calendar} auf {server} als {user}.",
  },
  "calendars.caldav.busyAsOf": {
    en: "Busy times as of {time}: {count} in the booking horizon.",
    de: "Belegte Zeiten vom {time}: {count} im Buchungszeitraum.",
  },
  "calendars.caldav.busyNever": {
    en: "Busy times have not been read yet.",
    de: "Belegte Zeiten wurden noch nicht gelesen.",
  },
  "calendars.caldav.busyError": {
    en:
      "The last attempt to read the calendar failed ({error}); the booking page uses the busy times above until it works again.",
    de:
      "Der letzte Versuch, den Kalender zu lesen, ist fehlgeschlagen ({error}); die Buchungsseite nutzt bis dahin die belegten Zeiten oben.",
  },
  "calendars.caldav.pendingWrites": {
    en: "{count} bookings waiting to be written into the calendar.",
    de:
      "{count} Buchungen warten darauf, in den Kalender eingetragen zu werden.",
  },
  "calendars.caldav.writeError": {
    en: "Last write error: {error}. It is retried with growing pauses.",
    de:
      "Letzter Fehler beim Eintragen: {error}. Es wird mit wachsenden Pausen erneut versucht.",
  },
  "calendars.caldav.syncNow": { en: "Sync now", de: "Jetzt abgleichen" },
  "calendars.caldav.synced": {
    en: "Synced with your calendar.",
    de: "Mit Ihrem Kalender abgeglichen.",
  },
  "calendars.caldav.syncFailed": {
    en:
      "Your calendar could not be reached; it is tried again in a few minutes.",
    de:
      "Ihr Kalender war nicht erreichbar; in ein paar Minuten wird es erneut versucht.",
  },
  "calendars.caldav.disconnect": { en: "Disconnect", de: "Trennen" },
  "calendars.caldav.disconnected": {
    en: "Your calendar is disconnected; events already written stay in it.",
    de:
      "Ihr Kalender ist getrennt; bereits eingetragene Termine bleiben darin.",
  },
  "calendars.caldav.unreachable": {
    en:
      "No CalDAV calendar answered at this address with this user name and password.",
    de:
      "Unter dieser Adresse hat mit diesem Benutzernamen und Passwort kein CalDAV-Kalender geantwortet.",
  },
  "calendars.caldav.refusedAddress": {
    en:
      "This address is on a private network or is not http(s). An administrator can allow calendar servers on your own network (CALDAV_ALLOW_PRIVATE=1).",
    de:
      "Diese Adresse liegt in einem privaten Netz oder ist kein http(s). Die Administration kann Kalenderserver im eigenen Netz erlauben (CALDAV_ALLOW_PRIVATE=1).",
  },
  "calendars.caldav.noCalendar": {
    en: "This account has no calendar for events.",
    de: "Dieses Konto hat keinen Kalender für Termine.",
  },
  "calendars.caldav.url": {
    en: "Enter an http(s) address.",
    de: "Geben Sie eine http(s)-Adresse ein.",
  },
});
