/**
 * Days the whole business is closed: its own closed days (single dates or
 * ranges) and, if chosen, the public holidays of a country or a German
 * state, from the maintained `date-holidays` package.
 */
import Holidays from "date-holidays";
import type { Locale } from "../i18n/mod.ts";

/** A closed day, or a range of them (both days included). */
export interface ClosedRange {
  from: string;
  to: string;
}

/** Whether `region` (`DE` or `DE-BY`) is one `date-holidays` knows. */
export function isHolidayRegion(region: string): boolean {
  const [country, state, extra] = region.split("-");
  if (extra !== undefined) return false;
  const known = new Holidays();
  if (!Object.hasOwn(known.getCountries() ?? {}, country)) return false;
  return !state || Object.hasOwn(known.getStates(country) ?? {}, state);
}

/**
 * A region's public holidays of a year, as `YYYY-MM-DD`; kept once
 * computed, since the slot search asks on every page and rules never
 * change while the process runs.
 */
const publicHolidays = new Map<string, readonly string[]>();

function holidaysIn(region: string, year: number): readonly string[] {
  const key = `${region}|${year}`;
  let dates = publicHolidays.get(key);
  if (!dates) {
    const [country, state] = region.split("-");
    const holidays = !isHolidayRegion(region)
      ? undefined
      : state
      ? new Holidays(country, state)
      : new Holidays(country);
    dates = (holidays?.getHolidays(year) ?? [])
      .filter((holiday) => holiday.type === "public")
      .map((holiday) => holiday.date.slice(0, 10));
    publicHolidays.set(key, dates);
  }
  return dates;
}

/** The regions to choose from: each German state first, then every country. */
export function holidayRegions(
  locale: Locale,
): { value: string; label: string }[] {
  const all = new Holidays();
  const states = Object.entries(all.getStates("DE", locale) ?? {})
    .map(([code, name]) => ({ value: `DE-${code}`, label: `${name} (DE)` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const countries = Object.entries(all.getCountries(locale))
    .map(([code, name]) => ({ value: code, label: name }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  return [...states, ...countries];
}

/**
 * The closed dates (`YYYY-MM-DD`) among `days` days from `from`: the
 * business's own and the region's public holidays.
 */
export function closedDates(
  settings: { closedDays: ClosedRange[]; holidayRegion: string },
  from: Temporal.PlainDate,
  days: number,
): Set<string> {
  const last = from.add({ days: Math.max(days - 1, 0) });
  const dates = new Set<string>();
  const inRange = (date: Temporal.PlainDate) =>
    Temporal.PlainDate.compare(date, from) >= 0 &&
    Temporal.PlainDate.compare(date, last) <= 0;
  for (const range of settings.closedDays) {
    let date = Temporal.PlainDate.from(range.from);
    const to = Temporal.PlainDate.from(range.to);
    if (Temporal.PlainDate.compare(date, from) < 0) date = from;
    for (
      ;
      Temporal.PlainDate.compare(date, to) <= 0 && inRange(date);
      date = date.add({ days: 1 })
    ) {
      dates.add(date.toString());
    }
  }
  if (settings.holidayRegion) {
    for (let year = from.year; year <= last.year; year++) {
      for (const day of holidaysIn(settings.holidayRegion, year)) {
        if (inRange(Temporal.PlainDate.from(day))) dates.add(day);
      }
    }
  }
  return dates;
}
