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
  "booking.zoneInWords": { en: "{city} time", de: "Ortszeit {city}" },
  "booking.timeZoneBusiness": {
    en: "We are on {zone}.",
    de: "Wir arbeiten nach {zone}.",
  },
  "booking.zoneUnknown": {
    en: "That time zone does not exist; times are shown in {zone}.",
    de: "Diese Zeitzone gibt es nicht; die Zeiten stehen in {zone}.",
  },
  "booking.zoneChoice": {
    en: "Show times in",
    de: "Zeiten anzeigen in",
  },
  "booking.zoneShow": { en: "Show", de: "Anzeigen" },
  "booking.noTimes": {
    en: "No free times on this day.",
    de: "An diesem Tag ist nichts frei.",
  },
  "booking.noTimesMonth": {
    en: "No free times in this month. Try the next one.",
    de: "In diesem Monat ist nichts frei. Versuchen Sie den nächsten.",
  },
  "booking.nextAvailable": {
    en: "Next available: {date}",
    de: "Nächster freier Termin: {date}",
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
  "booking.manage.until": {
    en: "You can move or cancel it online until {when}.",
    de: "Sie können ihn bis {when} online verschieben oder absagen.",
  },
  "booking.manage.tooLateText": {
    en:
      "It can no longer be moved or cancelled online. To change it, please contact us:",
    de:
      "Er kann nicht mehr online verschoben oder abgesagt werden. Für eine Änderung kontaktieren Sie uns bitte:",
  },
  "booking.manage.tooLate": {
    en: "It is too late to change this appointment online. Please contact us.",
    de:
      "Für eine Online-Änderung dieses Termins ist es zu spät. Bitte kontaktieren Sie uns.",
  },
  "booking.manage.isCancelled": {
    en: "This appointment is cancelled and can no longer be changed.",
    de: "Dieser Termin ist abgesagt und kann nicht mehr geändert werden.",
  },
  "booking.manage.reschedule": {
    en: "Move appointment",
    de: "Termin verschieben",
  },
  "booking.manage.bookAgain": { en: "Book again", de: "Erneut buchen" },
  "booking.cancel.title": {
    en: "Cancel your appointment",
    de: "Termin absagen",
  },
  "booking.cancel.question": {
    en: "Do you really want to cancel your appointment on {when}?",
    de: "Möchten Sie Ihren Termin am {when} wirklich absagen?",
  },
  "booking.cancel.reason": {
    en: "Reason (optional)",
    de: "Grund (optional)",
  },
  "booking.cancel.reasonHint": {
    en: "Tells us why; we read every one.",
    de: "Sagen Sie uns gern, warum; wir lesen jeden Grund.",
  },
  "booking.cancel.keep": {
    en: "Keep my appointment",
    de: "Termin behalten",
  },
  "booking.reschedule.title": {
    en: "Move your appointment",
    de: "Termin verschieben",
  },
  "booking.reschedule.back": {
    en: "Back to the appointment",
    de: "Zurück zum Termin",
  },
  "booking.reschedule.current": {
    en: "Now booked: {when}. Pick a new time below.",
    de: "Jetzt gebucht: {when}. Wählen Sie unten eine neue Zeit.",
  },
  "booking.reschedule.confirmText": {
    en: "Move the appointment to {when}? The old time is freed at once.",
    de: "Den Termin auf {when} verschieben? Die alte Zeit wird sofort frei.",
  },
  "booking.reschedule.submit": {
    en: "Move appointment",
    de: "Termin verschieben",
  },
  "booking.reschedule.pickOther": {
    en: "Pick another time",
    de: "Andere Zeit wählen",
  },
  "booking.reschedule.conflictText": {
    en:
      "Someone booked it a moment ago, and your appointment stays where it was. These times are free nearby:",
    de:
      "Jemand hat sie eben gebucht; Ihr Termin bleibt, wo er war. Diese Zeiten in der Nähe sind frei:",
  },
  "booking.reschedule.done": {
    en: "Your appointment is moved. We sent the new time by email.",
    de:
      "Ihr Termin ist verschoben. Die neue Zeit haben wir per E-Mail geschickt.",
  },
  "booking.manage.cancelDone": {
    en: "Your appointment is cancelled.",
    de: "Ihr Termin ist abgesagt.",
  },
  "booking.status.pending": { en: "Pending", de: "Angefragt" },
  "booking.status.confirmed": { en: "Confirmed", de: "Bestätigt" },
  "booking.status.cancelled": { en: "Cancelled", de: "Abgesagt" },
  "booking.status.completed": { en: "Completed", de: "Wahrgenommen" },
  "booking.status.no_show": { en: "No-show", de: "Nicht erschienen" },
  "booking.field.service": { en: "Service", de: "Leistung" },
  "booking.field.staff": { en: "With", de: "Bei" },
  "booking.field.when": { en: "When", de: "Wann" },
  "booking.field.status": { en: "Status", de: "Status" },
  "booking.field.location": { en: "Where", de: "Wo" },
  "booking.field.duration": { en: "Duration", de: "Dauer" },
  "booking.field.price": { en: "Price", de: "Preis" },
  "booking.location.address": { en: "Where", de: "Wo" },
  "booking.location.phone": { en: "By phone", de: "Telefonisch" },
  "booking.location.video": { en: "Video call", de: "Videoanruf" },
  "booking.location.join": { en: "Join the call", de: "Zum Videoanruf" },
  "booking.manage.sentTo": {
    en: "We sent the details to {email}.",
    de: "Die Details haben wir an {email} geschickt.",
  },
  "booking.calendar.title": { en: "Add to calendar", de: "In den Kalender" },
  "booking.calendar.file": {
    en: "Calendar file (.ics)",
    de: "Kalenderdatei (.ics)",
  },
  "booking.calendar.google": { en: "Google Calendar", de: "Google Kalender" },
  "booking.calendar.outlook": { en: "Outlook", de: "Outlook" },
  "booking.field.reason": { en: "Reason", de: "Grund" },
  "booking.field.previously": { en: "Previously", de: "Bisher" },
  "booking.email.rescheduled.subject": {
    en: "Appointment moved: {service}, {when}",
    de: "Termin verschoben: {service}, {when}",
  },
  "booking.email.rescheduled.intro": {
    en: "Your appointment has a new time. The old one is free again.",
    de: "Ihr Termin hat eine neue Zeit. Die alte ist wieder frei.",
  },
  "booking.staffNotice.request.subject": {
    en: "New booking request: {service}, {when} ({client})",
    de: "Neue Terminanfrage: {service}, {when} ({client})",
  },
  "booking.staffNotice.new.subject": {
    en: "New booking: {service}, {when} ({client})",
    de: "Neuer Termin: {service}, {when} ({client})",
  },
  "booking.staffNotice.cancelled.subject": {
    en: "Booking cancelled: {service}, {when} ({client})",
    de: "Termin abgesagt: {service}, {when} ({client})",
  },
  "booking.staffNotice.rescheduled.subject": {
    en: "Booking moved: {service}, now {when} ({client})",
    de: "Termin verschoben: {service}, jetzt {when} ({client})",
  },
  "booking.staffNotice.phone": { en: "Phone", de: "Telefon" },
  "booking.staffNotice.note": { en: "Message", de: "Nachricht" },
  "booking.answer.yes": { en: "Yes", de: "Ja" },
  "booking.answer.no": { en: "No", de: "Nein" },
  "booking.answers": { en: "Answers", de: "Antworten" },
  "booking.staffNotice.confirm": {
    en: "Confirm the request",
    de: "Anfrage bestätigen",
  },
  "booking.staffNotice.open": {
    en: "Open the booking in admin",
    de: "Buchung in der Verwaltung öffnen",
  },
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
