import { defineMessages } from "../define.ts";

/** The booking module: public page, emails, portal. */
export default defineMessages({
  "booking.title": { en: "Book an appointment", de: "Termin buchen" },
  "booking.intro": {
    en: "Choose a service, then a time that suits you. No account needed.",
    de:
      "Wählen Sie eine Leistung und dann eine passende Zeit. Kein Konto nötig.",
  },
  "booking.noServices": {
    en: "There is nothing to book at the moment. Please check back later.",
    de:
      "Derzeit kann nichts gebucht werden. Bitte schauen Sie später wieder vorbei.",
  },
  "booking.step.service": { en: "Service", de: "Leistung" },
  "booking.step.staff": { en: "With whom?", de: "Bei wem?" },
  "booking.step.time": { en: "Day and time", de: "Tag und Uhrzeit" },
  "booking.step.details": { en: "Your details", de: "Ihre Angaben" },
  "booking.minutes": { en: "{minutes} min", de: "{minutes} Min." },
  "booking.free": { en: "Free", de: "Kostenlos" },
  "booking.anyStaff": { en: "Any available", de: "Egal, wer frei ist" },
  "booking.anyStaffText": {
    en: "The first free person takes your appointment.",
    de: "Die erste freie Person übernimmt Ihren Termin.",
  },
  "booking.change": { en: "Change", de: "Ändern" },
  "booking.timeZone": {
    en: "Times are shown in {zone}.",
    de: "Zeiten in {zone}.",
  },
  "booking.noTimes": {
    en: "No free times on this day.",
    de: "An diesem Tag ist nichts frei.",
  },
  "booking.noTimesMonth": {
    en: "No free times in this month. Try the next one.",
    de: "In diesem Monat ist nichts frei. Versuchen Sie den nächsten.",
  },
  "booking.prevMonth": { en: "Previous month", de: "Vorheriger Monat" },
  "booking.nextMonth": { en: "Next month", de: "Nächster Monat" },
  "booking.pickDay": {
    en: "Pick a day to see its free times.",
    de: "Wählen Sie einen Tag, um die freien Zeiten zu sehen.",
  },
  "booking.name": { en: "Name", de: "Name" },
  "booking.email": { en: "Email", de: "E-Mail" },
  "booking.phone": { en: "Phone (optional)", de: "Telefon (optional)" },
  "booking.note": { en: "Message (optional)", de: "Nachricht (optional)" },
  "booking.submit": { en: "Request appointment", de: "Termin anfragen" },
  "booking.submitConfirm": { en: "Book appointment", de: "Termin buchen" },
  "booking.invalidSlot": {
    en: "This time is not offered. Please pick one of the free times.",
    de:
      "Diese Zeit wird nicht angeboten. Bitte wählen Sie eine der freien Zeiten.",
  },
  "booking.conflict.title": {
    en: "This time was just taken",
    de: "Diese Zeit wurde gerade vergeben",
  },
  "booking.conflict.text": {
    en: "Someone booked it a moment ago. These times are free nearby:",
    de: "Jemand hat sie eben gebucht. Diese Zeiten in der Nähe sind frei:",
  },
  "booking.conflict.none": {
    en: "There are no free times nearby. Please pick another day.",
    de: "In der Nähe ist nichts frei. Bitte wählen Sie einen anderen Tag.",
  },
  "booking.received.title": {
    en: "Thank you, we received your request",
    de: "Danke, wir haben Ihre Anfrage erhalten",
  },
  "booking.received.text": {
    en:
      "We will confirm your appointment by email. You can see or cancel it on this page at any time.",
    de:
      "Wir bestätigen Ihren Termin per E-Mail. Auf dieser Seite können Sie ihn jederzeit ansehen oder absagen.",
  },
  "booking.confirmed.title": {
    en: "Your appointment is booked",
    de: "Ihr Termin ist gebucht",
  },
  "booking.confirmed.text": {
    en:
      "A confirmation is on its way by email. You can see or cancel it on this page at any time.",
    de:
      "Eine Bestätigung ist per E-Mail unterwegs. Auf dieser Seite können Sie ihn jederzeit ansehen oder absagen.",
  },
  "booking.manage.title": { en: "Your appointment", de: "Ihr Termin" },
  "booking.manage.cancel": { en: "Cancel appointment", de: "Termin absagen" },
  "booking.manage.cancelled": {
    en: "This appointment is cancelled.",
    de: "Dieser Termin ist abgesagt.",
  },
  "booking.manage.cutoff": {
    en:
      "It can no longer be cancelled online (less than {hours} hours before). Please contact us.",
    de:
      "Er kann nicht mehr online abgesagt werden (weniger als {hours} Stunden vorher). Bitte kontaktieren Sie uns.",
  },
  "booking.manage.cancelDone": {
    en: "Your appointment is cancelled.",
    de: "Ihr Termin ist abgesagt.",
  },
  "booking.status.pending": { en: "Pending", de: "Angefragt" },
  "booking.status.confirmed": { en: "Confirmed", de: "Bestätigt" },
  "booking.status.cancelled": { en: "Cancelled", de: "Abgesagt" },
  "booking.field.service": { en: "Service", de: "Leistung" },
  "booking.field.staff": { en: "With", de: "Bei" },
  "booking.field.when": { en: "When", de: "Wann" },
  "booking.field.status": { en: "Status", de: "Status" },
  "booking.field.reason": { en: "Reason", de: "Grund" },
  "booking.email.received.subject": {
    en: "We received your booking request: {service}",
    de: "Ihre Terminanfrage ist eingegangen: {service}",
  },
  "booking.email.received.intro": {
    en: "Thank you for your request. We will confirm it shortly.",
    de: "Vielen Dank für Ihre Anfrage. Wir bestätigen sie in Kürze.",
  },
  "booking.email.confirmed.subject": {
    en: "Appointment confirmed: {service}, {when}",
    de: "Termin bestätigt: {service}, {when}",
  },
  "booking.email.confirmed.intro": {
    en: "Your appointment is confirmed. We look forward to seeing you.",
    de: "Ihr Termin ist bestätigt. Wir freuen uns auf Sie.",
  },
  "booking.email.cancelled.subject": {
    en: "Appointment cancelled: {service}, {when}",
    de: "Termin abgesagt: {service}, {when}",
  },
  "booking.email.cancelled.intro": {
    en: "Your appointment has been cancelled.",
    de: "Ihr Termin wurde abgesagt.",
  },
  "booking.email.reminder.subject": {
    en: "Reminder: {service} tomorrow, {when}",
    de: "Erinnerung: {service} morgen, {when}",
  },
  "booking.email.reminder.intro": {
    en: "This is a reminder of your appointment.",
    de: "Wir erinnern Sie an Ihren Termin.",
  },
  "booking.email.manage": {
    en: "See or cancel your appointment",
    de: "Termin ansehen oder absagen",
  },
  "booking.email.calendar": {
    en: "The attached file adds the appointment to your calendar.",
    de:
      "Mit der angehängten Datei tragen Sie den Termin in Ihren Kalender ein.",
  },
  "booking.email.view": {
    en: "See your appointment",
    de: "Termin ansehen",
  },
  "booking.email.calendarCancel": {
    en: "The attached file removes the appointment from your calendar.",
    de:
      "Mit der angehängten Datei entfernen Sie den Termin aus Ihrem Kalender.",
  },
  "booking.portal.title": { en: "My appointments", de: "Meine Termine" },
  "booking.portal.upcoming": { en: "Upcoming", de: "Anstehend" },
  "booking.portal.past": { en: "Past", de: "Vergangen" },
  "booking.portal.none": {
    en: "No appointments yet.",
    de: "Noch keine Termine.",
  },
  "booking.portal.book": { en: "Book an appointment", de: "Termin buchen" },
});
