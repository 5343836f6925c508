import { defineMessages } from "../define.ts";

/**
 * The activity tracker's admin pages (client list, activity log, settings),
 * the portal's privacy page, and the portal navigation.
 */
export default defineMessages({
  "activity.title": { en: "Client activity", de: "Kundenaktivität" },
  "activity.intro": {
    en:
      "Who used the client portal, when and for how long. Only contacts who accepted the consent banner are tracked.",
    de:
      "Wer das Kundenportal wann und wie lange genutzt hat. Erfasst werden nur Kontakte, die im Einwilligungshinweis zugestimmt haben.",
  },
  "activity.live.label": { en: "Online now", de: "Jetzt online" },
  "activity.live.placeholder": {
    en: "Clients who are in the portal right now appear here.",
    de: "Kunden, die gerade im Portal sind, erscheinen hier.",
  },
  "activity.search.label": {
    en: "Name, company or email",
    de: "Name, Firma oder E-Mail",
  },
  "activity.search.submit": { en: "Search", de: "Suchen" },
  "activity.search.clear": { en: "Show all", de: "Alle anzeigen" },
  "activity.list.noMatch": {
    en:
      "No client matches “{search}”. Try part of a name, company or email address.",
    de:
      "Kein Kunde passt zu „{search}“. Versuchen Sie einen Teil eines Namens, einer Firma oder einer E-Mail-Adresse.",
  },
  "activity.list.empty.title": {
    en: "No activity yet",
    de: "Noch keine Aktivität",
  },
  "activity.list.empty.text": {
    en:
      "Clients appear here once they answer the consent banner in the client portal. Invite your clients to the portal to get started.",
    de:
      "Kunden erscheinen hier, sobald sie den Einwilligungshinweis im Kundenportal beantwortet haben. Laden Sie Ihre Kunden ins Portal ein, um zu beginnen.",
  },
  "activity.col.contact": { en: "Contact", de: "Kontakt" },
  "activity.col.company": { en: "Company", de: "Firma" },
  "activity.col.consent": { en: "Consent", de: "Einwilligung" },
  "activity.col.lastSeen": { en: "Last seen", de: "Zuletzt gesehen" },
  "activity.col.sessions": { en: "Sessions", de: "Sitzungen" },
  "activity.col.totalTime": { en: "Total time", de: "Gesamtzeit" },
  "activity.never": { en: "Never", de: "Nie" },
  "activity.online": { en: "Online", de: "Online" },
  "activity.consent.granted": { en: "Accepted", de: "Zugestimmt" },
  "activity.consent.declined": { en: "Declined", de: "Abgelehnt" },
  "activity.consent.none": { en: "Not decided", de: "Offen" },
  "activity.consent.decided": {
    en: "on {date}, policy {version}",
    de: "am {date}, Richtlinie {version}",
  },
  "activity.contact.record": { en: "Contact record", de: "Kontaktdaten" },
  "activity.contact.summary": { en: "Summary", de: "Überblick" },
  "activity.contact.visits": { en: "Page views", de: "Seitenaufrufe" },
  "activity.contact.sessions": { en: "Sessions", de: "Sitzungen" },
  "activity.contact.noSessions": {
    en:
      "No sessions are recorded for this contact. Sessions appear once they have accepted tracking and use the portal.",
    de:
      "Für diesen Kontakt sind keine Sitzungen erfasst. Sitzungen erscheinen, sobald er der Erfassung zugestimmt hat und das Portal nutzt.",
  },
  "activity.session.open": { en: "Open", de: "Offen" },
  "activity.session.ended": { en: "Ended", de: "Beendet" },
  "activity.session.meta": {
    en: "{duration} · page views: {views}",
    de: "{duration} · Seitenaufrufe: {views}",
  },
  "activity.session.visits": { en: "Pages visited", de: "Besuchte Seiten" },
  "activity.session.noVisits": {
    en: "No page views in this session.",
    de: "In dieser Sitzung wurden keine Seiten aufgerufen.",
  },
  "activity.settings.link": { en: "Settings", de: "Einstellungen" },
  "activity.settings.title": {
    en: "Activity settings",
    de: "Einstellungen der Aktivitätserfassung",
  },
  "activity.settings.tracking": { en: "Tracking", de: "Erfassung" },
  "activity.settings.inactivityMinutes": {
    en: "Inactivity timeout (minutes)",
    de: "Inaktivitäts-Zeitlimit (Minuten)",
  },
  "activity.settings.inactivityMinutes.hint": {
    en:
      "A session ends after this long without a heartbeat. {min} to {max} minutes.",
    de:
      "Eine Sitzung endet nach dieser Zeit ohne Lebenszeichen. {min} bis {max} Minuten.",
  },
  "activity.settings.onlineWindowSeconds": {
    en: "Online window (seconds)",
    de: "Online-Zeitfenster (Sekunden)",
  },
  "activity.settings.onlineWindowSeconds.hint": {
    en:
      "A client counts as online with a heartbeat within this time. The portal sends one every 30 seconds. {min} to {max} seconds.",
    de:
      "Ein Kunde gilt als online, wenn innerhalb dieser Zeit ein Lebenszeichen kam. Das Portal sendet alle 30 Sekunden eines. {min} bis {max} Sekunden.",
  },
  "activity.settings.retentionDays": {
    en: "Keep activity data (days)",
    de: "Aktivitätsdaten aufbewahren (Tage)",
  },
  "activity.settings.retentionDays.hint": {
    en:
      "Older sessions and page visits are deleted every night. {min} to {max} days.",
    de:
      "Ältere Sitzungen und Seitenaufrufe werden jede Nacht gelöscht. {min} bis {max} Tage.",
  },
  "activity.settings.inactivityMinutes.invalid": {
    en: "Please enter a whole number of minutes from 1 to 240.",
    de: "Bitte geben Sie eine ganze Zahl von Minuten zwischen 1 und 240 ein.",
  },
  "activity.settings.onlineWindowSeconds.invalid": {
    en: "Please enter a whole number of seconds from 35 to 3600.",
    de:
      "Bitte geben Sie eine ganze Zahl von Sekunden zwischen 35 und 3600 ein.",
  },
  "activity.settings.retentionDays.invalid": {
    en: "Please enter a whole number of days from 1 to 3650.",
    de: "Bitte geben Sie eine ganze Zahl von Tagen zwischen 1 und 3650 ein.",
  },
  "activity.settings.policyVersion": {
    en: "Privacy policy version",
    de: "Version der Datenschutzerklärung",
  },
  "activity.settings.policyVersion.hint": {
    en:
      "Stored with every consent. Clients who accepted an older version are asked to accept again on their privacy page.",
    de:
      "Wird mit jeder Einwilligung gespeichert. Kunden, die einer älteren Version zugestimmt haben, werden auf ihrer Datenschutzseite um erneute Zustimmung gebeten.",
  },
  "activity.settings.save": {
    en: "Save settings",
    de: "Einstellungen speichern",
  },
  "activity.settings.saved": {
    en: "The activity settings are saved.",
    de: "Die Einstellungen der Aktivitätserfassung sind gespeichert.",
  },
  "activity.privacy.title": { en: "Privacy", de: "Datenschutz" },
  "activity.privacy.consentTitle": {
    en: "Activity tracking",
    de: "Aktivitätserfassung",
  },
  "activity.privacy.explain": {
    en:
      "With your consent we record when you use this portal and which pages you open, so we can help you better. Nothing is recorded without it.",
    de:
      "Mit Ihrer Einwilligung erfassen wir, wann Sie dieses Portal nutzen und welche Seiten Sie öffnen, damit wir Ihnen besser helfen können. Ohne Einwilligung wird nichts erfasst.",
  },
  "activity.privacy.status.none": {
    en: "You have not decided yet. Nothing is recorded until you accept.",
    de:
      "Sie haben noch nicht entschieden. Bis zu Ihrer Zustimmung wird nichts erfasst.",
  },
  "activity.privacy.status.granted": {
    en:
      "You accepted on {date} (privacy policy {version}). Your portal activity is recorded.",
    de:
      "Sie haben am {date} zugestimmt (Datenschutzerklärung {version}). Ihre Portal-Aktivität wird erfasst.",
  },
  "activity.privacy.status.declined": {
    en:
      "You declined on {date} (privacy policy {version}). Nothing is recorded.",
    de:
      "Sie haben am {date} abgelehnt (Datenschutzerklärung {version}). Es wird nichts erfasst.",
  },
  "activity.privacy.policyChanged": {
    en:
      "The privacy policy has changed since (now version {version}). Please accept it again or withdraw your consent.",
    de:
      "Die Datenschutzerklärung hat sich seitdem geändert (jetzt Version {version}). Bitte stimmen Sie erneut zu oder widerrufen Sie Ihre Einwilligung.",
  },
  "activity.privacy.accept": {
    en: "Accept tracking",
    de: "Erfassung zustimmen",
  },
  "activity.privacy.decline": { en: "Decline", de: "Ablehnen" },
  "activity.privacy.withdraw": {
    en: "Withdraw consent",
    de: "Einwilligung widerrufen",
  },
  "activity.privacy.accepted": {
    en: "Thank you. Your consent is saved.",
    de: "Vielen Dank. Ihre Einwilligung ist gespeichert.",
  },
  "activity.privacy.declined": {
    en: "Your choice is saved. Nothing will be recorded from now on.",
    de: "Ihre Auswahl ist gespeichert. Ab jetzt wird nichts mehr erfasst.",
  },
  "activity.privacy.dataTitle": {
    en: "Your activity data",
    de: "Ihre Aktivitätsdaten",
  },
  "activity.privacy.stored": {
    en:
      "We hold {sessions} session(s) with {visits} page view(s) and {duration} in total about you, from {first} to {last}.",
    de:
      "Wir speichern {sessions} Sitzung(en) mit {visits} Seitenaufruf(en) und insgesamt {duration} über Sie, vom {first} bis zum {last}.",
  },
  "activity.privacy.nothingStored": {
    en: "No activity data is stored about you.",
    de: "Über Sie sind keine Aktivitätsdaten gespeichert.",
  },
  "activity.privacy.eraseHint": {
    en:
      "Deleting removes every recorded session and page view at once. It does not change your choice above: withdraw your consent as well if nothing should be recorded from now on.",
    de:
      "Beim Löschen werden alle erfassten Sitzungen und Seitenaufrufe sofort entfernt. Ihre Auswahl oben bleibt bestehen: Widerrufen Sie zusätzlich Ihre Einwilligung, wenn ab jetzt nichts mehr erfasst werden soll.",
  },
  "activity.privacy.erase": {
    en: "Delete my activity data",
    de: "Meine Aktivitätsdaten löschen",
  },
  "activity.privacy.erased": {
    en: "Your activity data has been deleted.",
    de: "Ihre Aktivitätsdaten wurden gelöscht.",
  },
  "activity.trends.sessions": {
    en: "Portal sessions per day, last 30 days",
    de: "Portal-Sitzungen pro Tag, letzte 30 Tage",
  },
  "activity.trends.sessionsValue": { en: "Sessions", de: "Sitzungen" },
  "activity.trends.sessionsSummary": {
    en: "{total} sessions in total",
    de: "insgesamt {total} Sitzungen",
  },
  "activity.trends.day": { en: "Day", de: "Tag" },
  "activity.trends.active": {
    en: "Active clients per week, last 12 weeks",
    de: "Aktive Kunden pro Woche, letzte 12 Wochen",
  },
  "activity.trends.activeValue": {
    en: "Active clients",
    de: "Aktive Kunden",
  },
  "activity.trends.activeSummary": {
    en: "at most {highest} in one week",
    de: "höchstens {highest} in einer Woche",
  },
  "activity.trends.pages": {
    en: "Most visited portal pages, last 30 days",
    de: "Meistbesuchte Portalseiten, letzte 30 Tage",
  },
  "activity.trends.noPages": {
    en: "No portal page was visited in the last 30 days.",
    de: "In den letzten 30 Tagen wurde keine Portalseite besucht.",
  },
  "activity.trends.page": { en: "Page", de: "Seite" },
  "activity.trends.visits": { en: "Visits", de: "Aufrufe" },
  "activity.trends.visitors": { en: "Clients", de: "Kunden" },
  "portal.nav": { en: "Client portal", de: "Kundenportal" },
  "portal.nav.bookings": { en: "Appointments", de: "Termine" },
  "portal.nav.licenses": { en: "Licenses", de: "Lizenzen" },
  "portal.nav.privacy": { en: "Privacy", de: "Datenschutz" },
});
