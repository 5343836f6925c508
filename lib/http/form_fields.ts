/**
 * Field types the admin forms share, beyond text (see forms.ts): whole
 * numbers, amounts in a currency's major unit, dates and times as the
 * browser's inputs send them, filter choices, and forms with repeated
 * rows. Each turns what a person typed into a typed value; messages are
 * catalog keys. No domain rules: a form gives its own bounds.
 */
import { z } from "zod";
import { type Locale, LOCALES, type MessageKey } from "../i18n/mod.ts";
import { parseClock } from "../wall_clock.ts";
import { forwardIssues } from "./forms.ts";
import { pageParam } from "./params.ts";
import { isWithinDateYears } from "../validation.ts";

const WHOLE_NUMBER: MessageKey = "bookingAdmin.form.wholeNumber";

/**
 * A whole number typed into a field, within bounds the hint names (or
 * `message` names, for a form whose hints hide behind the error).
 */
export const wholeNumber = (
  min: number,
  max: number,
  message: MessageKey = WHOLE_NUMBER,
) =>
  z.string({ error: "form.required" }).trim().min(1, "form.required")
    .regex(/^-?\d{1,9}$/, message).transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));

/** A whole number that may be left empty (then null: "use the default"). */
export const optionalWholeNumber = (min: number, max: number) =>
  z.preprocess(
    (value) =>
      typeof value === "string" && value.trim() === "" ? undefined : value,
    wholeNumber(min, max).optional(),
  ).transform((value) => value ?? null);

const AMOUNT = /^(\d{1,7})(?:[.,](\d{1,2}))?$/;

/** An amount in the currency's major unit ("49", "49.5", "49,90") as cents. */
export const amountCents = () =>
  z.string({ error: "form.required" }).trim().min(1, "form.required")
    .transform((text, ctx) => {
      const match = AMOUNT.exec(text);
      if (!match) {
        ctx.addIssue({ code: "custom", message: "bookingAdmin.form.price" });
        return z.NEVER;
      }
      return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
    });

/** An amount in cents as the major unit staff type ("49.90", "49,90" in German). */
export function amountText(cents: number, locale: Locale): string {
  const text = (cents / 100).toFixed(2);
  return locale === "de" ? text.replace(".", ",") : text;
}

/** A three-letter currency code, upper-cased. */
export const currencyCode = () =>
  z.string({ error: "form.required" }).trim().toUpperCase()
    .regex(/^[A-Z]{3}$/, "bookingAdmin.form.currency");

/** A date from `<input type="date">`, in the years `DATE_YEARS`. */
export const plainDate = (message: MessageKey = "bookingAdmin.form.date") =>
  z.string({ error: "form.required" }).trim().min(1, "form.required")
    .pipe(z.iso.date(message)).refine(isWithinDateYears, message)
    .transform((text) => Temporal.PlainDate.from(text));

/**
 * A date and time from `<input type="datetime-local">` (seconds ignored),
 * in the years `DATE_YEARS`.
 */
export const plainDateTime = () =>
  z.string({ error: "form.required" }).trim().min(1, "form.required")
    .regex(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/,
      "bookingAdmin.form.dateTime",
    )
    .refine(isWithinDateYears, "bookingAdmin.form.dateTime")
    .transform((text, ctx) => {
      try {
        return Temporal.PlainDateTime.from(text);
      } catch {
        ctx.addIssue({ code: "custom", message: "bookingAdmin.form.dateTime" });
        return z.NEVER;
      }
    });

/** A wall-clock time `HH:MM`, as minutes after midnight. */
export const clockTime = () =>
  z.string({ error: "form.required" }).trim().min(1, "form.required")
    .transform((text, ctx) => {
      const minute = parseClock(text);
      if (minute === undefined || minute >= 1440) {
        ctx.addIssue({ code: "custom", message: "bookingAdmin.form.time" });
        return z.NEVER;
      }
      return minute;
    });

/** A language choice: one the app speaks. */
export const localeChoice = () => z.enum(LOCALES, { error: "form.invalid" });

/** A list filter's select: empty means "no filter", a bad value is dropped. */
export const optionalChoice = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => value === "" ? undefined : value, schema.optional())
    .catch(undefined);

/** A list's search box: trimmed, and anything unreadable is no search. */
export const searchTerm = (max = 100) => z.string().trim().max(max).catch("");

/** A list's query: a status to filter by, a search box and the page. */
export const statusListQuery = <S extends string>(statuses: readonly S[]) =>
  z.object({
    status: optionalChoice(z.enum(statuses)),
    q: searchTerm(),
    page: pageParam,
  });

/**
 * A form of fixed fields plus rows whose names carry a number or an id
 * (`start3_0`, `staff_<id>`): every field and row is checked, so all
 * errors show at once.
 */
export function formWithRows<Fields extends z.ZodType, Rows, Output>(
  fieldsSchema: Fields,
  readRows: (fields: Record<string, unknown>, ctx: z.RefinementCtx) => Rows,
  combine: (fields: z.output<Fields>, rows: Rows) => Output,
) {
  return z.record(z.string(), z.unknown()).transform((raw, ctx): Output => {
    const fields = fieldsSchema.safeParse(raw);
    if (!fields.success) forwardIssues(fields.error, ctx);
    const rows = readRows(raw, ctx);
    return fields.success ? combine(fields.data, rows) : z.NEVER;
  });
}
