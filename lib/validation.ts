/**
 * Edge checks for input the database cannot take: text with a NUL (or, in
 * JSON, a lone surrogate), in a body or in the URL, and instants and dates
 * outside the years Postgres and the calendar arithmetic handle. Each used
 * to reach a query: a 500, or a row no one meant (a booking in 9999).
 */
import { z } from "zod";
import { DomainError } from "./errors.ts";

/**
 * True for text Postgres stores as given: no NUL character (a text column
 * cannot hold one) and well-formed UTF-16 (a lone surrogate would be
 * silently replaced by U+FFFD).
 */
export function isStorableText(value: string): boolean {
  return !value.includes("\u0000") && value.isWellFormed();
}

/** A query string (or URL) that cannot be used: 400 `INVALID_QUERY`. */
export class InvalidQueryError extends DomainError {
  constructor(message: string) {
    super(400, "INVALID_QUERY", message);
  }
}

/**
 * True when a URL's path or query (as `URL` serialises them, where a NUL
 * is always `%00`) would decode to a NUL.
 */
export function urlHasNul(pathAndQuery: string): boolean {
  return pathAndQuery.includes("%00");
}

/**
 * The path (`a.b.0`, or `body`) of the first string in a parsed JSON value,
 * keys included, that is not storable text; undefined when there is none.
 */
export function unstorableTextPath(
  value: unknown,
  path: (string | number)[] = [],
): string | undefined {
  const here = () => path.join(".") || "body";
  if (typeof value === "string") {
    return isStorableText(value) ? undefined : here();
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorableTextPath(item, [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) return here();
      const found = unstorableTextPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * An ISO 8601 date-time with an offset whose instant falls in the UTC years
 * `minYear`…`maxYear` (Postgres has no year 0 and the driver cannot send
 * years past 9999).
 */
export function isoInstant(
  { minYear, maxYear }: { minYear: number; maxYear: number },
  message?: string,
) {
  return z.iso.datetime({ offset: true, error: message }).refine((value) => {
    const year = new Date(value).getUTCFullYear();
    return year >= minYear && year <= maxYear;
  }, message ?? `must be a time between the years ${minYear} and ${maxYear}`);
}

/**
 * Years a calendar date from a request (a query or a form) may fall in:
 * every real booking, filter, payment or expiry does, and the time zone
 * and range arithmetic on it stays within what Postgres and `Date` hold.
 */
export const DATE_YEARS = { minYear: 2000, maxYear: 2100 };

/** True for date text (`YYYY-…`) whose year is within `DATE_YEARS`. */
export function isWithinDateYears(text: string): boolean {
  const year = Number(text.slice(0, 4));
  return year >= DATE_YEARS.minYear && year <= DATE_YEARS.maxYear;
}

const outOfRange = (what: string) =>
  `must be a ${what} between the years ${DATE_YEARS.minYear} and ${DATE_YEARS.maxYear}`;

/** A calendar day `YYYY-MM-DD` in the years `DATE_YEARS`, from a query. */
export const queryDate = () =>
  z.iso.date().refine(isWithinDateYears, outOfRange("day"));

/** A month `YYYY-MM` in the years `DATE_YEARS`, from a query. */
export const queryMonth = () =>
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/).refine(
    isWithinDateYears,
    outOfRange("month"),
  );
