/**
 * Wall-clock times and days in the business time zone as people type and
 * read them ("2027-01-11", "09:30", minutes after midnight) and the
 * instants they stand for: the one home of time-zone and day arithmetic
 * for every domain. Times that do not exist (a DST gap) move forward, as
 * the slot computation does; repeated times take the earlier instant.
 */

/** The zones the settings offer: the runtime's IANA zones, and UTC. */
export function businessTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : [...zones, "UTC"];
}

/** The calendar date in `timeZone` of an instant. */
export function dateIn(instant: Date, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime())
    .toZonedDateTimeISO(timeZone).toPlainDate();
}

/** `HH:MM` (00:00–23:59), or `24:00` for the end of a day. */
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Minutes after midnight of `HH:MM`, or undefined when it is not a time. */
export function parseClock(text: string): number | undefined {
  const match = CLOCK.exec(text.trim());
  if (!match) return undefined;
  if (!match[1]) return 1440;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** `HH:MM` of minutes after midnight (1440 is `24:00`). */
export function formatClock(minute: number): string {
  const hours = String(Math.floor(minute / 60)).padStart(2, "0");
  return `${hours}:${String(minute % 60).padStart(2, "0")}`;
}

/** The instant of a wall-clock date and minute in `timeZone`. */
export function wallClockInstant(
  date: Temporal.PlainDate,
  minute: number,
  timeZone: string,
): Date {
  const day = minute >= 1440 ? date.add({ days: 1 }) : date;
  const plainTime = new Temporal.PlainTime(
    Math.floor((minute % 1440) / 60),
    minute % 60,
  );
  return new Date(
    day.toZonedDateTime({ timeZone, plainTime }).epochMilliseconds,
  );
}

/** The instant of a `datetime-local` value (`2027-01-11T09:30`) in `timeZone`. */
export function localDateTimeInstant(
  value: Temporal.PlainDateTime,
  timeZone: string,
): Date {
  return new Date(value.toZonedDateTime(timeZone).epochMilliseconds);
}

/** The instant something valid through `date` ends: the next midnight in `timeZone`. */
export function endOfDay(date: Temporal.PlainDate, timeZone: string): Date {
  return wallClockInstant(date, 24 * 60, timeZone);
}

/** The last day an end instant still covers, as `YYYY-MM-DD`. */
export function lastValidDay(end: Date, timeZone: string): string {
  return dateIn(new Date(end.getTime() - 1), timeZone).toString();
}

/**
 * The instant an event someone dates to `day` (a payment received) is
 * recorded at: now when it is today, otherwise noon of that day, so it
 * shows as that day in any nearby zone. A later day stays in the future.
 */
export function instantOnDay(
  day: Temporal.PlainDate,
  timeZone: string,
  now: Date,
): Date {
  if (day.equals(dateIn(now, timeZone))) return now;
  return wallClockInstant(day, 12 * 60, timeZone);
}
