import { defineMessages } from "../define.ts";

/** The booking module: public page, emails, portal. */
export default defineMessages({
  "booking.title": "Book an appointment",
  "booking.intro":
    "Choose a service, then a time that suits you. No account needed.",
  "booking.noServices":
    "There is nothing to book at the moment. Please check back later.",
  "booking.step.service": "Service",
  "booking.step.staff": "With whom?",
  "booking.step.time": "Day and time",
  "booking.step.details": "Your details",
  "booking.minutes": "{minutes} min",
  "booking.free": "Free",
  "booking.choose": "Choose",
  "booking.anyStaff": "Any available",
  "booking.anyStaffText": "The first free person takes your appointment.",
  "booking.change": "Change",
  "booking.timeZone": "Times are shown in {zone}.",
  "booking.noTimes": "No free times on this day.",
  "booking.noTimesMonth": "No free times in this month. Try the next one.",
  "booking.prevMonth": "Previous month",
  "booking.nextMonth": "Next month",
  "booking.pickDay": "Pick a day to see its free times.",
  "booking.name": "Name",
  "booking.email": "Email",
  "booking.phone": "Phone (optional)",
  "booking.note": "Message (optional)",
  "booking.submit": "Request appointment",
  "booking.submitConfirm": "Book appointment",
  "booking.invalidSlot":
    "This time is not offered. Please pick one of the free times.",
  "booking.conflict.title": "This time was just taken",
  "booking.conflict.text":
    "Someone booked it a moment ago. These times are free nearby:",
  "booking.conflict.none":
    "There are no free times nearby. Please pick another day.",
  "booking.received.title": "Thank you, we received your request",
  "booking.received.text":
    "We will confirm your appointment by email. You can see or cancel it on this page at any time.",
  "booking.confirmed.title": "Your appointment is booked",
  "booking.confirmed.text":
    "A confirmation is on its way by email. You can see or cancel it on this page at any time.",
  "booking.manage.title": "Your appointment",
  "booking.manage.cancel": "Cancel appointment",
  "booking.manage.cancelled": "This appointment is cancelled.",
  "booking.manage.cutoff":
    "It can no longer be cancelled online (less than {hours} hours before). Please contact us.",
  "booking.manage.cancelDone": "Your appointment is cancelled.",
  "booking.status.pending": "Pending",
  "booking.status.confirmed": "Confirmed",
  "booking.status.cancelled": "Cancelled",
  "booking.field.service": "Service",
  "booking.field.staff": "With",
  "booking.field.when": "When",
  "booking.field.status": "Status",
  "booking.field.reason": "Reason",
  "booking.email.received.subject":
    "We received your booking request: {service}",
  "booking.email.received.intro":
    "Thank you for your request. We will confirm it shortly.",
  "booking.email.confirmed.subject": "Appointment confirmed: {service}, {when}",
  "booking.email.confirmed.intro":
    "Your appointment is confirmed. We look forward to seeing you.",
  "booking.email.cancelled.subject": "Appointment cancelled: {service}, {when}",
  "booking.email.cancelled.intro": "Your appointment has been cancelled.",
  "booking.email.reminder.subject": "Reminder: {service} tomorrow, {when}",
  "booking.email.reminder.intro": "This is a reminder of your appointment.",
  "booking.email.manage": "See or cancel your appointment",
  "booking.email.calendar":
    "The attached file adds the appointment to your calendar.",
  "booking.portal.title": "My appointments",
  "booking.portal.upcoming": "Upcoming",
  "booking.portal.past": "Past",
  "booking.portal.none": "No appointments yet.",
  "booking.portal.book": "Book an appointment",
}, {
  "booking.title": "Termin buchen",
  "booking.intro":
    "Wählen Sie eine Leistung und dann eine passende Zeit. Kein Konto nötig.",
  "booking.noServices":
    "Derzeit kann nichts gebucht werden. Bitte schauen Sie später wieder vorbei.",
  "booking.step.service": "Leistung",
  "booking.step.staff": "Bei wem?",
  "booking.step.time": "Tag und Uhrzeit",
  "booking.step.details": "Ihre Angaben",
  "booking.minutes": "{minutes} Min.",
  "booking.free": "Kostenlos",
  "booking.choose": "Auswählen",
  "booking.anyStaff": "Egal, wer frei ist",
  "booking.anyStaffText": "Die erste freie Person übernimmt Ihren Termin.",
  "booking.change": "Ändern",
  "booking.timeZone": "Zeiten in {zone}.",
  "booking.noTimes": "An diesem Tag ist nichts frei.",
  "booking.noTimesMonth":
    "In diesem Monat ist nichts frei. Versuchen Sie den nächsten.",
  "booking.prevMonth": "Vorheriger Monat",
  "booking.nextMonth": "Nächster Monat",
  "booking.pickDay": "Wählen Sie einen Tag, um die freien Zeiten zu sehen.",
  "booking.name": "Name",
  "booking.email": "E-Mail",
  "booking.phone": "Telefon (optional)",
  "booking.note": "Nachricht (optional)",
  "booking.submit": "Termin anfragen",
  "booking.submitConfirm": "Termin buchen",
  "booking.invalidSlot":
    "Diese Zeit wird nicht angeboten. Bitte wählen Sie eine der freien Zeiten.",
  "booking.conflict.title": "Diese Zeit wurde gerade vergeben",
  "booking.conflict.text":
    "Jemand hat sie eben gebucht. Diese Zeiten in der Nähe sind frei:",
  "booking.conflict.none":
    "In der Nähe ist nichts frei. Bitte wählen Sie einen anderen Tag.",
  "booking.received.title": "Danke, wir haben Ihre Anfrage erhalten",
  "booking.received.text":
    "Wir bestätigen Ihren Termin per E-Mail. Auf dieser Seite können Sie ihn jederzeit ansehen oder absagen.",
  "booking.confirmed.title": "Ihr Termin ist gebucht",
  "booking.confirmed.text":
    "Eine Bestätigung ist per E-Mail unterwegs. Auf dieser Seite können Sie ihn jederzeit ansehen oder absagen.",
  "booking.manage.title": "Ihr Termin",
  "booking.manage.cancel": "Termin absagen",
  "booking.manage.cancelled": "Dieser Termin ist abgesagt.",
  "booking.manage.cutoff":
    "Er kann nicht mehr online abgesagt werden (weniger als {hours} Stunden vorher). Bitte kontaktieren Sie uns.",
  "booking.manage.cancelDone": "Ihr Termin ist abgesagt.",
  "booking.status.pending": "Angefragt",
  "booking.status.confirmed": "Bestätigt",
  "booking.status.cancelled": "Abgesagt",
  "booking.field.service": "Leistung",
  "booking.field.staff": "Bei",
  "booking.field.when": "Wann",
  "booking.field.status": "Status",
  "booking.field.reason": "Grund",
  "booking.email.received.subject":
    "Ihre Terminanfrage ist eingegangen: {service}",
  "booking.email.received.intro":
    "Vielen Dank für Ihre Anfrage. Wir bestätigen sie in Kürze.",
  "booking.email.confirmed.subject": "Termin bestätigt: {service}, {when}",
  "booking.email.confirmed.intro":
    "Ihr Termin ist bestätigt. Wir freuen uns auf Sie.",
  "booking.email.cancelled.subject": "Termin abgesagt: {service}, {when}",
  "booking.email.cancelled.intro": "Ihr Termin wurde abgesagt.",
  "booking.email.reminder.subject": "Erinnerung: {service} morgen, {when}",
  "booking.email.reminder.intro": "Wir erinnern Sie an Ihren Termin.",
  "booking.email.manage": "Termin ansehen oder absagen",
  "booking.email.calendar":
    "Mit der angehängten Datei tragen Sie den Termin in Ihren Kalender ein.",
  "booking.portal.title": "Meine Termine",
  "booking.portal.upcoming": "Anstehend",
  "booking.portal.past": "Vergangen",
  "booking.portal.none": "Noch keine Termine.",
  "booking.portal.book": "Termin buchen",
});
