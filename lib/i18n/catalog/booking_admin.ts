import { defineMessages } from "../define.ts";

/** The booking module in admin: bookings, agenda, services, hours, settings. */
export default defineMessages({
  "bookingAdmin.nav": "Booking sections",
  "bookingAdmin.nav.bookings": "Bookings",
  "bookingAdmin.nav.agenda": "Agenda",
  "bookingAdmin.nav.services": "Services",
  "bookingAdmin.nav.staff": "Staff hours",
  "bookingAdmin.nav.settings": "Settings",

  "bookingAdmin.field.client": "Client",
  "bookingAdmin.field.staff": "Staff member",
  "bookingAdmin.field.phone": "Phone",
  "bookingAdmin.field.note": "Note",
  "bookingAdmin.field.language": "Language",
  "bookingAdmin.field.created": "Booked on",
  "bookingAdmin.field.date": "Date",
  "bookingAdmin.field.time": "Time",
  "bookingAdmin.language.en": "English",
  "bookingAdmin.language.de": "German",

  "bookingAdmin.weekday.1": "Monday",
  "bookingAdmin.weekday.2": "Tuesday",
  "bookingAdmin.weekday.3": "Wednesday",
  "bookingAdmin.weekday.4": "Thursday",
  "bookingAdmin.weekday.5": "Friday",
  "bookingAdmin.weekday.6": "Saturday",
  "bookingAdmin.weekday.7": "Sunday",

  "bookingAdmin.form.choose": "Please choose",
  "bookingAdmin.form.wholeNumber":
    "Please enter a whole number in the range given below the field.",
  "bookingAdmin.form.date": "Please enter a valid date.",
  "bookingAdmin.form.time": "Please enter a time as HH:MM.",
  "bookingAdmin.form.dateTime": "Please enter a date and time.",
  "bookingAdmin.form.price":
    "Please enter an amount such as 49 or 49.90 (at most two decimals).",
  "bookingAdmin.form.currency":
    "Please enter a three-letter currency code such as EUR.",

  "bookingAdmin.filter.all": "All",
  "bookingAdmin.filter.search": "Name or email",
  "bookingAdmin.filter.from": "From",
  "bookingAdmin.filter.to": "Until",
  "bookingAdmin.filter.apply": "Show",
  "bookingAdmin.filter.reset": "Reset filters",

  "bookingAdmin.bookings.title": "Bookings",
  "bookingAdmin.bookings.new": "New booking",
  "bookingAdmin.bookings.count": "{count} bookings · times in {zone}",
  "bookingAdmin.bookings.noneTitle": "No bookings yet",
  "bookingAdmin.bookings.none":
    "Bookings made on the public booking page appear here. You can also enter one for a client yourself.",
  "bookingAdmin.bookings.noneFiltered":
    "No bookings match these filters. Change or reset them to see more.",

  "bookingAdmin.detail.title": "Booking of {name}",
  "bookingAdmin.detail.appointment": "Appointment",
  "bookingAdmin.detail.actions": "Status",
  "bookingAdmin.detail.confirm": "Confirm booking",
  "bookingAdmin.detail.confirmText":
    "The client receives a confirmation email with a calendar file.",
  "bookingAdmin.detail.cancel": "Cancel booking",
  "bookingAdmin.detail.reason": "Reason for cancelling (optional)",
  "bookingAdmin.detail.reasonHint":
    "The client reads this in the cancellation email.",
  "bookingAdmin.detail.isCancelled":
    "This booking is cancelled. Its time is free again.",
  "bookingAdmin.detail.confirmedFlash":
    "The booking is confirmed and the client is being emailed.",
  "bookingAdmin.detail.cancelledFlash":
    "The booking is cancelled and the client is being emailed.",
  "bookingAdmin.detail.notChanged":
    "The booking was changed meanwhile and cannot take that status. Here is its current state.",
  "bookingAdmin.detail.history": "History",
  "bookingAdmin.history.at": "When",
  "bookingAdmin.history.change": "Change",
  "bookingAdmin.history.by": "By",
  "bookingAdmin.history.note": "Note",
  "bookingAdmin.history.created": "Created",
  "bookingAdmin.actor.staff": "Staff",
  "bookingAdmin.actor.contact": "Client",
  "bookingAdmin.actor.system": "System",
  "bookingAdmin.actor.api": "API",

  "bookingAdmin.new.title": "New booking",
  "bookingAdmin.new.intro":
    "Enter an appointment for a client, for example one agreed on the phone.",
  "bookingAdmin.new.appointment": "Appointment",
  "bookingAdmin.new.languageHint": "The language of the client's emails.",
  "bookingAdmin.new.confirmedHint":
    "The booking is confirmed at once and the client receives a confirmation email. Working hours and notice do not apply here, but a time that is already taken is refused.",
  "bookingAdmin.new.submit": "Create booking",
  "bookingAdmin.new.created":
    "The booking is created and the client is being emailed.",
  "bookingAdmin.new.overlap":
    "This staff member already has a booking at that time. Please choose another time or staff member.",
  "bookingAdmin.new.staffNotForService":
    "This staff member does not perform this service. Assign them to it under Services, or choose someone else.",

  "bookingAdmin.agenda.title": "Agenda",
  "bookingAdmin.agenda.allStaff": "All staff",
  "bookingAdmin.agenda.view": "View",
  "bookingAdmin.agenda.day": "Day",
  "bookingAdmin.agenda.week": "Week",
  "bookingAdmin.agenda.steps": "Move through the agenda",
  "bookingAdmin.agenda.previousDay": "← Previous day",
  "bookingAdmin.agenda.nextDay": "Next day →",
  "bookingAdmin.agenda.previousWeek": "← Previous week",
  "bookingAdmin.agenda.nextWeek": "Next week →",
  "bookingAdmin.agenda.today": "Today",
  "bookingAdmin.agenda.notWorking": "Not working",
  "bookingAdmin.agenda.noBookings": "No bookings",
  "bookingAdmin.agenda.noStaff":
    "Nobody works on this day. Working hours are set under Staff hours.",
  "bookingAdmin.agenda.timeOff": "Time off {time}",
  "bookingAdmin.agenda.timeOffAllDay": "Time off all day",

  "bookingAdmin.services.title": "Services",
  "bookingAdmin.services.intro":
    "What visitors can book on the public page, in this order.",
  "bookingAdmin.services.new": "New service",
  "bookingAdmin.services.create": "Create service",
  "bookingAdmin.services.created": "The service “{name}” is created.",
  "bookingAdmin.services.saved": "The service is saved.",
  "bookingAdmin.services.activate": "Activate",
  "bookingAdmin.services.deactivate": "Deactivate",
  "bookingAdmin.services.activated":
    "The service is active and can be booked again.",
  "bookingAdmin.services.deactivated":
    "The service is deactivated: it no longer appears on the booking page. Its bookings stay.",
  "bookingAdmin.services.inactiveNote":
    "This service is inactive, so visitors cannot book it.",
  "bookingAdmin.services.nobody": "Nobody yet",
  "bookingAdmin.services.plusBuffer": "+ {minutes} min buffer",
  "bookingAdmin.services.noneTitle": "No services yet",
  "bookingAdmin.services.none":
    "Create the first service, choose who performs it, and it appears on the public booking page.",
  "bookingAdmin.service.name": "Name",
  "bookingAdmin.service.texts": "Name and description",
  "bookingAdmin.service.nameEn": "Name (English)",
  "bookingAdmin.service.nameDe": "Name (German)",
  "bookingAdmin.service.descriptionEn": "Description (English)",
  "bookingAdmin.service.descriptionDe": "Description (German)",
  "bookingAdmin.service.timeAndPrice": "Time and price",
  "bookingAdmin.service.duration": "Duration (minutes)",
  "bookingAdmin.service.durationHint": "5 to 720 minutes.",
  "bookingAdmin.service.buffer": "Buffer after (minutes)",
  "bookingAdmin.service.bufferHint":
    "0 to 240 minutes kept free after each appointment.",
  "bookingAdmin.service.price": "Price",
  "bookingAdmin.service.priceHint":
    "In the currency's main unit, e.g. 49.90; 0 means free.",
  "bookingAdmin.service.currency": "Currency",
  "bookingAdmin.service.currencyHint": "Three letters, e.g. EUR.",
  "bookingAdmin.service.display": "Display",
  "bookingAdmin.service.position": "Position",
  "bookingAdmin.service.positionHint":
    "Lower numbers come first on the booking page (−9999 to 9999).",
  "bookingAdmin.service.active": "Active: visitors can book it",
  "bookingAdmin.service.activeHint":
    "Inactive services are hidden from the booking page; their bookings stay.",
  "bookingAdmin.service.isActive": "Active",
  "bookingAdmin.service.isInactive": "Inactive",
  "bookingAdmin.service.staff": "Performed by",
  "bookingAdmin.service.staffHint":
    "Only these staff members are offered for this service.",
  "bookingAdmin.service.noStaff": "There are no staff members yet.",

  "bookingAdmin.staff.title": "Staff hours",
  "bookingAdmin.staff.intro":
    "Weekly working hours and time off decide which times the booking page offers. Hours are in {zone}.",
  "bookingAdmin.staff.hours": "Weekly hours",
  "bookingAdmin.staff.timeOff": "Coming time off",
  "bookingAdmin.staff.timeOffCount": "{count} entries",
  "bookingAdmin.staff.noHours": "No working hours: never offered",
  "bookingAdmin.staff.inactive": "inactive",
  "bookingAdmin.staff.none": "There are no staff members yet.",
  "bookingAdmin.staff.agenda": "Show agenda",

  "bookingAdmin.hours.title": "Weekly working hours",
  "bookingAdmin.hours.intro":
    "Several ranges per day are possible, e.g. 09:00–12:00 and 13:00–17:00. Leave a row empty to drop it; an end of 00:00 means midnight. Times are in {zone}.",
  "bookingAdmin.hours.from": "{day} from",
  "bookingAdmin.hours.until": "{day} until",
  "bookingAdmin.hours.save": "Save working hours",
  "bookingAdmin.hours.saved": "The working hours are saved.",
  "bookingAdmin.hours.overlap":
    "These ranges overlap. Each time of day may be in one range only.",
  "bookingAdmin.hours.endBeforeStart": "Each range must end after it starts.",
  "bookingAdmin.hours.invalidTime":
    "Please enter both start and end as HH:MM, or leave both empty.",

  "bookingAdmin.timeOff.title": "Time off",
  "bookingAdmin.timeOff.none": "No time off planned.",
  "bookingAdmin.timeOff.period": "Period",
  "bookingAdmin.timeOff.reason": "Reason (optional)",
  "bookingAdmin.timeOff.delete": "Delete",
  "bookingAdmin.timeOff.add": "Add time off",
  "bookingAdmin.timeOff.addButton": "Add time off",
  "bookingAdmin.timeOff.start": "From",
  "bookingAdmin.timeOff.end": "Until",
  "bookingAdmin.timeOff.endBeforeStart": "The end must be after the start.",
  "bookingAdmin.timeOff.added":
    "The time off is added. These times are no longer offered.",
  "bookingAdmin.timeOff.deleted": "The time off is deleted.",

  "bookingAdmin.settings.title": "Booking settings",
  "bookingAdmin.settings.booking": "Booking",
  "bookingAdmin.settings.offer": "Which times are offered",
  "bookingAdmin.settings.timeZone": "Business time zone",
  "bookingAdmin.settings.timeZoneHint":
    "Working hours, the booking page and emails use this zone.",
  "bookingAdmin.settings.timeZoneUnknown":
    "Please choose a time zone from the list.",
  "bookingAdmin.settings.slotStep": "Slot step (minutes)",
  "bookingAdmin.settings.slotStepHint":
    "5 to 240: how far apart the offered start times are.",
  "bookingAdmin.settings.minNotice": "Minimum notice (minutes)",
  "bookingAdmin.settings.minNoticeHint":
    "0 to 43200: how long before the start a time can still be booked.",
  "bookingAdmin.settings.horizon": "Booking horizon (days)",
  "bookingAdmin.settings.horizonHint":
    "1 to 365: how far ahead visitors can book.",
  "bookingAdmin.settings.workflow": "Confirmation and cancellation",
  "bookingAdmin.settings.autoConfirm": "Confirm new bookings automatically",
  "bookingAdmin.settings.autoConfirmHint":
    "Otherwise new bookings stay pending until staff confirm them.",
  "bookingAdmin.settings.cancelCutoff": "Client cancellation cutoff (hours)",
  "bookingAdmin.settings.cancelCutoffHint":
    "0 to 720: clients can cancel online until this many hours before the start.",
  "bookingAdmin.settings.headerLinks": "Header links on the booking page",
  "bookingAdmin.settings.footerLinks": "Footer links on the booking page",
  "bookingAdmin.settings.linksHint":
    "A label and a URL (https://… or a path such as /imprint) per row; empty rows are ignored.",
  "bookingAdmin.settings.linkLabel": "Label of link {row}",
  "bookingAdmin.settings.linkUrl": "URL of link {row}",
  "bookingAdmin.settings.linkLabelPlaceholder": "Label",
  "bookingAdmin.settings.linkIncomplete":
    "Please enter both a label and a URL.",
  "bookingAdmin.settings.linkTooLong":
    "The label may have 60 characters, the URL 500.",
  "bookingAdmin.settings.linkUrlInvalid":
    "The URL must start with https://, http:// or /.",
  "bookingAdmin.settings.saved": "The booking settings are saved.",
}, {
  "bookingAdmin.nav": "Bereiche der Terminbuchung",
  "bookingAdmin.nav.bookings": "Buchungen",
  "bookingAdmin.nav.agenda": "Terminplan",
  "bookingAdmin.nav.services": "Leistungen",
  "bookingAdmin.nav.staff": "Arbeitszeiten",
  "bookingAdmin.nav.settings": "Einstellungen",

  "bookingAdmin.field.client": "Kunde",
  "bookingAdmin.field.staff": "Mitarbeiter:in",
  "bookingAdmin.field.phone": "Telefon",
  "bookingAdmin.field.note": "Notiz",
  "bookingAdmin.field.language": "Sprache",
  "bookingAdmin.field.created": "Gebucht am",
  "bookingAdmin.field.date": "Datum",
  "bookingAdmin.field.time": "Uhrzeit",
  "bookingAdmin.language.en": "Englisch",
  "bookingAdmin.language.de": "Deutsch",

  "bookingAdmin.weekday.1": "Montag",
  "bookingAdmin.weekday.2": "Dienstag",
  "bookingAdmin.weekday.3": "Mittwoch",
  "bookingAdmin.weekday.4": "Donnerstag",
  "bookingAdmin.weekday.5": "Freitag",
  "bookingAdmin.weekday.6": "Samstag",
  "bookingAdmin.weekday.7": "Sonntag",

  "bookingAdmin.form.choose": "Bitte wählen",
  "bookingAdmin.form.wholeNumber":
    "Bitte geben Sie eine ganze Zahl im Bereich unter dem Feld ein.",
  "bookingAdmin.form.date": "Bitte geben Sie ein gültiges Datum ein.",
  "bookingAdmin.form.time": "Bitte geben Sie eine Uhrzeit als HH:MM ein.",
  "bookingAdmin.form.dateTime": "Bitte geben Sie Datum und Uhrzeit ein.",
  "bookingAdmin.form.price":
    "Bitte geben Sie einen Betrag wie 49 oder 49,90 ein (höchstens zwei Nachkommastellen).",
  "bookingAdmin.form.currency":
    "Bitte geben Sie einen dreistelligen Währungscode wie EUR ein.",

  "bookingAdmin.filter.all": "Alle",
  "bookingAdmin.filter.search": "Name oder E-Mail",
  "bookingAdmin.filter.from": "Von",
  "bookingAdmin.filter.to": "Bis",
  "bookingAdmin.filter.apply": "Anzeigen",
  "bookingAdmin.filter.reset": "Filter zurücksetzen",

  "bookingAdmin.bookings.title": "Buchungen",
  "bookingAdmin.bookings.new": "Neue Buchung",
  "bookingAdmin.bookings.count": "{count} Buchungen · Zeiten in {zone}",
  "bookingAdmin.bookings.noneTitle": "Noch keine Buchungen",
  "bookingAdmin.bookings.none":
    "Buchungen von der öffentlichen Buchungsseite erscheinen hier. Sie können auch selbst eine für einen Kunden eintragen.",
  "bookingAdmin.bookings.noneFiltered":
    "Keine Buchungen passen zu diesen Filtern. Ändern oder setzen Sie sie zurück.",

  "bookingAdmin.detail.title": "Buchung von {name}",
  "bookingAdmin.detail.appointment": "Termin",
  "bookingAdmin.detail.actions": "Status",
  "bookingAdmin.detail.confirm": "Buchung bestätigen",
  "bookingAdmin.detail.confirmText":
    "Der Kunde erhält eine Bestätigung per E-Mail mit Kalenderdatei.",
  "bookingAdmin.detail.cancel": "Buchung absagen",
  "bookingAdmin.detail.reason": "Grund der Absage (optional)",
  "bookingAdmin.detail.reasonHint": "Der Kunde liest ihn in der Absage-E-Mail.",
  "bookingAdmin.detail.isCancelled":
    "Diese Buchung ist abgesagt. Ihre Zeit ist wieder frei.",
  "bookingAdmin.detail.confirmedFlash":
    "Die Buchung ist bestätigt, der Kunde wird per E-Mail benachrichtigt.",
  "bookingAdmin.detail.cancelledFlash":
    "Die Buchung ist abgesagt, der Kunde wird per E-Mail benachrichtigt.",
  "bookingAdmin.detail.notChanged":
    "Die Buchung wurde inzwischen geändert und kann diesen Status nicht annehmen. Hier ist ihr aktueller Stand.",
  "bookingAdmin.detail.history": "Verlauf",
  "bookingAdmin.history.at": "Wann",
  "bookingAdmin.history.change": "Änderung",
  "bookingAdmin.history.by": "Durch",
  "bookingAdmin.history.note": "Notiz",
  "bookingAdmin.history.created": "Angelegt",
  "bookingAdmin.actor.staff": "Team",
  "bookingAdmin.actor.contact": "Kunde",
  "bookingAdmin.actor.system": "System",
  "bookingAdmin.actor.api": "API",

  "bookingAdmin.new.title": "Neue Buchung",
  "bookingAdmin.new.intro":
    "Tragen Sie einen Termin für einen Kunden ein, etwa einen telefonisch vereinbarten.",
  "bookingAdmin.new.appointment": "Termin",
  "bookingAdmin.new.languageHint": "Die Sprache der E-Mails an den Kunden.",
  "bookingAdmin.new.confirmedHint":
    "Die Buchung ist sofort bestätigt und der Kunde erhält eine Bestätigung per E-Mail. Arbeitszeiten und Vorlauf gelten hier nicht, eine bereits belegte Zeit wird aber abgelehnt.",
  "bookingAdmin.new.submit": "Buchung anlegen",
  "bookingAdmin.new.created":
    "Die Buchung ist angelegt, der Kunde wird per E-Mail benachrichtigt.",
  "bookingAdmin.new.overlap":
    "Diese Person hat zu dieser Zeit bereits eine Buchung. Bitte wählen Sie eine andere Zeit oder Person.",
  "bookingAdmin.new.staffNotForService":
    "Diese Person bietet diese Leistung nicht an. Ordnen Sie sie unter Leistungen zu oder wählen Sie jemand anderen.",

  "bookingAdmin.agenda.title": "Terminplan",
  "bookingAdmin.agenda.allStaff": "Alle Mitarbeitenden",
  "bookingAdmin.agenda.view": "Ansicht",
  "bookingAdmin.agenda.day": "Tag",
  "bookingAdmin.agenda.week": "Woche",
  "bookingAdmin.agenda.steps": "Im Terminplan blättern",
  "bookingAdmin.agenda.previousDay": "← Vorheriger Tag",
  "bookingAdmin.agenda.nextDay": "Nächster Tag →",
  "bookingAdmin.agenda.previousWeek": "← Vorherige Woche",
  "bookingAdmin.agenda.nextWeek": "Nächste Woche →",
  "bookingAdmin.agenda.today": "Heute",
  "bookingAdmin.agenda.notWorking": "Nicht im Dienst",
  "bookingAdmin.agenda.noBookings": "Keine Buchungen",
  "bookingAdmin.agenda.noStaff":
    "An diesem Tag arbeitet niemand. Arbeitszeiten legen Sie unter Arbeitszeiten fest.",
  "bookingAdmin.agenda.timeOff": "Abwesend {time}",
  "bookingAdmin.agenda.timeOffAllDay": "Ganztägig abwesend",

  "bookingAdmin.services.title": "Leistungen",
  "bookingAdmin.services.intro":
    "Was auf der öffentlichen Seite gebucht werden kann, in dieser Reihenfolge.",
  "bookingAdmin.services.new": "Neue Leistung",
  "bookingAdmin.services.create": "Leistung anlegen",
  "bookingAdmin.services.created": "Die Leistung „{name}“ ist angelegt.",
  "bookingAdmin.services.saved": "Die Leistung ist gespeichert.",
  "bookingAdmin.services.activate": "Aktivieren",
  "bookingAdmin.services.deactivate": "Deaktivieren",
  "bookingAdmin.services.activated":
    "Die Leistung ist aktiv und wieder buchbar.",
  "bookingAdmin.services.deactivated":
    "Die Leistung ist deaktiviert und erscheint nicht mehr auf der Buchungsseite. Ihre Buchungen bleiben.",
  "bookingAdmin.services.inactiveNote":
    "Diese Leistung ist inaktiv und kann nicht gebucht werden.",
  "bookingAdmin.services.nobody": "Noch niemand",
  "bookingAdmin.services.plusBuffer": "+ {minutes} Min. Puffer",
  "bookingAdmin.services.noneTitle": "Noch keine Leistungen",
  "bookingAdmin.services.none":
    "Legen Sie die erste Leistung an, wählen Sie, wer sie anbietet, und sie erscheint auf der Buchungsseite.",
  "bookingAdmin.service.name": "Name",
  "bookingAdmin.service.texts": "Name und Beschreibung",
  "bookingAdmin.service.nameEn": "Name (Englisch)",
  "bookingAdmin.service.nameDe": "Name (Deutsch)",
  "bookingAdmin.service.descriptionEn": "Beschreibung (Englisch)",
  "bookingAdmin.service.descriptionDe": "Beschreibung (Deutsch)",
  "bookingAdmin.service.timeAndPrice": "Dauer und Preis",
  "bookingAdmin.service.duration": "Dauer (Minuten)",
  "bookingAdmin.service.durationHint": "5 bis 720 Minuten.",
  "bookingAdmin.service.buffer": "Puffer danach (Minuten)",
  "bookingAdmin.service.bufferHint":
    "0 bis 240 Minuten, die nach jedem Termin frei bleiben.",
  "bookingAdmin.service.price": "Preis",
  "bookingAdmin.service.priceHint":
    "In der Hauptwährungseinheit, z. B. 49,90; 0 heißt kostenlos.",
  "bookingAdmin.service.currency": "Währung",
  "bookingAdmin.service.currencyHint": "Drei Buchstaben, z. B. EUR.",
  "bookingAdmin.service.display": "Anzeige",
  "bookingAdmin.service.position": "Position",
  "bookingAdmin.service.positionHint":
    "Kleinere Zahlen stehen auf der Buchungsseite weiter oben (−9999 bis 9999).",
  "bookingAdmin.service.active": "Aktiv: kann gebucht werden",
  "bookingAdmin.service.activeHint":
    "Inaktive Leistungen sind auf der Buchungsseite ausgeblendet; ihre Buchungen bleiben.",
  "bookingAdmin.service.isActive": "Aktiv",
  "bookingAdmin.service.isInactive": "Inaktiv",
  "bookingAdmin.service.staff": "Angeboten von",
  "bookingAdmin.service.staffHint":
    "Nur diese Mitarbeitenden werden für diese Leistung angeboten.",
  "bookingAdmin.service.noStaff": "Es gibt noch keine Mitarbeitenden.",

  "bookingAdmin.staff.title": "Arbeitszeiten",
  "bookingAdmin.staff.intro":
    "Wöchentliche Arbeitszeiten und Abwesenheiten bestimmen, welche Zeiten die Buchungsseite anbietet. Zeiten in {zone}.",
  "bookingAdmin.staff.hours": "Wochenzeiten",
  "bookingAdmin.staff.timeOff": "Kommende Abwesenheiten",
  "bookingAdmin.staff.timeOffCount": "{count} Einträge",
  "bookingAdmin.staff.noHours": "Keine Arbeitszeiten: nie angeboten",
  "bookingAdmin.staff.inactive": "inaktiv",
  "bookingAdmin.staff.none": "Es gibt noch keine Mitarbeitenden.",
  "bookingAdmin.staff.agenda": "Terminplan zeigen",

  "bookingAdmin.hours.title": "Wöchentliche Arbeitszeiten",
  "bookingAdmin.hours.intro":
    "Mehrere Zeiträume pro Tag sind möglich, z. B. 09:00–12:00 und 13:00–17:00. Leere Zeilen entfallen; ein Ende um 00:00 bedeutet Mitternacht. Zeiten in {zone}.",
  "bookingAdmin.hours.from": "{day} von",
  "bookingAdmin.hours.until": "{day} bis",
  "bookingAdmin.hours.save": "Arbeitszeiten speichern",
  "bookingAdmin.hours.saved": "Die Arbeitszeiten sind gespeichert.",
  "bookingAdmin.hours.overlap":
    "Diese Zeiträume überschneiden sich. Jede Uhrzeit darf nur in einem Zeitraum liegen.",
  "bookingAdmin.hours.endBeforeStart":
    "Jeder Zeitraum muss nach seinem Beginn enden.",
  "bookingAdmin.hours.invalidTime":
    "Bitte Beginn und Ende als HH:MM eingeben oder beide leer lassen.",

  "bookingAdmin.timeOff.title": "Abwesenheiten",
  "bookingAdmin.timeOff.none": "Keine Abwesenheiten geplant.",
  "bookingAdmin.timeOff.period": "Zeitraum",
  "bookingAdmin.timeOff.reason": "Grund (optional)",
  "bookingAdmin.timeOff.delete": "Löschen",
  "bookingAdmin.timeOff.add": "Abwesenheit eintragen",
  "bookingAdmin.timeOff.addButton": "Abwesenheit eintragen",
  "bookingAdmin.timeOff.start": "Von",
  "bookingAdmin.timeOff.end": "Bis",
  "bookingAdmin.timeOff.endBeforeStart":
    "Das Ende muss nach dem Beginn liegen.",
  "bookingAdmin.timeOff.added":
    "Die Abwesenheit ist eingetragen. Diese Zeiten werden nicht mehr angeboten.",
  "bookingAdmin.timeOff.deleted": "Die Abwesenheit ist gelöscht.",

  "bookingAdmin.settings.title": "Einstellungen der Terminbuchung",
  "bookingAdmin.settings.booking": "Terminbuchung",
  "bookingAdmin.settings.offer": "Welche Zeiten angeboten werden",
  "bookingAdmin.settings.timeZone": "Zeitzone des Betriebs",
  "bookingAdmin.settings.timeZoneHint":
    "Arbeitszeiten, Buchungsseite und E-Mails verwenden diese Zeitzone.",
  "bookingAdmin.settings.timeZoneUnknown":
    "Bitte wählen Sie eine Zeitzone aus der Liste.",
  "bookingAdmin.settings.slotStep": "Zeitraster (Minuten)",
  "bookingAdmin.settings.slotStepHint":
    "5 bis 240: der Abstand der angebotenen Startzeiten.",
  "bookingAdmin.settings.minNotice": "Mindestvorlauf (Minuten)",
  "bookingAdmin.settings.minNoticeHint":
    "0 bis 43200: wie lange vor Beginn ein Termin noch buchbar ist.",
  "bookingAdmin.settings.horizon": "Buchungszeitraum (Tage)",
  "bookingAdmin.settings.horizonHint":
    "1 bis 365: wie weit im Voraus gebucht werden kann.",
  "bookingAdmin.settings.workflow": "Bestätigung und Absage",
  "bookingAdmin.settings.autoConfirm": "Neue Buchungen automatisch bestätigen",
  "bookingAdmin.settings.autoConfirmHint":
    "Sonst bleiben neue Buchungen angefragt, bis das Team sie bestätigt.",
  "bookingAdmin.settings.cancelCutoff": "Absagefrist für Kunden (Stunden)",
  "bookingAdmin.settings.cancelCutoffHint":
    "0 bis 720: Kunden können bis so viele Stunden vor Beginn online absagen.",
  "bookingAdmin.settings.headerLinks": "Links oben auf der Buchungsseite",
  "bookingAdmin.settings.footerLinks": "Links unten auf der Buchungsseite",
  "bookingAdmin.settings.linksHint":
    "Pro Zeile eine Beschriftung und eine URL (https://… oder ein Pfad wie /impressum); leere Zeilen entfallen.",
  "bookingAdmin.settings.linkLabel": "Beschriftung von Link {row}",
  "bookingAdmin.settings.linkUrl": "URL von Link {row}",
  "bookingAdmin.settings.linkLabelPlaceholder": "Beschriftung",
  "bookingAdmin.settings.linkIncomplete":
    "Bitte geben Sie Beschriftung und URL ein.",
  "bookingAdmin.settings.linkTooLong":
    "Die Beschriftung darf 60 Zeichen haben, die URL 500.",
  "bookingAdmin.settings.linkUrlInvalid":
    "Die URL muss mit https://, http:// oder / beginnen.",
  "bookingAdmin.settings.saved":
    "Die Einstellungen der Terminbuchung sind gespeichert.",
});
