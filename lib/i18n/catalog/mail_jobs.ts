import { defineMessages } from "../define.ts";

/** Admin → Emails (the outbox) and Admin → Jobs. */
export default defineMessages({
  "emails.title": { en: "Emails", de: "E-Mails" },
  "emails.intro": {
    en:
      "Every email is queued here first, in the same step as the change that causes it, and then delivered by the mail worker. Failed deliveries are retried with increasing pauses.",
    de:
      "Jede E-Mail wird zuerst hier eingereiht, im selben Schritt wie die Änderung, die sie auslöst, und dann vom Mail-Versand zugestellt. Fehlgeschlagene Zustellungen werden mit wachsenden Pausen wiederholt.",
  },
  "emails.smtpMissing": {
    en:
      "SMTP_URL is not set, so nothing is sent: emails are kept here until a mail server is configured.",
    de:
      "SMTP_URL ist nicht gesetzt, daher wird nichts versendet: E-Mails bleiben hier, bis ein Mailserver eingerichtet ist.",
  },
  "emails.filter.status": { en: "Status", de: "Status" },
  "emails.filter.all": { en: "All", de: "Alle" },
  "emails.filter.apply": { en: "Show", de: "Anzeigen" },
  "emails.status.pending": { en: "Pending", de: "Wartend" },
  "emails.status.sent": { en: "Sent", de: "Gesendet" },
  "emails.status.failed": { en: "Failed", de: "Fehlgeschlagen" },
  "emails.col.recipient": { en: "Recipient", de: "Empfänger" },
  "emails.col.subject": { en: "Subject", de: "Betreff" },
  "emails.col.status": { en: "Status", de: "Status" },
  "emails.col.attempts": { en: "Attempts", de: "Versuche" },
  "emails.col.lastError": { en: "Last error", de: "Letzter Fehler" },
  "emails.col.created": { en: "Created", de: "Erstellt" },
  "emails.col.sent": { en: "Sent", de: "Gesendet" },
  "emails.empty": {
    en:
      "No emails yet. They appear here as soon as Portico sends one, for example a password reset or a booking confirmation.",
    de:
      "Noch keine E-Mails. Sie erscheinen hier, sobald Portico eine versendet, zum Beispiel eine Passwort-Zurücksetzung oder eine Terminbestätigung.",
  },
  "emails.emptyFiltered": {
    en: "No emails with this status. Choose “All” to see every email.",
    de:
      "Keine E-Mails mit diesem Status. Wählen Sie „Alle“, um jede E-Mail zu sehen.",
  },
  "emails.page.previous": { en: "Previous page", de: "Vorherige Seite" },
  "emails.page.next": { en: "Next page", de: "Nächste Seite" },
  "emails.page.current": { en: "Page {page}", de: "Seite {page}" },
  "emails.back": { en: "All emails", de: "Alle E-Mails" },
  "emails.detail.nextAttempt": { en: "Next attempt", de: "Nächster Versuch" },
  "emails.detail.attachments": { en: "Attachments", de: "Anhänge" },
  "emails.detail.text": { en: "Plain text", de: "Nur-Text" },
  "emails.detail.html": { en: "HTML preview", de: "HTML-Vorschau" },
  "emails.detail.htmlFrame": {
    en: "Preview of the email “{subject}”",
    de: "Vorschau der E-Mail „{subject}“",
  },
  "emails.retry": { en: "Retry now", de: "Jetzt erneut senden" },
  "emails.retried": {
    en: "The email will be sent again now.",
    de: "Die E-Mail wird jetzt erneut versendet.",
  },
  "emails.retryRefused": {
    en: "This email was already sent.",
    de: "Diese E-Mail wurde bereits versendet.",
  },
  "jobs.title": { en: "Jobs", de: "Aufgaben" },
  "jobs.intro": {
    en:
      "Background jobs run on a schedule on every instance; a database lock makes sure only one instance does the work at a time. Times are UTC.",
    de:
      "Hintergrundaufgaben laufen nach Zeitplan auf jeder Instanz; eine Datenbanksperre sorgt dafür, dass jeweils nur eine Instanz die Arbeit erledigt. Zeiten in UTC.",
  },
  "jobs.col.job": { en: "Job", de: "Aufgabe" },
  "jobs.col.schedule": { en: "Schedule", de: "Zeitplan" },
  "jobs.col.lastRun": { en: "Last run", de: "Letzter Lauf" },
  "jobs.col.duration": { en: "Duration", de: "Dauer" },
  "jobs.col.outcome": { en: "Outcome", de: "Ergebnis" },
  "jobs.col.detail": { en: "Detail", de: "Details" },
  "jobs.never": { en: "Not run yet", de: "Noch nicht gelaufen" },
  "jobs.runNow": { en: "Run now", de: "Jetzt ausführen" },
  "jobs.runNowLabel": { en: "Run “{job}” now", de: "„{job}“ jetzt ausführen" },
  "jobs.outcome.ok": { en: "OK", de: "OK" },
  "jobs.outcome.failed": { en: "Failed", de: "Fehlgeschlagen" },
  "jobs.outcome.skipped": { en: "Skipped", de: "Übersprungen" },
  "jobs.outcome.running": { en: "Running", de: "Läuft" },
  "jobs.ran": { en: "“{job}” ran.", de: "„{job}“ wurde ausgeführt." },
  "jobs.ranFailed": {
    en: "“{job}” failed. The detail column says why.",
    de: "„{job}“ ist fehlgeschlagen. Die Spalte Details nennt den Grund.",
  },
  "jobs.ranSkipped": {
    en: "“{job}” is running elsewhere right now. Try again in a moment.",
    de:
      "„{job}“ läuft gerade an anderer Stelle. Versuchen Sie es gleich noch einmal.",
  },
  "jobs.sendMail.title": { en: "Send email", de: "E-Mails versenden" },
  "jobs.sendMail.description": {
    en: "Delivers due emails from the outbox and retries failed ones.",
    de:
      "Stellt fällige E-Mails aus der Warteschlange zu und wiederholt fehlgeschlagene.",
  },
  "jobs.pruneChangeLog.title": {
    en: "Clean up the change log",
    de: "Änderungsprotokoll aufräumen",
  },
  "jobs.pruneChangeLog.description": {
    en:
      "Removes change notifications older than ten minutes, which instances behind a connection pooler read instead of LISTEN.",
    de:
      "Entfernt Änderungsmeldungen, die älter als zehn Minuten sind; Instanzen hinter einem Verbindungspooler lesen sie statt LISTEN.",
  },
  "jobs.pruneRateLimits.title": {
    en: "Clean up rate limits",
    de: "Anfragezähler aufräumen",
  },
  "jobs.pruneRateLimits.description": {
    en: "Removes request counters whose time window has long ended.",
    de: "Entfernt Anfragezähler, deren Zeitfenster längst abgelaufen ist.",
  },
  "jobs.pruneSessions.title": {
    en: "Clean up sessions",
    de: "Sitzungen aufräumen",
  },
  "jobs.pruneSessions.description": {
    en: "Removes expired sign-in sessions and used or expired email links.",
    de:
      "Entfernt abgelaufene Anmeldesitzungen und benutzte oder abgelaufene E-Mail-Links.",
  },
  "jobs.bookingReminders.title": {
    en: "Booking reminders",
    de: "Terminerinnerungen",
  },
  "jobs.bookingReminders.description": {
    en:
      "Emails each confirmed booking's client once, 24 hours before the appointment.",
    de:
      "Erinnert Kundinnen und Kunden bestätigter Termine einmal, 24 Stunden vorher.",
  },
  "jobs.issueLicenses.title": {
    en: "Issue licenses",
    de: "Lizenzen ausstellen",
  },
  "jobs.issueLicenses.description": {
    en:
      "Issues and emails the license keys of paid orders, retrying failures with backoff.",
    de:
      "Stellt die Lizenzschlüssel bezahlter Bestellungen aus und versendet sie; Fehlschläge werden später wiederholt.",
  },
  "jobs.trialReminders.title": {
    en: "Trial reminders",
    de: "Testphasen-Erinnerungen",
  },
  "jobs.trialReminders.description": {
    en: "Reminds trial users on day 7, 14 and 27, each at most once.",
    de:
      "Erinnert an Tag 7, 14 und 27 einer Testphase, jeweils höchstens einmal.",
  },
  "jobs.licenseChecks.title": {
    en: "Module license checks",
    de: "Modul-Lizenzprüfung",
  },
  "jobs.licenseChecks.description": {
    en:
      "Validates this installation's module licenses with the license server, at most once a day.",
    de:
      "Prüft die Modul-Lizenzen dieser Installation beim Lizenzserver, höchstens einmal am Tag.",
  },
  "jobs.pruneJobRuns.title": {
    en: "Clean up job history",
    de: "Aufgabenverlauf aufräumen",
  },
  "jobs.pruneJobRuns.description": {
    en: "Removes records of job runs older than 30 days.",
    de: "Entfernt Einträge über Aufgabenläufe, die älter als 30 Tage sind.",
  },
  "jobs.endIdleSessions.title": {
    en: "End idle activity sessions",
    de: "Inaktive Sitzungen beenden",
  },
  "jobs.endIdleSessions.description": {
    en:
      "Ends client portal sessions without a heartbeat for longer than the inactivity timeout (Activity → Settings).",
    de:
      "Beendet Sitzungen im Kundenportal, die länger als das Inaktivitäts-Zeitlimit ohne Lebenszeichen sind (Aktivität → Einstellungen).",
  },
  "jobs.pruneActivity.title": {
    en: "Clean up activity data",
    de: "Aktivitätsdaten aufräumen",
  },
  "jobs.pruneActivity.description": {
    en:
      "Deletes ended sessions and page visits older than the retention period (Activity → Settings).",
    de:
      "Löscht beendete Sitzungen und Seitenaufrufe, die älter als die Aufbewahrungsfrist sind (Aktivität → Einstellungen).",
  },
  "jobs.every.minute": { en: "Every minute", de: "Jede Minute" },
  "jobs.every.minutes": {
    en: "Every {count} minutes",
    de: "Alle {count} Minuten",
  },
  "jobs.every.hourAt": {
    en: "Every hour at :{minute}",
    de: "Stündlich um :{minute}",
  },
  "jobs.every.dayAt": { en: "Daily at {time}", de: "Täglich um {time}" },
});
