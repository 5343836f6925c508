import { defineMessages } from "../define.ts";

/**
 * The activity tracker's admin pages (client list, activity log, settings),
 * the portal's privacy page, and the portal navigation.
 */
export default defineMessages({
  "activity.title": "Client activity",
  "activity.intro":
    "Who used the client portal, when and for how long. Only contacts who accepted the consent banner are tracked.",
  "activity.live.label": "Online now",
  "activity.live.placeholder":
    "Clients who are in the portal right now appear here.",
  "activity.search.label": "Name, company or email",
  "activity.search.submit": "Search",
  "activity.search.clear": "Show all",
  "activity.list.noMatch":
    "No client matches “{search}”. Try part of a name, company or email address.",
  "activity.list.empty.title": "No activity yet",
  "activity.list.empty.text":
    "Clients appear here once they answer the consent banner in the client portal. Invite your clients to the portal to get started.",
  "activity.col.contact": "Contact",
  "activity.col.company": "Company",
  "activity.col.consent": "Consent",
  "activity.col.lastSeen": "Last seen",
  "activity.col.sessions": "Sessions",
  "activity.col.totalTime": "Total time",
  "activity.never": "Never",
  "activity.online": "Online",
  "activity.consent.granted": "Accepted",
  "activity.consent.declined": "Declined",
  "activity.consent.none": "Not decided",
  "activity.consent.decided": "on {date}, policy {version}",
  "activity.contact.record": "Contact record",
  "activity.contact.summary": "Summary",
  "activity.contact.visits": "Page views",
  "activity.contact.sessions": "Sessions",
  "activity.contact.noSessions":
    "No sessions are recorded for this contact. Sessions appear once they have accepted tracking and use the portal.",
  "activity.session.open": "Open",
  "activity.session.ended": "Ended",
  "activity.session.meta": "{duration} · page views: {views}",
  "activity.session.visits": "Pages visited",
  "activity.session.noVisits": "No page views in this session.",
  "activity.settings.link": "Settings",
  "activity.settings.title": "Activity settings",
  "activity.settings.tracking": "Tracking",
  "activity.settings.inactivityMinutes": "Inactivity timeout (minutes)",
  "activity.settings.inactivityMinutes.hint":
    "A session ends after this long without a heartbeat. {min} to {max} minutes.",
  "activity.settings.onlineWindowSeconds": "Online window (seconds)",
  "activity.settings.onlineWindowSeconds.hint":
    "A client counts as online with a heartbeat within this time. The portal sends one every 30 seconds. {min} to {max} seconds.",
  "activity.settings.retentionDays": "Keep activity data (days)",
  "activity.settings.retentionDays.hint":
    "Older sessions and page visits are deleted every night. {min} to {max} days.",
  "activity.settings.inactivityMinutes.invalid":
    "Please enter a whole number of minutes from 1 to 240.",
  "activity.settings.onlineWindowSeconds.invalid":
    "Please enter a whole number of seconds from 35 to 3600.",
  "activity.settings.retentionDays.invalid":
    "Please enter a whole number of days from 1 to 3650.",
  "activity.settings.policyVersion": "Privacy policy version",
  "activity.settings.policyVersion.hint":
    "Stored with every consent. Clients who accepted an older version are asked to accept again on their privacy page.",
  "activity.settings.save": "Save settings",
  "activity.settings.saved": "The activity settings are saved.",
  "activity.privacy.title": "Privacy",
  "activity.privacy.consentTitle": "Activity tracking",
  "activity.privacy.explain":
    "With your consent we record when you use this portal and which pages you open, so we can help you better. Nothing is recorded without it.",
  "activity.privacy.status.none":
    "You have not decided yet. Nothing is recorded until you accept.",
  "activity.privacy.status.granted":
    "You accepted on {date} (privacy policy {version}). Your portal activity is recorded.",
  "activity.privacy.status.declined":
    "You declined on {date} (privacy policy {version}). Nothing is recorded.",
  "activity.privacy.policyChanged":
    "The privacy policy has changed since (now version {version}). Please accept it again or withdraw your consent.",
  "activity.privacy.accept": "Accept tracking",
  "activity.privacy.decline": "Decline",
  "activity.privacy.withdraw": "Withdraw consent",
  "activity.privacy.accepted": "Thank you. Your consent is saved.",
  "activity.privacy.declined":
    "Your choice is saved. Nothing will be recorded from now on.",
  "activity.privacy.dataTitle": "Your activity data",
  "activity.privacy.stored":
    "We hold {sessions} session(s) with {visits} page view(s) and {duration} in total about you, from {first} to {last}.",
  "activity.privacy.nothingStored": "No activity data is stored about you.",
  "activity.privacy.eraseHint":
    "Deleting removes every recorded session and page view at once. It does not change your choice above: withdraw your consent as well if nothing should be recorded from now on.",
  "activity.privacy.erase": "Delete my activity data",
  "activity.privacy.erased": "Your activity data has been deleted.",
  "portal.nav": "Client portal",
  "portal.nav.bookings": "Appointments",
  "portal.nav.licenses": "Licenses",
  "portal.nav.privacy": "Privacy",
}, {
  "activity.title": "Kundenaktivität",
  "activity.intro":
    "Wer das Kundenportal wann und wie lange genutzt hat. Erfasst werden nur Kontakte, die im Einwilligungshinweis zugestimmt haben.",
  "activity.live.label": "Jetzt online",
  "activity.live.placeholder":
    "Kunden, die gerade im Portal sind, erscheinen hier.",
  "activity.search.label": "Name, Firma oder E-Mail",
  "activity.search.submit": "Suchen",
  "activity.search.clear": "Alle anzeigen",
  "activity.list.noMatch":
    "Kein Kunde passt zu „{search}“. Versuchen Sie einen Teil eines Namens, einer Firma oder einer E-Mail-Adresse.",
  "activity.list.empty.title": "Noch keine Aktivität",
  "activity.list.empty.text":
    "Kunden erscheinen hier, sobald sie den Einwilligungshinweis im Kundenportal beantwortet haben. Laden Sie Ihre Kunden ins Portal ein, um zu beginnen.",
  "activity.col.contact": "Kontakt",
  "activity.col.company": "Firma",
  "activity.col.consent": "Einwilligung",
  "activity.col.lastSeen": "Zuletzt gesehen",
  "activity.col.sessions": "Sitzungen",
  "activity.col.totalTime": "Gesamtzeit",
  "activity.never": "Nie",
  "activity.online": "Online",
  "activity.consent.granted": "Zugestimmt",
  "activity.consent.declined": "Abgelehnt",
  "activity.consent.none": "Offen",
  "activity.consent.decided": "am {date}, Richtlinie {version}",
  "activity.contact.record": "Kontaktdaten",
  "activity.contact.summary": "Überblick",
  "activity.contact.visits": "Seitenaufrufe",
  "activity.contact.sessions": "Sitzungen",
  "activity.contact.noSessions":
    "Für diesen Kontakt sind keine Sitzungen erfasst. Sitzungen erscheinen, sobald er der Erfassung zugestimmt hat und das Portal nutzt.",
  "activity.session.open": "Offen",
  "activity.session.ended": "Beendet",
  "activity.session.meta": "{duration} · Seitenaufrufe: {views}",
  "activity.session.visits": "Besuchte Seiten",
  "activity.session.noVisits":
    "In dieser Sitzung wurden keine Seiten aufgerufen.",
  "activity.settings.link": "Einstellungen",
  "activity.settings.title": "Einstellungen der Aktivitätserfassung",
  "activity.settings.tracking": "Erfassung",
  "activity.settings.inactivityMinutes": "Inaktivitäts-Zeitlimit (Minuten)",
  "activity.settings.inactivityMinutes.hint":
    "Eine Sitzung endet nach dieser Zeit ohne Lebenszeichen. {min} bis {max} Minuten.",
  "activity.settings.onlineWindowSeconds": "Online-Zeitfenster (Sekunden)",
  "activity.settings.onlineWindowSeconds.hint":
    "Ein Kunde gilt als online, wenn innerhalb dieser Zeit ein Lebenszeichen kam. Das Portal sendet alle 30 Sekunden eines. {min} bis {max} Sekunden.",
  "activity.settings.retentionDays": "Aktivitätsdaten aufbewahren (Tage)",
  "activity.settings.retentionDays.hint":
    "Ältere Sitzungen und Seitenaufrufe werden jede Nacht gelöscht. {min} bis {max} Tage.",
  "activity.settings.inactivityMinutes.invalid":
    "Bitte geben Sie eine ganze Zahl von Minuten zwischen 1 und 240 ein.",
  "activity.settings.onlineWindowSeconds.invalid":
    "Bitte geben Sie eine ganze Zahl von Sekunden zwischen 35 und 3600 ein.",
  "activity.settings.retentionDays.invalid":
    "Bitte geben Sie eine ganze Zahl von Tagen zwischen 1 und 3650 ein.",
  "activity.settings.policyVersion": "Version der Datenschutzerklärung",
  "activity.settings.policyVersion.hint":
    "Wird mit jeder Einwilligung gespeichert. Kunden, die einer älteren Version zugestimmt haben, werden auf ihrer Datenschutzseite um erneute Zustimmung gebeten.",
  "activity.settings.save": "Einstellungen speichern",
  "activity.settings.saved":
    "Die Einstellungen der Aktivitätserfassung sind gespeichert.",
  "activity.privacy.title": "Datenschutz",
  "activity.privacy.consentTitle": "Aktivitätserfassung",
  "activity.privacy.explain":
    "Mit Ihrer Einwilligung erfassen wir, wann Sie dieses Portal nutzen und welche Seiten Sie öffnen, damit wir Ihnen besser helfen können. Ohne Einwilligung wird nichts erfasst.",
  "activity.privacy.status.none":
    "Sie haben noch nicht entschieden. Bis zu Ihrer Zustimmung wird nichts erfasst.",
  "activity.privacy.status.granted":
    "Sie haben am {date} zugestimmt (Datenschutzerklärung {version}). Ihre Portal-Aktivität wird erfasst.",
  "activity.privacy.status.declined":
    "Sie haben am {date} abgelehnt (Datenschutzerklärung {version}). Es wird nichts erfasst.",
  "activity.privacy.policyChanged":
    "Die Datenschutzerklärung hat sich seitdem geändert (jetzt Version {version}). Bitte stimmen Sie erneut zu oder widerrufen Sie Ihre Einwilligung.",
  "activity.privacy.accept": "Erfassung zustimmen",
  "activity.privacy.decline": "Ablehnen",
  "activity.privacy.withdraw": "Einwilligung widerrufen",
  "activity.privacy.accepted":
    "Vielen Dank. Ihre Einwilligung ist gespeichert.",
  "activity.privacy.declined":
    "Ihre Auswahl ist gespeichert. Ab jetzt wird nichts mehr erfasst.",
  "activity.privacy.dataTitle": "Ihre Aktivitätsdaten",
  "activity.privacy.stored":
    "Wir speichern {sessions} Sitzung(en) mit {visits} Seitenaufruf(en) und insgesamt {duration} über Sie, vom {first} bis zum {last}.",
  "activity.privacy.nothingStored":
    "Über Sie sind keine Aktivitätsdaten gespeichert.",
  "activity.privacy.eraseHint":
    "Beim Löschen werden alle erfassten Sitzungen und Seitenaufrufe sofort entfernt. Ihre Auswahl oben bleibt bestehen: Widerrufen Sie zusätzlich Ihre Einwilligung, wenn ab jetzt nichts mehr erfasst werden soll.",
  "activity.privacy.erase": "Meine Aktivitätsdaten löschen",
  "activity.privacy.erased": "Ihre Aktivitätsdaten wurden gelöscht.",
  "portal.nav": "Kundenportal",
  "portal.nav.bookings": "Termine",
  "portal.nav.licenses": "Lizenzen",
  "portal.nav.privacy": "Datenschutz",
});
