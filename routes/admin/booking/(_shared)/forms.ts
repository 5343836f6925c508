/**
 * The booking admin forms as zod schemas: what staff type (text in the
 * business time zone, prices in the currency's major unit, repeated rows)
 * becomes the typed input of the admin functions. Messages are catalog
 * keys, so errors show in the user's language beside the field.
 */
import { z } from "zod";
import {
  checkbox,
  emailField,
  type FormValues,
  optionalText,
  requiredText,
} from "@/lib/http/forms.ts";
import {
  amountCents,
  amountText,
  clockTime,
  currencyCode,
  formWithRows,
  localeChoice,
  optionalChoice,
  optionalWholeNumber,
  plainDate,
  plainDateTime,
  wholeNumber,
} from "@/lib/http/form_fields.ts";
import { pageParam } from "@/lib/http/params.ts";
import { isWithinDateYears, queryDate } from "@/lib/validation.ts";
import {
  type ClosedRange,
  isHolidayRegion,
} from "@/lib/booking/closed_days.ts";
import type { Service, ServiceQuestion } from "@/lib/db/schema.ts";
import type { Locale } from "@/lib/i18n/mod.ts";
import type { BookingLink, BookingSettings } from "@/lib/booking/settings.ts";
import type { ServiceInput } from "@/lib/booking/admin_services.ts";
import {
  answerFields,
  QUESTION_KINDS,
  type QuestionInput,
} from "@/lib/booking/questions.ts";
import { type DayRange, dayRangesProblem } from "@/lib/booking/date_hours.ts";
import {
  weekdayField,
  type WeeklyRange,
} from "@/lib/booking/admin_schedule.ts";
import {
  businessTimeZones,
  formatClock,
  parseClock,
} from "@/lib/wall_clock.ts";
import {
  hoursFieldNames,
  hoursRowOf,
  linkFieldNames,
  MAX_LINKS,
  performerField,
  performerOf,
} from "@/components/booking/form_fields.ts";

function isBusinessTimeZone(zone: string): boolean {
  return businessTimeZones().includes(zone);
}

/** The bookings list's filters from the query string; bad values are dropped. */
export const bookingFiltersQuery = z.object({
  status: optionalChoice(
    z.enum(["pending", "confirmed", "cancelled", "completed", "no_show"]),
  ),
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

/** Confirm, cancel or record the outcome from the detail page. */
export const statusChangeForm = z.discriminatedUnion("intent", [
  // `back`: the page the change was made from (the dashboard), if not here.
  z.object({ intent: z.literal("confirm"), back: z.string().optional() }),
  z.object({ intent: z.literal("completed"), back: z.string().optional() }),
  z.object({ intent: z.literal("no_show"), back: z.string().optional() }),
  z.object({
    intent: z.literal("cancel"),
    reason: optionalText(500),
    back: z.string().optional(),
  }),
], { error: "form.invalid" });

/** A booking staff enter for a client. */
const staffBookingFields = z.object({
  service: z.uuid({ error: "form.required" }),
  staff: z.uuid({ error: "form.required" }),
  date: plainDate(),
  time: clockTime(),
  name: requiredText(200),
  email: emailField(),
  phone: optionalText(50),
  note: optionalText(2000),
  locale: localeChoice(),
  /** The service whose questions the form showed. */
  asked: z.string().optional(),
});

/**
 * The staff booking form for a service with `questions`: their answers are
 * checked as on the public form, and a form that did not show them (another
 * service was chosen) is sent back to ask them first.
 */
export function staffBookingForm(questions: ServiceQuestion[]) {
  // The answers' fields are named at run time (`bookingAnswers` reads
  // them), so the typed result keeps only the fixed fields.
  const answers = answerFields(questions) as Record<never, never>;
  return staffBookingFields.extend(answers).superRefine(
    (form, ctx) => {
      if (questions.length > 0 && form.asked !== form.service) {
        ctx.addIssue({
          code: "custom",
          path: [],
          message: "bookingAdmin.new.answerQuestions",
        });
      }
    },
  );
}

const serviceFields = z.object({
  nameEn: requiredText(120),
  nameDe: requiredText(120),
  descriptionEn: optionalText(2000),
  descriptionDe: optionalText(2000),
  durationMinutes: wholeNumber(5, 720),
  bufferMinutes: optionalWholeNumber(0, 240),
  bufferBeforeMinutes: optionalWholeNumber(0, 240),
  price: amountCents(),
  currency: currencyCode(),
  position: wholeNumber(-9999, 9999),
  active: checkbox(),
  // A form from before the field existed says nothing of a place.
  locationKind: z.preprocess(
    (value) => value ?? "none",
    z.enum(["none", "address", "phone", "video"], { error: "form.invalid" }),
  ),
  location: optionalText(500),
  minNoticeMinutes: optionalWholeNumber(0, 60 * 24 * 30),
  horizonDays: optionalWholeNumber(1, 365),
  maxPerDay: optionalWholeNumber(1, 100),
}).superRefine((form, ctx) => {
  const problem = form.locationKind === "none"
    ? undefined
    : !form.location
    ? "form.required"
    : form.locationKind === "video" && !/^https:\/\/\S+$/.test(form.location)
    ? "bookingAdmin.service.locationVideoInvalid"
    : undefined;
  if (problem) {
    ctx.addIssue({ code: "custom", path: ["location"], message: problem });
  }
});

/** The service form; each checked `staff_<id>` box is a performer. */
export const serviceForm = formWithRows(
  serviceFields,
  (fields, ctx) => {
    const staffIds: string[] = [];
    for (const [name, value] of Object.entries(fields)) {
      const id = performerOf(name);
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
    bufferBeforeMinutes: form.bufferBeforeMinutes,
    priceCents: form.price,
    currency: form.currency,
    position: form.position,
    active: form.active,
    locationKind: form.locationKind,
    location: form.location ?? "",
    minNoticeMinutes: form.minNoticeMinutes,
    horizonDays: form.horizonDays,
    maxPerDay: form.maxPerDay,
    staffIds,
  }),
);

/** A stored service as the values of its form (the price in major units). */
export function serviceFormValues(
  service: Service,
  staffIds: string[],
  locale: Locale,
): FormValues {
  return {
    nameEn: service.name_en,
    nameDe: service.name_de,
    descriptionEn: service.description_en,
    descriptionDe: service.description_de,
    durationMinutes: String(service.duration_minutes),
    bufferMinutes: service.buffer_minutes?.toString() ?? "",
    bufferBeforeMinutes: service.buffer_before_minutes?.toString() ?? "",
    price: amountText(service.price_cents, locale),
    currency: service.currency,
    position: String(service.position),
    locationKind: service.location_kind,
    location: service.location,
    minNoticeMinutes: service.min_notice_minutes?.toString() ?? "",
    horizonDays: service.horizon_days?.toString() ?? "",
    maxPerDay: service.max_per_day?.toString() ?? "",
    ...(service.active ? { active: "on" } : {}),
    ...Object.fromEntries(staffIds.map((id) => [performerField(id), "on"])),
  };
}

/** Switching a service off or on from its page. */
export const serviceActiveForm = z.object({
  intent: z.enum(["activate", "deactivate"], { error: "form.invalid" }),
});

/** How many options a choice question may offer, and how long each is. */
const MAX_OPTIONS = 20;
const OPTION_MAX = 100;

/**
 * A new question on a service: its label, kind, whether it must be
 * answered, and for a choice its options, one per line (blank lines and
 * repeats dropped; a choice needs at least two).
 */
export const questionForm = z.object({
  intent: z.literal("addQuestion"),
  questionLabel: requiredText(200),
  questionKind: z.enum(QUESTION_KINDS, { error: "form.invalid" }),
  questionOptions: z.string().optional(),
  questionRequired: checkbox(),
}).transform((form, ctx): QuestionInput => {
  const options = [
    ...new Set(
      (form.questionOptions ?? "").split("\n").map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
  if (form.questionKind === "choice") {
    if (options.length < 2 || options.length > MAX_OPTIONS) {
      ctx.addIssue({
        code: "custom",
        path: ["questionOptions"],
        message: "bookingAdmin.question.optionsCount",
        params: { max: MAX_OPTIONS },
      });
    } else if (options.some((option) => option.length > OPTION_MAX)) {
      ctx.addIssue({
        code: "custom",
        path: ["questionOptions"],
        message: "form.tooLong",
        params: { max: OPTION_MAX },
      });
    }
  }
  return {
    kind: form.questionKind,
    label: form.questionLabel,
    options: form.questionKind === "choice" ? options : [],
    required: form.questionRequired,
  };
});

export const removeQuestionForm = z.object({
  intent: z.literal("removeQuestion"),
  question: z.uuid({ error: "form.invalid" }),
});

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
      const field = hoursRowOf(name);
      if (!field) continue;
      const { weekday } = field;
      const names = hoursFieldNames(weekday, field.row);
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

/**
 * Hours on one date: ranges like `09:00-12:00, 14:00-17:00` (an end of
 * 00:00 is midnight), or nothing for a day off. Ranges that end before
 * they start or overlap are refused.
 */
export const dateHoursForm = z.object({
  intent: z.literal("setDateHours"),
  date: plainDate().transform((date) => date.toString()),
  dateRanges: z.string().optional(),
}).transform((form, ctx) => {
  const ranges: DayRange[] = [];
  for (const part of (form.dateRanges ?? "").split(",")) {
    if (!part.trim()) continue;
    const [start, end, extra] = part.split(/[-–]/).map((text) => text.trim());
    const startMinute = parseClock(start ?? "");
    const endMinute = end === "00:00" ? 1440 : parseClock(end ?? "");
    if (
      extra !== undefined || startMinute === undefined ||
      endMinute === undefined
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["dateRanges"],
        message: "bookingAdmin.dateHours.format",
      });
      return z.NEVER;
    }
    ranges.push({ startMinute, endMinute });
  }
  const problem = dayRangesProblem(ranges);
  if (problem) {
    ctx.addIssue({ code: "custom", path: ["dateRanges"], message: problem });
  }
  return { date: form.date, ranges };
});

/** Giving a date back to the weekly hours. */
export const clearDateHoursForm = z.object({
  intent: z.literal("clearDateHours"),
  date: z.iso.date("form.invalid"),
});

/** Deleting one time-off entry. */
export const deleteTimeOffForm = z.object({
  intent: z.literal("deleteTimeOff"),
  id: z.uuid("form.invalid"),
});

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
  // A form from before the field existed keeps no buffer.
  bufferBeforeMinutes: z.preprocess(
    (value) => value ?? "0",
    wholeNumber(0, 240),
  ),
  bufferAfterMinutes: z.preprocess(
    (value) => value ?? "0",
    wholeNumber(0, 240),
  ),
  autoConfirm: checkbox(),
  cancelCutoffHours: wholeNumber(0, 24 * 30),
  notifyEmail: z.preprocess(
    (value) => typeof value === "string" ? value.trim() : value,
    z.union([z.literal(""), emailField()]),
  ).default(""),
  // A form from before the field existed keeps English.
  notifyLocale: z.preprocess((value) => value ?? "en", localeChoice()),
  closedDays: z.preprocess(
    (value) => value ?? "",
    z.string().max(5000, "form.tooLong").transform(closedDayLines),
  ),
  holidayRegion: z.preprocess(
    (value) => value ?? "",
    z.string().refine(
      (region) => region === "" || isHolidayRegion(region),
      "form.invalid",
    ),
  ),
});

/**
 * The closed-days field: one date or range (`2027-12-24..2027-12-26`) a
 * line; a line that is neither, or a range that ends before it starts, is
 * an error naming that line.
 */
function closedDayLines(text: string, ctx: z.RefinementCtx): ClosedRange[] {
  const ranges: ClosedRange[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const [from, to = from, extra] = line.split(/\s*\.\.\s*/);
    const valid = extra === undefined &&
      [from, to].every((day) =>
        z.iso.date().safeParse(day).success && isWithinDateYears(day)
      );
    const problem = !valid
      ? "bookingAdmin.settings.closedDayInvalid"
      : Temporal.PlainDate.compare(
          Temporal.PlainDate.from(from),
          Temporal.PlainDate.from(to),
        ) > 0
      ? "bookingAdmin.settings.closedDayOrder"
      : undefined;
    if (problem) {
      ctx.addIssue({
        code: "custom",
        path: [],
        message: problem,
        params: { line: index + 1 },
      });
    } else ranges.push({ from, to });
  });
  if (ranges.length > 100) {
    ctx.addIssue({
      code: "custom",
      path: [],
      message: "bookingAdmin.settings.closedDayTooMany",
    });
  }
  return ranges;
}

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

/** Stored settings as the values of the settings form. */
export function settingsFormValues(settings: BookingSettings): FormValues {
  const values: FormValues = {
    timeZone: settings.timeZone,
    minNoticeMinutes: String(settings.minNoticeMinutes),
    horizonDays: String(settings.horizonDays),
    slotStepMinutes: String(settings.slotStepMinutes),
    bufferBeforeMinutes: String(settings.bufferBeforeMinutes),
    bufferAfterMinutes: String(settings.bufferAfterMinutes),
    cancelCutoffHours: String(settings.cancelCutoffHours),
    notifyEmail: settings.notifyEmail,
    notifyLocale: settings.notifyLocale,
    closedDays: settings.closedDays.map((range) =>
      range.from === range.to ? range.from : `${range.from}..${range.to}`
    ).join("\n"),
    holidayRegion: settings.holidayRegion,
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
