/**
 * The booking admin forms as zod schemas: what staff type (text in the
 * business time zone, prices in the currency's major unit, repeated rows)
 * becomes the typed input of the admin functions. Messages are catalog
 * keys, so errors show in the user's language beside the field.
 */
import { z } from "zod";
import { checkbox, emailField, optionalText, requiredText } from "./forms.ts";
import { pageParam } from "./params.ts";
import { isWithinDateYears, queryDate } from "../validation.ts";
import type { FormValues } from "./forms.ts";
import type { Service } from "../db/schema.ts";
import type { Locale, MessageKey } from "../i18n/mod.ts";
import type { BookingLink, BookingSettings } from "../booking/settings.ts";
import type { ServiceInput } from "../booking/admin_services.ts";
import { weekdayField, type WeeklyRange } from "../booking/admin_schedule.ts";
import { formatClock, parseClock } from "../booking/wall_clock.ts";

/** The zones the settings offer: the runtime's IANA zones, and UTC. */
export function businessTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : [...zones, "UTC"];
}

function isBusinessTimeZone(zone: string): boolean {
  return businessTimeZones().includes(zone);
}

/**
 * A form of fixed fields plus rows whose names carry a number or an id
 * (`start3_0`, `staff_<id>`): every field and row is checked, so all
 * errors show at once.
 */
function formWithRows<Fields extends z.ZodType, Rows, Output>(
  fieldsSchema: Fields,
  readRows: (fields: Record<string, unknown>, ctx: z.RefinementCtx) => Rows,
  combine: (fields: z.output<Fields>, rows: Rows) => Output,
) {
  return z.record(z.string(), z.unknown()).transform((raw, ctx): Output => {
    const fields = fieldsSchema.safeParse(raw);
    if (!fields.success) {
      for (const issue of fields.error.issues) {
        ctx.addIssue({
          code: "custom",
          path: issue.path,
          message: issue.message,
        });
      }
    }
    const rows = readRows(raw, ctx);
    return fields.success ? combine(fields.data, rows) : z.NEVER;
  });
}

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

/** A date from `<input type="date">`, in the years `DATE_YEARS`. */
const plainDate = (message = "bookingAdmin.form.date") =>
  z.string({ error: "form.required" }).trim().min(1, "form.required")
    .pipe(z.iso.date(message)).refine(isWithinDateYears, message)
    .transform((text) => Temporal.PlainDate.from(text));

/**
 * A date and time from `<input type="datetime-local">` (seconds ignored),
 * in the years `DATE_YEARS`.
 */
const plainDateTime = () =>
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
const clockTime = () =>
  z.string({ error: "form.required" }).trim().min(1, "form.required")
    .transform((text, ctx) => {
      const minute = parseClock(text);
      if (minute === undefined || minute >= 1440) {
        ctx.addIssue({ code: "custom", message: "bookingAdmin.form.time" });
        return z.NEVER;
      }
      return minute;
    });

/** An empty select option means "no filter". */
const optionalChoice = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => value === "" ? undefined : value, schema.optional())
    .catch(undefined);

/** The bookings list's filters from the query string; bad values are dropped. */
export const bookingFiltersQuery = z.object({
  status: optionalChoice(z.enum(["pending", "confirmed", "cancelled"])),
  staff: optionalChoice(z.uuid()),
  service: optionalChoice(z.uuid()),
  from: optionalChoice(queryDate()),
  to: optionalChoice(queryDate()),
  q: optionalChoice(z.string().trim().min(1).max(200)),
  page: pageParam,
});

export type BookingFilters = z.infer<typeof bookingFiltersQuery>;

/** Which agenda to show, from the query string; bad values fall back. */
export const agendaQuery = z.object({
  staff: optionalChoice(z.uuid()),
  view: z.enum(["day", "week"]).catch("week"),
  date: optionalChoice(queryDate()),
});

/** Confirm or cancel from the detail page. */
export const statusChangeForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("confirm") }),
  z.object({ intent: z.literal("cancel"), reason: optionalText(500) }),
], { error: "form.invalid" });

/** A booking staff enter for a client. */
export const staffBookingForm = z.object({
  service: z.uuid({ error: "form.required" }),
  staff: z.uuid({ error: "form.required" }),
  date: plainDate(),
  time: clockTime(),
  name: requiredText(200),
  email: emailField(),
  phone: optionalText(50),
  note: optionalText(2000),
  locale: z.enum(["en", "de"], { error: "form.invalid" }),
});

const PRICE = /^(\d{1,7})(?:[.,](\d{1,2}))?$/;

/** A price in the currency's major unit ("49", "49.5", "49,90") as cents. */
export const priceCents = () =>
  z.string({ error: "form.required" }).trim().min(1, "form.required")
    .transform((text, ctx) => {
      const match = PRICE.exec(text);
      if (!match) {
        ctx.addIssue({ code: "custom", message: "bookingAdmin.form.price" });
        return z.NEVER;
      }
      return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
    });

/** The checkbox of a staff member who performs the service. */
export function performerField(staffId: string): string {
  return `staff_${staffId}`;
}

const PERFORMER_FIELD = /^staff_(.+)$/;

const serviceFields = z.object({
  nameEn: requiredText(120),
  nameDe: requiredText(120),
  descriptionEn: optionalText(2000),
  descriptionDe: optionalText(2000),
  durationMinutes: wholeNumber(5, 720),
  bufferMinutes: wholeNumber(0, 240),
  price: priceCents(),
  currency: z.string({ error: "form.required" }).trim().toUpperCase()
    .regex(/^[A-Z]{3}$/, "bookingAdmin.form.currency"),
  position: wholeNumber(-9999, 9999),
  active: checkbox(),
});

/** The service form; each checked `staff_<id>` box is a performer. */
export const serviceForm = formWithRows(
  serviceFields,
  (fields, ctx) => {
    const staffIds: string[] = [];
    for (const [name, value] of Object.entries(fields)) {
      const id = PERFORMER_FIELD.exec(name)?.[1];
      if (id === undefined || value !== "on") continue;
      if (z.uuid().safeParse(id).success) staffIds.push(id);
      else {
        ctx.addIssue({
          code: "custom",
          path: ["staff"],
          message: "form.invalid",
        });
      }
    }
    return staffIds;
  },
  (form, staffIds): ServiceInput => ({
    nameEn: form.nameEn,
    nameDe: form.nameDe,
    descriptionEn: form.descriptionEn ?? "",
    descriptionDe: form.descriptionDe ?? "",
    durationMinutes: form.durationMinutes,
    bufferMinutes: form.bufferMinutes,
    priceCents: form.price,
    currency: form.currency,
    position: form.position,
    active: form.active,
    staffIds,
  }),
);

/** A stored service as the values of its form (the price in major units). */
export function serviceFormValues(
  service: Service,
  staffIds: string[],
  locale: Locale,
): FormValues {
  const price = (service.price_cents / 100).toFixed(2);
  return {
    nameEn: service.name_en,
    nameDe: service.name_de,
    descriptionEn: service.description_en,
    descriptionDe: service.description_de,
    durationMinutes: String(service.duration_minutes),
    bufferMinutes: String(service.buffer_minutes),
    price: locale === "de" ? price.replace(".", ",") : price,
    currency: service.currency,
    position: String(service.position),
    ...(service.active ? { active: "on" } : {}),
    ...Object.fromEntries(staffIds.map((id) => [performerField(id), "on"])),
  };
}

/** Switching a service off or on from its page. */
export const serviceActiveForm = z.object({
  intent: z.enum(["activate", "deactivate"], { error: "form.invalid" }),
});

/** The field names of working-hours row `row` of a weekday. */
export function hoursFieldNames(weekday: number, row: number) {
  return { start: `start${weekday}_${row}`, end: `end${weekday}_${row}` };
}

const HOURS_FIELD = /^start([1-7])_(\d{1,2})$/;

/**
 * The working-hours form: for each weekday rows of `HH:MM` start and end
 * (`start3_0`, `end3_0`, …). Empty rows are skipped; an end of 00:00 means
 * midnight at the end of the day. Errors are reported per weekday.
 */
export const weeklyHoursForm = z.record(z.string(), z.unknown())
  .transform((fields, ctx): WeeklyRange[] => {
    const text = (name: string) =>
      typeof fields[name] === "string" ? (fields[name] as string).trim() : "";
    const ranges: WeeklyRange[] = [];
    const invalid = new Set<number>();
    for (const name of Object.keys(fields).sort()) {
      const match = HOURS_FIELD.exec(name);
      if (!match) continue;
      const weekday = Number(match[1]);
      const names = hoursFieldNames(weekday, Number(match[2]));
      const [start, end] = [text(names.start), text(names.end)];
      if (!start && !end) continue;
      const startMinute = parseClock(start);
      const endMinute = end === "00:00" ? 1440 : parseClock(end);
      if (
        startMinute === undefined || endMinute === undefined ||
        startMinute >= 1440
      ) {
        invalid.add(weekday);
        continue;
      }
      ranges.push({ weekday, startMinute, endMinute });
    }
    for (const weekday of [...invalid].sort()) {
      ctx.addIssue({
        code: "custom",
        path: [weekdayField(weekday)],
        message: "bookingAdmin.hours.invalidTime",
      });
    }
    return ranges;
  });

/** Adding time off: start and end as wall clock in the business zone. */
export const timeOffForm = z.object({
  intent: z.literal("addTimeOff"),
  start: plainDateTime(),
  end: plainDateTime(),
  reason: optionalText(200),
});

/** Deleting one time-off entry. */
export const deleteTimeOffForm = z.object({
  intent: z.literal("deleteTimeOff"),
  id: z.uuid("form.invalid"),
});

/** The field names of link row `row` in the header or footer list. */
export function linkFieldNames(list: "header" | "footer", row: number) {
  return {
    label: `${list}Label_${row}`,
    url: `${list}Url_${row}`,
    error: `${list}Link_${row}`,
  };
}

const MAX_LINKS = 10;

function linkRows(
  list: "header" | "footer",
  fields: Record<string, unknown>,
  ctx: z.RefinementCtx,
): BookingLink[] {
  const links: BookingLink[] = [];
  for (let row = 0; row < MAX_LINKS; row++) {
    const names = linkFieldNames(list, row);
    const label = String(fields[names.label] ?? "").trim();
    const url = String(fields[names.url] ?? "").trim();
    if (!label && !url) continue;
    const problem = !label || !url
      ? "bookingAdmin.settings.linkIncomplete"
      : label.length > 60 || url.length > 500
      ? "bookingAdmin.settings.linkTooLong"
      : !(url.startsWith("/") || /^https?:\/\/\S+$/.test(url))
      ? "bookingAdmin.settings.linkUrlInvalid"
      : undefined;
    if (problem) {
      ctx.addIssue({ code: "custom", path: [names.error], message: problem });
    } else links.push({ label, url });
  }
  return links;
}

const settingsFields = z.object({
  timeZone: z.string({ error: "form.required" }).refine(
    isBusinessTimeZone,
    "bookingAdmin.settings.timeZoneUnknown",
  ),
  minNoticeMinutes: wholeNumber(0, 60 * 24 * 30),
  horizonDays: wholeNumber(1, 365),
  slotStepMinutes: wholeNumber(5, 240),
  autoConfirm: checkbox(),
  cancelCutoffHours: wholeNumber(0, 24 * 30),
});

/**
 * The booking settings form; link rows are `headerLabel_0`,
 * `headerUrl_0`, …
 */
export const bookingSettingsForm = formWithRows(
  settingsFields,
  (fields, ctx) => ({
    headerLinks: linkRows("header", fields, ctx),
    footerLinks: linkRows("footer", fields, ctx),
  }),
  (form, links): BookingSettings => ({ ...form, ...links }),
);

/** How many link rows the settings form offers (the stored ones plus spare). */
export function linkRowCount(stored: number): number {
  return Math.min(MAX_LINKS, stored + 2);
}

/** Stored settings as the values of the settings form. */
export function settingsFormValues(settings: BookingSettings): FormValues {
  const values: FormValues = {
    timeZone: settings.timeZone,
    minNoticeMinutes: String(settings.minNoticeMinutes),
    horizonDays: String(settings.horizonDays),
    slotStepMinutes: String(settings.slotStepMinutes),
    cancelCutoffHours: String(settings.cancelCutoffHours),
  };
  if (settings.autoConfirm) values.autoConfirm = "on";
  for (const list of ["header", "footer"] as const) {
    settings[`${list}Links`].forEach((link, row) => {
      const names = linkFieldNames(list, row);
      values[names.label] = link.label;
      values[names.url] = link.url;
    });
  }
  return values;
}

/** Stored weekly hours as the values of the hours form. */
export function weeklyHoursFormValues(ranges: WeeklyRange[]): FormValues {
  const values: FormValues = {};
  const rowOf: Record<number, number> = {};
  for (const range of ranges) {
    const row = rowOf[range.weekday] = (rowOf[range.weekday] ?? -1) + 1;
    const names = hoursFieldNames(range.weekday, row);
    values[names.start] = formatClock(range.startMinute);
    values[names.end] = formatClock(range.endMinute % 1440);
  }
  return values;
}

/**
 * How many rows a weekday of the hours form shows: those with values, one
 * spare for another range, at least two (forms work without JavaScript,
 * so rows cannot be added in the browser).
 */
export function hoursRowCount(values: FormValues, weekday: number): number {
  let used = 0;
  for (const name of Object.keys(values)) {
    const match = HOURS_FIELD.exec(name);
    if (match && Number(match[1]) === weekday && values[name]) {
      used = Math.max(used, Number(match[2]) + 1);
    }
  }
  return Math.max(2, used + 1);
}
