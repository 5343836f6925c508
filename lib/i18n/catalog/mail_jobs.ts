import { defineMessages } from "../define.ts";

/** Admin → Emails (the outbox) and Admin → Jobs. */
export default defineMessages({
  "emails.title": "Emails",
  "emails.intro":
    "Every email is queued here first, in the same step as the change that causes it, and then delivered by the mail worker. Failed deliveries are retried with increasing pauses.",
  "emails.smtpMissing":
    "SMTP_URL is not set, so nothing is sent: emails are kept here until a mail server is configured.",
  "emails.filter.status": "Status",
  "emails.filter.all": "All",
  "emails.filter.apply": "Show",
  "emails.status.pending": "Pending",
  "emails.status.sent": "Sent",
  "emails.status.failed": "Failed",
  "emails.col.recipient": "Recipient",
  "emails.col.subject": "Subject",
  "emails.col.status": "Status",
  "emails.col.attempts": "Attempts",
  "emails.col.lastError": "Last error",
  "emails.col.created": "Created",
  "emails.col.sent": "Sent",
  "emails.empty":
    "No emails yet. They appear here as soon as Portico sends one, for example a password reset or a booking confirmation.",
  "emails.emptyFiltered":
    "No emails with this status. Choose “All” to see every email.",
  "emails.page.previous": "Previous page",
  "emails.page.next": "Next page",
  "emails.page.current": "Page {page}",
  "emails.back": "All emails",
  "emails.detail.nextAttempt": "Next attempt",
  "emails.detail.attachments": "Attachments",
  "emails.detail.text": "Plain text",
  "emails.detail.html": "HTML preview",
  "emails.detail.htmlFrame": "Preview of the email “{subject}”",
  "emails.retry": "Retry now",
  "emails.retried": "The email will be sent again now.",
  "emails.retryRefused": "This email was already sent.",
  "jobs.title": "Jobs",
  "jobs.intro":
    "Background jobs run on a schedule on every instance; a database lock makes sure only one instance does the work at a time. Times are UTC.",
  "jobs.col.job": "Job",
  "jobs.col.schedule": "Schedule",
  "jobs.col.lastRun": "Last run",
  "jobs.col.duration": "Duration",
  "jobs.col.outcome": "Outcome",
  "jobs.col.detail": "Detail",
  "jobs.never": "Not run yet",
  "jobs.runNow": "Run now",
  "jobs.runNowLabel": "Run “{job}” now",
  "jobs.outcome.ok": "OK",
  "jobs.outcome.failed": "Failed",
  "jobs.outcome.skipped": "Skipped",
  "jobs.outcome.running": "Running",
  "jobs.ran": "“{job}” ran.",
  "jobs.ranFailed": "“{job}” failed. The detail column says why.",
  "jobs.ranSkipped":
    "“{job}” is running elsewhere right now. Try again in a moment.",
  "jobs.sendMail.title": "Send email",
  "jobs.sendMail.description":
    "Delivers due emails from the outbox and retries failed ones.",
  "jobs.pruneRateLimits.title": "Clean up rate limits",
  "jobs.pruneRateLimits.description":
    "Removes request counters whose time window has long ended.",
  "jobs.pruneChangeLog.title": "Clean up the change log",
  "jobs.pruneChangeLog.description":
    "Removes change notifications older than ten minutes, which instances behind a connection pooler read instead of LISTEN.",
  "jobs.pruneSessions.title": "Clean up sessions",
  "jobs.pruneSessions.description":
    "Removes expired sign-in sessions and used or expired email links.",
  "jobs.bookingReminders.title": "Booking reminders",
  "jobs.bookingReminders.description":
    "Emails each confirmed booking's client once, 24 hours before the appointment.",
  "jobs.issueLicenses.title": "Issue licenses",
  "jobs.issueLicenses.description":
    "Issues and emails the license keys of paid orders, retrying failures with backoff.",
  "jobs.trialReminders.title": "Trial reminders",
  "jobs.trialReminders.description":
    "Reminds trial users on day 7, 14 and 27, each at most once.",
  "jobs.licenseChecks.title": "Module license checks",
  "jobs.licenseChecks.description":
    "Validates this installation's module licenses with the license server, at most once a day.",
  "jobs.pruneJobRuns.title": "Clean up job history",
  "jobs.pruneJobRuns.description":
    "Removes records of job runs older than 30 days.",
  "jobs.endIdleSessions.title": "End idle activity sessions",
  "jobs.endIdleSessions.description":
    "Ends client portal sessions without a heartbeat for longer than the inactivity timeout (Activity → Settings).",
  "jobs.pruneActivity.title": "Clean up activity data",
  "jobs.pruneActivity.description":
    "Deletes ended sessions and page visits older than the retention period (Activity → Settings).",
}, {
  "emails.title": "E-Mails",
  "emails.intro":
    "Jede E-Mail wird zuerst hier eingereiht, im selben Schritt wie die Änderung, die sie auslöst, und dann vom Mail-Versand zugestellt. Fehlgeschlagene Zustellungen werden mit wachsenden Pausen wiederholt.",
  "emails.smtpMissing":
    "SMTP_URL ist nicht gesetzt, daher wird nichts versendet: E-Mails bleiben hier, bis ein Mailserver eingerichtet ist.",
  "emails.filter.status": "Status",
  "emails.filter.all": "Alle",
  "emails.filter.apply": "Anzeigen",
  "emails.status.pending": "Wartend",
  "emails.status.sent": "Gesendet",
  "emails.status.failed": "Fehlgeschlagen",
  "emails.col.recipient": "Empfänger",
  "emails.col.subject": "Betreff",
  "emails.col.status": "Status",
  "emails.col.attempts": "Versuche",
  "emails.col.lastError": "Letzter Fehler",
  "emails.col.created": "Erstellt",
  "emails.col.sent": "Gesendet",
  "emails.empty":
    "Noch keine E-Mails. Sie erscheinen hier, sobald Portico eine versendet, zum Beispiel eine Passwort-Zurücksetzung oder eine Terminbestätigung.",
  "emails.emptyFiltered":
    "Keine E-Mails mit diesem Status. Wählen Sie „Alle“, um jede E-Mail zu sehen.",
  "emails.page.previous": "Vorherige Seite",
  "emails.page.next": "Nächste Seite",
  "emails.page.current": "Seite {page}",
  "emails.back": "Alle E-Mails",
  "emails.detail.nextAttempt": "Nächster Versuch",
  "emails.detail.attachments": "Anhänge",
  "emails.detail.text": "Nur-Text",
  "emails.detail.html": "HTML-Vorschau",
  "emails.detail.htmlFrame": "Vorschau der E-Mail „{subject}“",
  "emails.retry": "Jetzt erneut senden",
  "emails.retried": "Die E-Mail wird jetzt erneut versendet.",
  "emails.retryRefused": "Diese E-Mail wurde bereits versendet.",
  "jobs.title": "Aufgaben",
  "jobs.intro":
    "Hintergrundaufgaben laufen nach Zeitplan auf jeder Instanz; eine Datenbanksperre sorgt dafür, dass jeweils nur eine Instanz die Arbeit erledigt. Zeiten in UTC.",
  "jobs.col.job": "Aufgabe",
  "jobs.col.schedule": "Zeitplan",
  "jobs.col.lastRun": "Letzter Lauf",
  "jobs.col.duration": "Dauer",
  "jobs.col.outcome": "Ergebnis",
  "jobs.col.detail": "Details",
  "jobs.never": "Noch nicht gelaufen",
  "jobs.runNow": "Jetzt ausführen",
  "jobs.runNowLabel": "„{job}“ jetzt ausführen",
  "jobs.outcome.ok": "OK",
  "jobs.outcome.failed": "Fehlgeschlagen",
  "jobs.outcome.skipped": "Übersprungen",
  "jobs.outcome.running": "Läuft",
  "jobs.ran": "„{job}“ wurde ausgeführt.",
  "jobs.ranFailed":
    "„{job}“ ist fehlgeschlagen. Die Spalte Details nennt den Grund.",
  "jobs.ranSkipped":
    "„{job}“ läuft gerade an anderer Stelle. Versuchen Sie es gleich noch einmal.",
  "jobs.sendMail.title": "E-Mails versenden",
  "jobs.sendMail.description":
    "Stellt fällige E-Mails aus der Warteschlange zu und wiederholt fehlgeschlagene.",
  "jobs.pruneRateLimits.title": "Anfragezähler aufräumen",
  "jobs.pruneRateLimits.description":
    "Entfernt Anfragezähler, deren Zeitfenster längst abgelaufen ist.",
  "jobs.pruneChangeLog.title": "Änderungsprotokoll aufräumen",
  "jobs.pruneChangeLog.description":
    "Entfernt Änderungsmeldungen, die älter als zehn Minuten sind; Instanzen hinter einem Verbindungspooler lesen sie statt LISTEN.",
  "jobs.pruneSessions.title": "Sitzungen aufräumen",
  "jobs.pruneSessions.description":
    "Entfernt abgelaufene Anmeldesitzungen und benutzte oder abgelaufene E-Mail-Links.",
  "jobs.bookingReminders.title": "Terminerinnerungen",
  "jobs.bookingReminders.description":
    "Erinnert Kundinnen und Kunden bestätigter Termine einmal, 24 Stunden vorher.",
  "jobs.issueLicenses.title": "Lizenzen ausstellen",
  "jobs.issueLicenses.description":
    "Stellt die Lizenzschlüssel bezahlter Bestellungen aus und versendet sie; Fehlschläge werden später wiederholt.",
  "jobs.trialReminders.title": "Testphasen-Erinnerungen",
  "jobs.trialReminders.description":
    "Erinnert an Tag 7, 14 und 27 einer Testphase, jeweils höchstens einmal.",
  "jobs.licenseChecks.title": "Modul-Lizenzprüfung",
  "jobs.licenseChecks.description":
    "Prüft die Modul-Lizenzen dieser Installation beim Lizenzserver, höchstens einmal am Tag.",
  "jobs.pruneJobRuns.title": "Aufgabenverlauf aufräumen",
  "jobs.pruneJobRuns.description":
    "Entfernt Einträge über Aufgabenläufe, die älter als 30 Tage sind.",
  "jobs.endIdleSessions.title": "Inaktive Sitzungen beenden",
  "jobs.endIdleSessions.description":
    "Beendet Sitzungen im Kundenportal, die länger als das Inaktivitäts-Zeitlimit ohne Lebenszeichen sind (Aktivität → Einstellungen).",
  "jobs.pruneActivity.title": "Aktivitätsdaten aufräumen",
  "jobs.pruneActivity.description":
    "Löscht beendete Sitzungen und Seitenaufrufe, die älter als die Aufbewahrungsfrist sind (Aktivität → Einstellungen).",
});
