import { defineMessages } from "../define.ts";

/** The booking module in admin: bookings, agenda, services, hours, settings. */
export default defineMessages({
  "bookingAdmin.nav": {
    en: "Booking sections",
    de: "Bereiche der Terminbuchung",
  },
  "bookingAdmin.nav.bookings": { en: "Bookings", de: "Buchungen" },
  "bookingAdmin.nav.agenda": { en: "Agenda", de: "Terminplan" },
  "bookingAdmin.nav.services": { en: "Services", de: "Leistungen" },
  "bookingAdmin.nav.staff": { en: "Staff hours", de: "Arbeitszeiten" },
  "bookingAdmin.nav.settings": { en: "Settings", de: "Einstellungen" },
  "bookingAdmin.field.client": { en: "Client", de: "Kunde" },
  "bookingAdmin.field.staff": { en: "Staff member", de: "Mitarbeiter:in" },
  "bookingAdmin.field.phone": { en: "Phone", de: "Telefon" },
  "bookingAdmin.field.note": { en: "Note", de: "Notiz" },
  "bookingAdmin.field.language": { en: "Language", de: "Sprache" },
  "bookingAdmin.field.created": { en: "Booked on", de: "Gebucht am" },
  "bookingAdmin.field.date": { en: "Date", de: "Datum" },
  "bookingAdmin.field.time": { en: "Time", de: "Uhrzeit" },
  "bookingAdmin.language.en": { en: "English", de: "Englisch" },
  "bookingAdmin.language.de": { en: "German", de: "Deutsch" },
  "bookingAdmin.weekday.1": { en: "Monday", de: "Montag" },
  "bookingAdmin.weekday.2": { en: "Tuesday", de: "Dienstag" },
  "bookingAdmin.weekday.3": { en: "Wednesday", de: "Mittwoch" },
  "bookingAdmin.weekday.4": { en: "Thursday", de: "Donnerstag" },
  "bookingAdmin.weekday.5": { en: "Friday", de: "Freitag" },
  "bookingAdmin.weekday.6": { en: "Saturday", de: "Samstag" },
  "bookingAdmin.weekday.7": { en: "Sunday", de: "Sonntag" },
  "bookingAdmin.form.choose": { en: "Please choose", de: "Bitte wählen" },
  "bookingAdmin.form.wholeNumber": {
    en: "Please enter a whole number in the range given below the field.",
    de: "Bitte geben Sie eine ganze Zahl im Bereich unter dem Feld ein.",
  },
  "bookingAdmin.form.date": {
    en: "Please enter a valid date.",
    de: "Bitte geben Sie ein gültiges Datum ein.",
  },
  "bookingAdmin.form.time": {
    en: "Please enter a time as HH:MM.",
    de: "Bitte geben Sie eine Uhrzeit als HH:MM ein.",
  },
  "bookingAdmin.form.dateTime": {
    en: "Please enter a date and time.",
    de: "Bitte geben Sie Datum und Uhrzeit ein.",
  },
  "bookingAdmin.form.price": {
    en: "Please enter an amount such as 49 or 49.90 (at most two decimals).",
    de:
      "Bitte geben Sie einen Betrag wie 49 oder 49,90 ein (höchstens zwei Nachkommastellen).",
  },
  "bookingAdmin.form.currency": {
    en: "Please enter a three-letter currency code such as EUR.",
    de: "Bitte geben Sie einen dreistelligen Währungscode wie EUR ein.",
  },
  "bookingAdmin.filter.all": { en: "All", de: "Alle" },
  "bookingAdmin.filter.search": { en: "Name or email", de: "Name oder E-Mail" },
  "bookingAdmin.filter.from": { en: "From", de: "Von" },
  "bookingAdmin.filter.to": { en: "Until", de: "Bis" },
  "bookingAdmin.filter.apply": { en: "Show", de: "Anzeigen" },
  "bookingAdmin.filter.reset": {
    en: "Reset filters",
    de: "Filter zurücksetzen",
  },
  "bookingAdmin.bookings.title": { en: "Bookings", de: "Buchungen" },
  "bookingAdmin.bookings.new": { en: "New booking", de: "Neue Buchung" },
  "bookingAdmin.bookings.count": {
    en: "{count} bookings · times in {zone}",
    de: "{count} Buchungen · Zeiten in {zone}",
  },
  "bookingAdmin.bookings.noneTitle": {
    en: "No bookings yet",
    de: "Noch keine Buchungen",
  },
  "bookingAdmin.bookings.none": {
    en:
      "Bookings made on the public booking page appear here. You can also enter one for a client yourself.",
    de:
      "Buchungen von der öffentlichen Buchungsseite erscheinen hier. Sie können auch selbst eine für einen Kunden eintragen.",
  },
  "bookingAdmin.bookings.noneFiltered": {
    en: "No bookings match these filters. Change or reset them to see more.",
    de:
      "Keine Buchungen passen zu diesen Filtern. Ändern oder setzen Sie sie zurück.",
  },
  "bookingAdmin.settings.notify": {
    en: "Staff notifications",
    de: "Benachrichtigung des Teams",
  },
  "bookingAdmin.settings.notifyEmail": {
    en: "Also notify (optional)",
    de: "Zusätzlich benachrichtigen (optional)",
  },
  "bookingAdmin.settings.notifyEmailHint": {
    en:
      "The assigned staff member is always emailed about new, cancelled and moved bookings; this address gets a copy of each.",
    de:
      "Die zuständige Person erhält zu neuen, abgesagten und verschobenen Buchungen immer eine E-Mail; diese Adresse bekommt jeweils eine Kopie.",
  },
  "bookingAdmin.settings.notifyLocale": {
    en: "Language of those copies",
    de: "Sprache dieser Kopien",
  },
  "bookingAdmin.service.place": { en: "Place", de: "Ort" },
  "bookingAdmin.service.locationKind": {
    en: "Where it takes place",
    de: "Wo er stattfindet",
  },
  "bookingAdmin.service.location.none": {
    en: "Not shown",
    de: "Keine Angabe",
  },
  "bookingAdmin.service.location.address": {
    en: "At an address",
    de: "An einer Adresse",
  },
  "bookingAdmin.service.location.phone": { en: "By phone", de: "Am Telefon" },
  "bookingAdmin.service.location.video": {
    en: "By video call",
    de: "Per Videoanruf",
  },
  "bookingAdmin.service.location": {
    en: "Address, phone number or video link",
    de: "Adresse, Telefonnummer oder Video-Link",
  },
  "bookingAdmin.service.locationHint": {
    en:
      "Shown on the confirmation and put in the calendar file. A video link starts with https://.",
    de:
      "Steht in der Bestätigung und in der Kalenderdatei. Ein Video-Link beginnt mit https://.",
  },
  "bookingAdmin.service.locationVideoInvalid": {
    en: "Please enter a link that starts with https://.",
    de: "Bitte geben Sie einen Link ein, der mit https:// beginnt.",
  },
  "bookingAdmin.detail.outcomeText": {
    en:
      "The appointment has begun: record how it went. The client is not emailed.",
    de:
      "Der Termin hat begonnen: Halten Sie fest, wie er verlief. Der Kunde erhält keine E-Mail.",
  },
  "bookingAdmin.detail.markCompleted": {
    en: "Mark completed",
    de: "Als wahrgenommen markieren",
  },
  "bookingAdmin.detail.markNoShow": {
    en: "Mark no-show",
    de: "Als nicht erschienen markieren",
  },
  "bookingAdmin.detail.outcomeFlash": {
    en: "The outcome is recorded.",
    de: "Der Ausgang ist festgehalten.",
  },
  "bookingAdmin.settings.closed": { en: "Closed days", de: "Schließtage" },
  "bookingAdmin.settings.closedDays": {
    en: "Days the business is closed",
    de: "Tage, an denen geschlossen ist",
  },
  "bookingAdmin.settings.closedDaysHint": {
    en:
      "One a line: a date (2027-12-24) or a range (2027-12-24..2027-12-26). Nothing can be booked then.",
    de:
      "Einer pro Zeile: ein Datum (2027-12-24) oder ein Zeitraum (2027-12-24..2027-12-26). Dann kann nichts gebucht werden.",
  },
  "bookingAdmin.settings.holidayRegion": {
    en: "Closed on the public holidays of",
    de: "Geschlossen an den Feiertagen von",
  },
  "bookingAdmin.settings.holidayNone": {
    en: "No public holidays",
    de: "Keinen Feiertagen",
  },
  "bookingAdmin.settings.holidayRegionHint": {
    en: "A German state or a country; its public holidays are closed days.",
    de:
      "Ein Bundesland oder ein Land; seine gesetzlichen Feiertage sind Schließtage.",
  },
  "bookingAdmin.settings.closedDayInvalid": {
    en:
      "Line {line}: please enter a date as 2027-12-24 or a range as 2027-12-24..2027-12-26.",
    de:
      "Zeile {line}: Bitte ein Datum wie 2027-12-24 oder einen Zeitraum wie 2027-12-24..2027-12-26 eingeben.",
  },
  "bookingAdmin.settings.closedDayOrder": {
    en: "Line {line}: the range ends before it starts.",
    de: "Zeile {line}: Der Zeitraum endet, bevor er beginnt.",
  },
  "bookingAdmin.settings.closedDayTooMany": {
    en: "At most 100 lines, please.",
    de: "Bitte höchstens 100 Zeilen.",
  },
  "bookingAdmin.detail.title": {
    en: "Booking of {name}",
    de: "Buchung von {name}",
  },
  "bookingAdmin.detail.appointment": { en: "Appointment", de: "Termin" },
  "bookingAdmin.detail.actions": { en: "Status", de: "Status" },
  "bookingAdmin.detail.confirm": {
    en: "Confirm booking",
    de: "Buchung bestätigen",
  },
  "bookingAdmin.detail.confirmText": {
    en: "The client receives a confirmation email with a calendar file.",
    de: "Der Kunde erhält eine Bestätigung per E-Mail mit Kalenderdatei.",
  },
  "bookingAdmin.detail.cancel": {
    en: "Cancel the booking and tell the client",
    de: "Buchung absagen und Kunden benachrichtigen",
  },
  "bookingAdmin.detail.cancelAsk": {
    en: "Cancel booking…",
    de: "Buchung absagen …",
  },
  "bookingAdmin.detail.reason": {
    en: "Reason for cancelling (optional)",
    de: "Grund der Absage (optional)",
  },
  "bookingAdmin.detail.reasonHint": {
    en: "The client reads this in the cancellation email.",
    de: "Der Kunde liest ihn in der Absage-E-Mail.",
  },
  "bookingAdmin.detail.isCancelled": {
    en: "This booking is cancelled. Its time is free again.",
    de: "Diese Buchung ist abgesagt. Ihre Zeit ist wieder frei.",
  },
  "bookingAdmin.detail.confirmedFlash": {
    en: "The booking is confirmed and the client is being emailed.",
    de: "Die Buchung ist bestätigt, der Kunde wird per E-Mail benachrichtigt.",
  },
  "bookingAdmin.detail.cancelledFlash": {
    en: "The booking is cancelled and the client is being emailed.",
    de: "Die Buchung ist abgesagt, der Kunde wird per E-Mail benachrichtigt.",
  },
  "bookingAdmin.detail.notChanged": {
    en:
      "The booking was changed meanwhile and cannot take that status. Here is its current state.",
    de:
      "Die Buchung wurde inzwischen geändert und kann diesen Status nicht annehmen. Hier ist ihr aktueller Stand.",
  },
  "bookingAdmin.detail.reschedule": {
    en: "Move to another time",
    de: "Auf andere Zeit verschieben",
  },
  "bookingAdmin.detail.rescheduleText": {
    en:
      "Pick a free time of the same staff member; the client is emailed the new time.",
    de:
      "Wählen Sie eine freie Zeit derselben Person; der Kunde erhält die neue Zeit per E-Mail.",
  },
  "bookingAdmin.detail.movedFlash": {
    en: "The booking is moved and the client is being emailed.",
    de: "Die Buchung ist verschoben, der Kunde wird per E-Mail benachrichtigt.",
  },
  "bookingAdmin.reschedule.title": {
    en: "Move the booking of {name}",
    de: "Buchung von {name} verschieben",
  },
  "bookingAdmin.confirm.title": {
    en: "Confirm the request of {name}",
    de: "Anfrage von {name} bestätigen",
  },
  "bookingAdmin.confirm.notPending": {
    en: "This booking is no longer waiting for confirmation.",
    de: "Diese Buchung wartet nicht mehr auf eine Bestätigung.",
  },
  "bookingAdmin.confirm.open": {
    en: "Open the booking",
    de: "Buchung öffnen",
  },
  "bookingAdmin.history.moved": {
    en: "Moved from {from} to {to}",
    de: "Verschoben von {from} auf {to}",
  },
  "bookingAdmin.detail.history": { en: "History", de: "Verlauf" },
  "bookingAdmin.history.at": { en: "When", de: "Wann" },
  "bookingAdmin.history.change": { en: "Change", de: "Änderung" },
  "bookingAdmin.history.by": { en: "By", de: "Durch" },
  "bookingAdmin.history.note": { en: "Note", de: "Notiz" },
  "bookingAdmin.history.created": { en: "Created", de: "Angelegt" },
  "bookingAdmin.actor.staff": { en: "Staff", de: "Team" },
  "bookingAdmin.actor.contact": { en: "Client", de: "Kunde" },
  "bookingAdmin.actor.system": { en: "System", de: "System" },
  "bookingAdmin.actor.api": { en: "API", de: "API" },
  "bookingAdmin.new.title": { en: "New booking", de: "Neue Buchung" },
  "bookingAdmin.new.intro": {
    en:
      "Enter an appointment for a client, for example one agreed on the phone.",
    de:
      "Tragen Sie einen Termin für einen Kunden ein, etwa einen telefonisch vereinbarten.",
  },
  "bookingAdmin.new.appointment": { en: "Appointment", de: "Termin" },
  "bookingAdmin.new.languageHint": {
    en: "The language of the client's emails.",
    de: "Die Sprache der E-Mails an den Kunden.",
  },
  "bookingAdmin.new.confirmedHint": {
    en:
      "The booking is confirmed at once and the client receives a confirmation email. Working hours and notice do not apply here, but a time that is already taken is refused.",
    de:
      "Die Buchung ist sofort bestätigt und der Kunde erhält eine Bestätigung per E-Mail. Arbeitszeiten und Vorlauf gelten hier nicht, eine bereits belegte Zeit wird aber abgelehnt.",
  },
  "bookingAdmin.new.submit": { en: "Create booking", de: "Buchung anlegen" },
  "bookingAdmin.new.created": {
    en: "The booking is created and the client is being emailed.",
    de: "Die Buchung ist angelegt, der Kunde wird per E-Mail benachrichtigt.",
  },
  "bookingAdmin.new.overlap": {
    en:
      "This staff member already has a booking at that time. Please choose another time or staff member.",
    de:
      "Diese Person hat zu dieser Zeit bereits eine Buchung. Bitte wählen Sie eine andere Zeit oder Person.",
  },
  "bookingAdmin.new.answerQuestions": {
    en:
      "This service asks the client some questions: please answer them below and send the form again.",
    de:
      "Diese Leistung stellt dem Kunden Fragen: Bitte beantworten Sie sie unten und senden Sie das Formular erneut.",
  },
  "bookingAdmin.new.staffNotForService": {
    en:
      "This staff member does not perform this service. Assign them to it under Services, or choose someone else.",
    de:
      "Diese Person bietet diese Leistung nicht an. Ordnen Sie sie unter Leistungen zu oder wählen Sie jemand anderen.",
  },
  "bookingAdmin.agenda.title": { en: "Agenda", de: "Terminplan" },
  "bookingAdmin.agenda.allStaff": {
    en: "All staff",
    de: "Alle Mitarbeitenden",
  },
  "bookingAdmin.agenda.view": { en: "View", de: "Ansicht" },
  "bookingAdmin.agenda.day": { en: "Day", de: "Tag" },
  "bookingAdmin.agenda.week": { en: "Week", de: "Woche" },
  "bookingAdmin.agenda.steps": {
    en: "Move through the agenda",
    de: "Im Terminplan blättern",
  },
  "bookingAdmin.agenda.previousDay": {
    en: "← Previous day",
    de: "← Vorheriger Tag",
  },
  "bookingAdmin.agenda.nextDay": { en: "Next day →", de: "Nächster Tag →" },
  "bookingAdmin.agenda.previousWeek": {
    en: "← Previous week",
    de: "← Vorherige Woche",
  },
  "bookingAdmin.agenda.nextWeek": { en: "Next week →", de: "Nächste Woche →" },
  "bookingAdmin.agenda.today": { en: "Today", de: "Heute" },
  "bookingAdmin.agenda.notWorking": {
    en: "Not working",
    de: "Nicht im Dienst",
  },
  "bookingAdmin.agenda.noStaff": {
    en: "Nobody works on these days. Working hours are set under Staff hours.",
    de:
      "An diesen Tagen arbeitet niemand. Arbeitszeiten legen Sie unter Arbeitszeiten fest.",
  },
  "bookingAdmin.agenda.timeOff": {
    en: "Time off {time}",
    de: "Abwesend {time}",
  },
  "bookingAdmin.agenda.timeOffAllDay": {
    en: "Time off all day",
    de: "Ganztägig abwesend",
  },
  "bookingAdmin.services.title": { en: "Services", de: "Leistungen" },
  "bookingAdmin.services.intro": {
    en: "What visitors can book on the public page, in this order.",
    de:
      "Was auf der öffentlichen Seite gebucht werden kann, in dieser Reihenfolge.",
  },
  "bookingAdmin.services.new": { en: "New service", de: "Neue Leistung" },
  "bookingAdmin.services.create": {
    en: "Create service",
    de: "Leistung anlegen",
  },
  "bookingAdmin.services.created": {
    en: "The service “{name}” is created.",
    de: "Die Leistung „{name}“ ist angelegt.",
  },
  "bookingAdmin.services.saved": {
    en: "The service is saved.",
    de: "Die Leistung ist gespeichert.",
  },
  "bookingAdmin.services.activate": { en: "Activate", de: "Aktivieren" },
  "bookingAdmin.services.deactivate": { en: "Deactivate", de: "Deaktivieren" },
  "bookingAdmin.services.activated": {
    en: "The service is active and can be booked again.",
    de: "Die Leistung ist aktiv und wieder buchbar.",
  },
  "bookingAdmin.services.deactivated": {
    en:
      "The service is deactivated: it no longer appears on the booking page. Its bookings stay.",
    de:
      "Die Leistung ist deaktiviert und erscheint nicht mehr auf der Buchungsseite. Ihre Buchungen bleiben.",
  },
  "bookingAdmin.services.inactiveNote": {
    en: "This service is inactive, so visitors cannot book it.",
    de: "Diese Leistung ist inaktiv und kann nicht gebucht werden.",
  },
  "bookingAdmin.services.nobody": { en: "Nobody yet", de: "Noch niemand" },
  "bookingAdmin.services.bufferBefore": {
    en: "{minutes} min buffer before",
    de: "{minutes} Min. Puffer davor",
  },
  "bookingAdmin.services.plusBuffer": {
    en: "+ {minutes} min buffer",
    de: "+ {minutes} Min. Puffer",
  },
  "bookingAdmin.services.noneTitle": {
    en: "No services yet",
    de: "Noch keine Leistungen",
  },
  "bookingAdmin.services.none": {
    en:
      "Create the first service, choose who performs it, and it appears on the public booking page.",
    de:
      "Legen Sie die erste Leistung an, wählen Sie, wer sie anbietet, und sie erscheint auf der Buchungsseite.",
  },
  "bookingAdmin.service.name": { en: "Name", de: "Name" },
  "bookingAdmin.service.texts": {
    en: "Name and description",
    de: "Name und Beschreibung",
  },
  "bookingAdmin.service.nameEn": {
    en: "Name (English)",
    de: "Name (Englisch)",
  },
  "bookingAdmin.service.nameDe": { en: "Name (German)", de: "Name (Deutsch)" },
  "bookingAdmin.service.descriptionEn": {
    en: "Description (English)",
    de: "Beschreibung (Englisch)",
  },
  "bookingAdmin.service.descriptionDe": {
    en: "Description (German)",
    de: "Beschreibung (Deutsch)",
  },
  "bookingAdmin.service.timeAndPrice": {
    en: "Time and price",
    de: "Dauer und Preis",
  },
  "bookingAdmin.service.duration": {
    en: "Duration (minutes)",
    de: "Dauer (Minuten)",
  },
  "bookingAdmin.service.durationHint": {
    en: "5 to 720 minutes.",
    de: "5 bis 720 Minuten.",
  },
  "bookingAdmin.service.buffer": {
    en: "Buffer after (minutes)",
    de: "Puffer danach (Minuten)",
  },
  "bookingAdmin.service.bufferHint": {
    en:
      "0 to 240 minutes kept free after each appointment; empty: the booking settings' value.",
    de:
      "0 bis 240 Minuten, die nach jedem Termin frei bleiben; leer: der Wert der Buchungseinstellungen.",
  },
  "bookingAdmin.service.bufferBefore": {
    en: "Buffer before (minutes)",
    de: "Puffer davor (Minuten)",
  },
  "bookingAdmin.service.bufferBeforeHint": {
    en:
      "0 to 240 minutes kept free before each appointment; empty: the booking settings' value.",
    de:
      "0 bis 240 Minuten, die vor jedem Termin frei bleiben; leer: der Wert der Buchungseinstellungen.",
  },
  "bookingAdmin.service.price": { en: "Price", de: "Preis" },
  "bookingAdmin.service.priceHint": {
    en: "In the currency's main unit, e.g. 49.90; 0 means free.",
    de: "In der Hauptwährungseinheit, z. B. 49,90; 0 heißt kostenlos.",
  },
  "bookingAdmin.service.currency": { en: "Currency", de: "Währung" },
  "bookingAdmin.service.currencyHint": {
    en: "Three letters, e.g. EUR.",
    de: "Drei Buchstaben, z. B. EUR.",
  },
  "bookingAdmin.service.display": { en: "Display", de: "Anzeige" },
  "bookingAdmin.service.position": { en: "Position", de: "Position" },
  "bookingAdmin.service.positionHint": {
    en: "Lower numbers come first on the booking page (−9999 to 9999).",
    de:
      "Kleinere Zahlen stehen auf der Buchungsseite weiter oben (−9999 bis 9999).",
  },
  "bookingAdmin.service.active": {
    en: "Active: visitors can book it",
    de: "Aktiv: kann gebucht werden",
  },
  "bookingAdmin.service.activeHint": {
    en:
      "Inactive services are hidden from the booking page; their bookings stay.",
    de:
      "Inaktive Leistungen sind auf der Buchungsseite ausgeblendet; ihre Buchungen bleiben.",
  },
  "bookingAdmin.service.isActive": { en: "Active", de: "Aktiv" },
  "bookingAdmin.service.isInactive": { en: "Inactive", de: "Inaktiv" },
  "bookingAdmin.service.staff": { en: "Performed by", de: "Angeboten von" },
  "bookingAdmin.service.staffHint": {
    en: "Only these staff members are offered for this service.",
    de: "Nur diese Mitarbeitenden werden für diese Leistung angeboten.",
  },
  "bookingAdmin.service.noStaff": {
    en: "There are no staff members yet.",
    de: "Es gibt noch keine Mitarbeitenden.",
  },
  "bookingAdmin.staff.title": { en: "Staff hours", de: "Arbeitszeiten" },
  "bookingAdmin.staff.intro": {
    en:
      "Weekly working hours and time off decide which times the booking page offers. Hours are in {zone}.",
    de:
      "Wöchentliche Arbeitszeiten und Abwesenheiten bestimmen, welche Zeiten die Buchungsseite anbietet. Zeiten in {zone}.",
  },
  "bookingAdmin.staff.hours": { en: "Weekly hours", de: "Wochenzeiten" },
  "bookingAdmin.staff.timeOff": {
    en: "Coming time off",
    de: "Kommende Abwesenheiten",
  },
  "bookingAdmin.staff.timeOffCount": {
    en: "{count} entries",
    de: "{count} Einträge",
  },
  "bookingAdmin.staff.noHours": {
    en: "No working hours: never offered",
    de: "Keine Arbeitszeiten: nie angeboten",
  },
  "bookingAdmin.staff.inactive": { en: "inactive", de: "inaktiv" },
  "bookingAdmin.staff.none": {
    en: "There are no staff members yet.",
    de: "Es gibt noch keine Mitarbeitenden.",
  },
  "bookingAdmin.staff.agenda": { en: "Show agenda", de: "Terminplan zeigen" },
  "bookingAdmin.hours.title": {
    en: "Weekly working hours",
    de: "Wöchentliche Arbeitszeiten",
  },
  "bookingAdmin.hours.intro": {
    en:
      "Several ranges per day are possible, e.g. 09:00–12:00 and 13:00–17:00. Leave a row empty to drop it; an end of 00:00 means midnight. Times are in {zone}.",
    de:
      "Mehrere Zeiträume pro Tag sind möglich, z. B. 09:00–12:00 und 13:00–17:00. Leere Zeilen entfallen; ein Ende um 00:00 bedeutet Mitternacht. Zeiten in {zone}.",
  },
  "bookingAdmin.hours.from": { en: "{day} from", de: "{day} von" },
  "bookingAdmin.hours.until": { en: "{day} until", de: "{day} bis" },
  "bookingAdmin.hours.save": {
    en: "Save working hours",
    de: "Arbeitszeiten speichern",
  },
  "bookingAdmin.hours.saved": {
    en: "The working hours are saved.",
    de: "Die Arbeitszeiten sind gespeichert.",
  },
  "bookingAdmin.hours.overlap": {
    en: "These ranges overlap. Each time of day may be in one range only.",
    de:
      "Diese Zeiträume überschneiden sich. Jede Uhrzeit darf nur in einem Zeitraum liegen.",
  },
  "bookingAdmin.hours.endBeforeStart": {
    en: "Each range must end after it starts.",
    de: "Jeder Zeitraum muss nach seinem Beginn enden.",
  },
  "bookingAdmin.hours.invalidTime": {
    en: "Please enter both start and end as HH:MM, or leave both empty.",
    de: "Bitte Beginn und Ende als HH:MM eingeben oder beide leer lassen.",
  },
  "bookingAdmin.timeOff.title": { en: "Time off", de: "Abwesenheiten" },
  "bookingAdmin.timeOff.none": {
    en: "No time off planned.",
    de: "Keine Abwesenheiten geplant.",
  },
  "bookingAdmin.timeOff.period": { en: "Period", de: "Zeitraum" },
  "bookingAdmin.timeOff.reason": {
    en: "Reason (optional)",
    de: "Grund (optional)",
  },
  "bookingAdmin.timeOff.delete": { en: "Delete", de: "Löschen" },
  "bookingAdmin.timeOff.add": {
    en: "Add time off",
    de: "Abwesenheit eintragen",
  },
  "bookingAdmin.timeOff.addButton": {
    en: "Add time off",
    de: "Abwesenheit eintragen",
  },
  "bookingAdmin.timeOff.start": { en: "From", de: "Von" },
  "bookingAdmin.timeOff.end": { en: "Until", de: "Bis" },
  "bookingAdmin.timeOff.endBeforeStart": {
    en: "The end must be after the start.",
    de: "Das Ende muss nach dem Beginn liegen.",
  },
  "bookingAdmin.timeOff.added": {
    en: "The time off is added. These times are no longer offered.",
    de:
      "Die Abwesenheit ist eingetragen. Diese Zeiten werden nicht mehr angeboten.",
  },
  "bookingAdmin.timeOff.deleted": {
    en: "The time off is deleted.",
    de: "Die Abwesenheit ist gelöscht.",
  },
  "bookingAdmin.settings.title": {
    en: "Booking settings",
    de: "Einstellungen der Terminbuchung",
  },
  "bookingAdmin.settings.booking": { en: "Booking", de: "Terminbuchung" },
  "bookingAdmin.settings.offer": {
    en: "Which times are offered",
    de: "Welche Zeiten angeboten werden",
  },
  "bookingAdmin.settings.timeZone": {
    en: "Business time zone",
    de: "Zeitzone des Betriebs",
  },
  "bookingAdmin.settings.timeZoneHint": {
    en: "Working hours, the booking page and emails use this zone.",
    de: "Arbeitszeiten, Buchungsseite und E-Mails verwenden diese Zeitzone.",
  },
  "bookingAdmin.settings.timeZoneUnknown": {
    en: "Please choose a time zone from the list.",
    de: "Bitte wählen Sie eine Zeitzone aus der Liste.",
  },
  "bookingAdmin.settings.slotStep": {
    en: "Slot step (minutes)",
    de: "Zeitraster (Minuten)",
  },
  "bookingAdmin.settings.slotStepHint": {
    en: "5 to 240: how far apart the offered start times are.",
    de: "5 bis 240: der Abstand der angebotenen Startzeiten.",
  },
  "bookingAdmin.settings.minNotice": {
    en: "Minimum notice (minutes)",
    de: "Mindestvorlauf (Minuten)",
  },
  "bookingAdmin.settings.minNoticeHint": {
    en: "0 to 43200: how long before the start a time can still be booked.",
    de: "0 bis 43200: wie lange vor Beginn ein Termin noch buchbar ist.",
  },
  "bookingAdmin.settings.bufferBefore": {
    en: "Buffer before (minutes)",
    de: "Puffer davor (Minuten)",
  },
  "bookingAdmin.settings.bufferAfter": {
    en: "Buffer after (minutes)",
    de: "Puffer danach (Minuten)",
  },
  "bookingAdmin.settings.bufferAfterHint": {
    en:
      "0 to 240 minutes kept free after each appointment, unless its service sets its own.",
    de:
      "0 bis 240 Minuten, die nach jedem Termin frei bleiben, sofern die Leistung keinen eigenen Wert hat.",
  },
  "bookingAdmin.settings.bufferBeforeHint": {
    en:
      "0 to 240 minutes kept free before each appointment, unless its service sets its own.",
    de:
      "0 bis 240 Minuten, die vor jedem Termin frei bleiben, sofern die Leistung keinen eigenen Wert hat.",
  },
  "bookingAdmin.settings.horizon": {
    en: "Booking horizon (days)",
    de: "Buchungszeitraum (Tage)",
  },
  "bookingAdmin.settings.horizonHint": {
    en: "1 to 365: how far ahead visitors can book.",
    de: "1 bis 365: wie weit im Voraus gebucht werden kann.",
  },
  "bookingAdmin.settings.workflow": {
    en: "Confirmation and cancellation",
    de: "Bestätigung und Absage",
  },
  "bookingAdmin.settings.autoConfirm": {
    en: "Confirm new bookings automatically",
    de: "Neue Buchungen automatisch bestätigen",
  },
  "bookingAdmin.settings.autoConfirmHint": {
    en: "Otherwise new bookings stay pending until staff confirm them.",
    de: "Sonst bleiben neue Buchungen angefragt, bis das Team sie bestätigt.",
  },
  "bookingAdmin.settings.cancelCutoff": {
    en: "Client cancellation cutoff (hours)",
    de: "Absagefrist für Kunden (Stunden)",
  },
  "bookingAdmin.settings.cancelCutoffHint": {
    en:
      "0 to 720: clients can cancel online until this many hours before the start.",
    de:
      "0 bis 720: Kunden können bis so viele Stunden vor Beginn online absagen.",
  },
  "bookingAdmin.settings.headerLinks": {
    en: "Header links on the booking page",
    de: "Links oben auf der Buchungsseite",
  },
  "bookingAdmin.settings.footerLinks": {
    en: "Footer links on the booking page",
    de: "Links unten auf der Buchungsseite",
  },
  "bookingAdmin.settings.linksHint": {
    en:
      "A label and a URL (https://… or a path such as /imprint) per row; empty rows are ignored.",
    de:
      "Pro Zeile eine Beschriftung und eine URL (https://… oder ein Pfad wie /impressum); leere Zeilen entfallen.",
  },
  "bookingAdmin.settings.linkLabel": {
    en: "Label of link {row}",
    de: "Beschriftung von Link {row}",
  },
  "bookingAdmin.settings.linkUrl": {
    en: "URL of link {row}",
    de: "URL von Link {row}",
  },
  "bookingAdmin.settings.linkLabelPlaceholder": {
    en: "Label",
    de: "Beschriftung",
  },
  "bookingAdmin.settings.linkIncomplete": {
    en: "Please enter both a label and a URL.",
    de: "Bitte geben Sie Beschriftung und URL ein.",
  },
  "bookingAdmin.settings.linkTooLong": {
    en: "The label may have 60 characters, the URL 500.",
    de: "Die Beschriftung darf 60 Zeichen haben, die URL 500.",
  },
  "bookingAdmin.settings.linkUrlInvalid": {
    en: "The URL must start with https://, http:// or /.",
    de: "Die URL muss mit https://, http:// oder / beginnen.",
  },
  "bookingAdmin.settings.saved": {
    en: "The booking settings are saved.",
    de: "Die Einstellungen der Terminbuchung sind gespeichert.",
  },
  "bookingAdmin.question.title": { en: "Questions", de: "Fragen" },
  "bookingAdmin.question.intro": {
    en:
      "Asked on the booking form after name and email; the answers are shown on the booking and in its emails.",
    de:
      "Werden im Buchungsformular nach Name und E-Mail gestellt; die Antworten stehen bei der Buchung und in ihren E-Mails.",
  },
  "bookingAdmin.question.label": { en: "Question", de: "Frage" },
  "bookingAdmin.question.kind": { en: "Kind of answer", de: "Art der Antwort" },
  "bookingAdmin.question.kind.text": { en: "Short text", de: "Kurzer Text" },
  "bookingAdmin.question.kind.long_text": {
    en: "Long text",
    de: "Langer Text",
  },
  "bookingAdmin.question.kind.choice": {
    en: "Choice of options",
    de: "Auswahl aus Optionen",
  },
  "bookingAdmin.question.kind.checkbox": { en: "Checkbox", de: "Ankreuzfeld" },
  "bookingAdmin.question.required": {
    en: "Must be answered",
    de: "Pflichtangabe",
  },
  "bookingAdmin.question.options": { en: "Options", de: "Optionen" },
  "bookingAdmin.question.optionsHint": {
    en: "Only for a choice: one option per line.",
    de: "Nur für eine Auswahl: eine Option pro Zeile.",
  },
  "bookingAdmin.question.optionsCount": {
    en: "A choice needs 2 to {max} options, one per line.",
    de: "Eine Auswahl braucht 2 bis {max} Optionen, eine pro Zeile.",
  },
  "bookingAdmin.question.add": { en: "Add question", de: "Frage hinzufügen" },
  "bookingAdmin.question.remove": { en: "Remove", de: "Entfernen" },
  "bookingAdmin.question.added": {
    en: "Question added.",
    de: "Frage hinzugefügt.",
  },
  "bookingAdmin.question.removed": {
    en: "Question removed. Past bookings keep their answers.",
    de: "Frage entfernt. Bisherige Buchungen behalten ihre Antworten.",
  },
  "bookingAdmin.service.rules": {
    en: "Booking rules of this service",
    de: "Buchungsregeln dieser Leistung",
  },
  "bookingAdmin.service.rulesHint": {
    en: "Leave a field empty to use the booking settings.",
    de: "Ein leeres Feld übernimmt die Buchungseinstellungen.",
  },
  "bookingAdmin.service.maxPerDay": {
    en: "Appointments per staff member and day",
    de: "Termine pro Mitarbeiter und Tag",
  },
  "bookingAdmin.service.maxPerDayHint": {
    en:
      "1 to 100: no more times for this service once a staff member has that many appointments on the day.",
    de:
      "1 bis 100: keine weiteren Zeiten für diese Leistung, sobald ein Mitarbeiter so viele Termine am Tag hat.",
  },
  "bookingAdmin.dateHours.title": {
    en: "Hours on particular dates",
    de: "Zeiten an bestimmten Tagen",
  },
  "bookingAdmin.dateHours.intro": {
    en: "Other hours than the weekly ones on one date, or none (a day off).",
    de:
      "Andere Zeiten als die wöchentlichen an einem Tag, oder keine (ein freier Tag).",
  },
  "bookingAdmin.dateHours.date": { en: "Date", de: "Datum" },
  "bookingAdmin.dateHours.ranges": { en: "Hours", de: "Zeiten" },
  "bookingAdmin.dateHours.rangesHint": {
    en: "For example 09:00-12:00, 14:00-17:00; empty for a day off.",
    de: "Zum Beispiel 09:00-12:00, 14:00-17:00; leer für einen freien Tag.",
  },
  "bookingAdmin.dateHours.format": {
    en: "Write the hours as 09:00-12:00, several separated by commas.",
    de:
      "Schreiben Sie die Zeiten als 09:00-12:00, mehrere durch Kommas getrennt.",
  },
  "bookingAdmin.dateHours.off": { en: "Day off", de: "Frei" },
  "bookingAdmin.dateHours.save": {
    en: "Set hours for this date",
    de: "Zeiten für diesen Tag festlegen",
  },
  "bookingAdmin.dateHours.clear": {
    en: "Back to weekly hours",
    de: "Zurück zu den wöchentlichen Zeiten",
  },
  "bookingAdmin.dateHours.saved": {
    en: "Hours for the date saved.",
    de: "Zeiten für den Tag gespeichert.",
  },
  "bookingAdmin.dateHours.cleared": {
    en: "The date follows the weekly hours again.",
    de: "Der Tag folgt wieder den wöchentlichen Zeiten.",
  },
});
