import { defineMessages } from "../define.ts";

/** The consent banner and the live "who is online" widget. */
export default defineMessages({
  "activityLive.consent.title": {
    en: "May we note your portal activity?",
    de: "Dürfen wir Ihre Portal-Aktivität erfassen?",
  },
  "activityLive.consent.text": {
    en:
      "With your consent we record when you use this portal and which pages you open, so we can help you better. Nothing is recorded without it, and you can withdraw it and delete the data at any time.",
    de:
      "Mit Ihrer Einwilligung erfassen wir, wann Sie dieses Portal nutzen und welche Seiten Sie öffnen, damit wir Ihnen besser helfen können. Ohne Einwilligung wird nichts erfasst; Sie können sie jederzeit widerrufen und die Daten löschen.",
  },
  "activityLive.consent.accept": { en: "Accept", de: "Zustimmen" },
  "activityLive.consent.decline": { en: "Decline", de: "Ablehnen" },
  "activityLive.consent.more": {
    en: "Privacy details",
    de: "Details zum Datenschutz",
  },
  "activityLive.consent.saved": {
    en: "Your choice is saved.",
    de: "Ihre Auswahl ist gespeichert.",
  },
  "activityLive.widget.title": { en: "Online now", de: "Jetzt online" },
  "activityLive.widget.empty": {
    en: "No client is online in the portal right now.",
    de: "Gerade ist kein Kunde im Portal online.",
  },
  "activityLive.widget.name": { en: "Client", de: "Kunde" },
  "activityLive.widget.page": { en: "Page", de: "Seite" },
  "activityLive.widget.duration": { en: "Session", de: "Sitzung" },
  "activityLive.widget.lastSeen": { en: "Last seen", de: "Zuletzt gesehen" },
  "activityLive.widget.live": { en: "Live", de: "Live" },
});
