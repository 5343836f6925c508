import { defineMessages } from "../define.ts";

/** The consent banner and the live "who is online" widget. */
export default defineMessages({
  "activityLive.consent.title": "May we note your portal activity?",
  "activityLive.consent.text":
    "With your consent we record when you use this portal and which pages you open, so we can help you better. Nothing is recorded without it, and you can withdraw it and delete the data at any time.",
  "activityLive.consent.accept": "Accept",
  "activityLive.consent.decline": "Decline",
  "activityLive.consent.more": "Privacy details",
  "activityLive.consent.saved": "Your choice is saved.",
  "activityLive.widget.title": "Online now",
  "activityLive.widget.empty": "No client is online in the portal right now.",
  "activityLive.widget.name": "Client",
  "activityLive.widget.page": "Page",
  "activityLive.widget.duration": "Session",
  "activityLive.widget.lastSeen": "Last seen",
  "activityLive.widget.live": "Live",
}, {
  "activityLive.consent.title": "Dürfen wir Ihre Portal-Aktivität erfassen?",
  "activityLive.consent.text":
    "Mit Ihrer Einwilligung erfassen wir, wann Sie dieses Portal nutzen und welche Seiten Sie öffnen, damit wir Ihnen besser helfen können. Ohne Einwilligung wird nichts erfasst; Sie können sie jederzeit widerrufen und die Daten löschen.",
  "activityLive.consent.accept": "Zustimmen",
  "activityLive.consent.decline": "Ablehnen",
  "activityLive.consent.more": "Details zum Datenschutz",
  "activityLive.consent.saved": "Ihre Auswahl ist gespeichert.",
  "activityLive.widget.title": "Jetzt online",
  "activityLive.widget.empty": "Gerade ist kein Kunde im Portal online.",
  "activityLive.widget.name": "Kunde",
  "activityLive.widget.page": "Seite",
  "activityLive.widget.duration": "Sitzung",
  "activityLive.widget.lastSeen": "Zuletzt gesehen",
  "activityLive.widget.live": "Live",
});
