import {
  formatDate,
  formatDateTime,
  formatTime,
  type Locale,
  type MessageKey,
  type Translate,
} from "@/lib/i18n/mod.ts";

/** The English or German variant of a text, by the reader's locale. */
export function localized(locale: Locale, en: string, de: string): string {
  return locale === "de" ? de : en;
}

/** "4 January 2027, 09:00–10:00" in the business time zone. */
export function formatAppointment(
  locale: Locale,
  startsAt: Date,
  endsAt: Date,
  timeZone: string,
): string {
  return `${formatDateTime(locale, startsAt, timeZone)}–${
    formatTime(locale, endsAt, timeZone)
  }`;
}

/**
 * A stretch of time off as people say it: whole days as dates ("23 Dec
 * 2026 – 2 Jan 2027", the end day being the last day off, not the
 * midnight after it), else with times ("23 Dec 2026, 09:00 – 12:00").
 */
export function formatPeriod(
  locale: Locale,
  startsAt: Date,
  endsAt: Date,
  timeZone: string,
): string {
  const tag = locale === "de" ? "de-DE" : "en-GB";
  const midnight = (at: Date) =>
    Temporal.Instant.fromEpochMilliseconds(at.getTime())
      .toZonedDateTimeISO(timeZone).toPlainTime().equals(
        Temporal.PlainTime.from("00:00"),
      );
  if (midnight(startsAt) && midnight(endsAt)) {
    const lastDay = Temporal.Instant.fromEpochMilliseconds(endsAt.getTime())
      .toZonedDateTimeISO(timeZone).subtract({ days: 1 });
    const dates = new Intl.DateTimeFormat(tag, {
      dateStyle: "medium",
      timeZone,
    });
    return dates.formatRange(startsAt, new Date(lastDay.epochMilliseconds));
  }
  return new Intl.DateTimeFormat(tag, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).formatRange(startsAt, endsAt);
}

/** "09:00–10:00" in the business time zone. */
export function formatTimeRange(
  locale: Locale,
  startsAt: Date,
  endsAt: Date,
  timeZone: string,
): string {
  return `${formatTime(locale, startsAt, timeZone)}–${
    formatTime(locale, endsAt, timeZone)
  }`;
}

const WEEKDAYS: MessageKey[] = [
  "bookingAdmin.weekday.1",
  "bookingAdmin.weekday.2",
  "bookingAdmin.weekday.3",
  "bookingAdmin.weekday.4",
  "bookingAdmin.weekday.5",
  "bookingAdmin.weekday.6",
  "bookingAdmin.weekday.7",
];

/** The name of an ISO weekday (1 = Monday). */
export function weekdayName(t: Translate, weekday: number): string {
  return t(WEEKDAYS[weekday - 1]);
}

/** "Monday, 4 January 2027" for a calendar day. */
export function formatDay(
  t: Translate,
  locale: Locale,
  date: Temporal.PlainDate,
): string {
  // Noon UTC is that calendar day everywhere, so formatting in UTC is exact.
  const noon = new Date(`${date.toString()}T12:00:00Z`);
  return `${weekdayName(t, date.dayOfWeek)}, ${
    formatDate(locale, noon, "UTC")
  }`;
}

/** What admin booking components need to show text, dates and times. */
export interface AdminView {
  t: Translate;
  locale: Locale;
  /** The business time zone from the booking settings. */
  timeZone: string;
}
