/**
 * The field names of the booking admin forms with repeated rows, shared by
 * the components that draw the rows and the schemas that read them back
 * (routes/admin/booking/(_shared)/forms.ts).
 */
import type { FormValues } from "@/lib/http/forms.ts";
import type { NumberFieldSpec } from "../NumberFieldRow.tsx";

/** The checkbox of a staff member who performs the service. */
export function performerField(staffId: string): string {
  return `staff_${staffId}`;
}

/** The staff id of a performer checkbox's name, if it is one. */
export function performerOf(name: string): string | undefined {
  return /^staff_(.+)$/.exec(name)?.[1];
}

/** The field names of working-hours row `row` of a weekday. */
export function hoursFieldNames(weekday: number, row: number) {
  return { start: `start${weekday}_${row}`, end: `end${weekday}_${row}` };
}

/** The weekday and row of a working-hours start field's name, if it is one. */
export function hoursRowOf(
  name: string,
): { weekday: number; row: number } | undefined {
  const match = /^start([1-7])_(\d{1,2})$/.exec(name);
  return match
    ? { weekday: Number(match[1]), row: Number(match[2]) }
    : undefined;
}

/**
 * How many rows a weekday of the hours form shows: those with values, one
 * spare for another range, at least two (forms work without JavaScript,
 * so rows cannot be added in the browser).
 */
export function hoursRowCount(values: FormValues, weekday: number): number {
  let used = 0;
  for (const name of Object.keys(values)) {
    const field = hoursRowOf(name);
    if (field?.weekday === weekday && values[name]) {
      used = Math.max(used, field.row + 1);
    }
  }
  return Math.max(2, used + 1);
}

/** The most link rows the booking settings keep per list. */
export const MAX_LINKS = 10;

/** The field names of link row `row` in the header or footer list. */
export function linkFieldNames(list: "header" | "footer", row: number) {
  return {
    label: `${list}Label_${row}`,
    url: `${list}Url_${row}`,
    error: `${list}Link_${row}`,
  };
}

/** How many link rows the settings form offers (the stored ones plus spare). */
export function linkRowCount(stored: number): number {
  return Math.min(MAX_LINKS, stored + 2);
}

/**
 * Minimum notice and horizon: the business-wide settings and each
 * service's own (empty there: the business-wide value).
 */
export const BOOKING_WINDOW_FIELDS: NumberFieldSpec[] = [
  [
    "minNoticeMinutes",
    "bookingAdmin.settings.minNotice",
    "bookingAdmin.settings.minNoticeHint",
  ],
  [
    "horizonDays",
    "bookingAdmin.settings.horizon",
    "bookingAdmin.settings.horizonHint",
  ],
];
