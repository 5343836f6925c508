/**
 * The SlotPicker's props for one month of free times: used by the booking
 * page, the client's reschedule page and staff's reschedule page, which
 * differ only in whose times they ask for and where the links lead.
 */
import type { Database } from "@/lib/db/database.ts";
import type { Service } from "@/lib/db/schema.ts";
import type { BookingSettings } from "@/lib/booking/settings.ts";
import { findFreeSlots, serviceRules } from "@/lib/booking/availability.ts";
import { dateIn } from "@/lib/wall_clock.ts";
import { formatDate, type Locale, type Translate } from "@/lib/i18n/mod.ts";
import type { SlotPickerProps } from "@/islands/SlotPicker.tsx";

export interface PickerRequest {
  service: Service;
  /** A staff id, or "any". */
  staff: string;
  /** `YYYY-MM` asked for; months before today's show today's. */
  month?: string;
  /** `YYYY-MM-DD` asked for. */
  date?: string;
  /** The page's path and query that days, months and times add to. */
  linkBase: string;
  /** A booking being moved: its own time is free. */
  ignoreBookingId?: string;
  /** Extra query for the slots API (the manage token of a moved booking). */
  slotsQuery?: string;
  /** The zone times are shown in: the visitor's, else the business zone. */
  displayZone?: string;
}

/**
 * The first day from `from` on with a free time, within the horizon; an
 * empty month links to it instead of leaving the visitor to page on.
 */
async function nextAvailableDay(
  db: Database,
  settings: BookingSettings,
  request: PickerRequest,
  from: Temporal.PlainDate,
  now: Date,
): Promise<Date | undefined> {
  const last = dateIn(now, settings.timeZone).add({
    days: serviceRules(settings, request.service).horizonDays,
  });
  const days = from.until(last).days + 1;
  if (days < 1) return undefined;
  const [first] = await findFreeSlots(
    db,
    settings,
    {
      serviceId: request.service.id,
      staff: request.staff,
      from,
      days,
      ignoreBookingId: request.ignoreBookingId,
    },
    now,
    { service: request.service },
  );
  return first && new Date(first.start);
}

/** Loads the month's free times and labels them for the picker. */
export async function slotPicker(
  db: Database,
  settings: BookingSettings,
  view: { t: Translate; locale: Locale; now: Date },
  request: PickerRequest,
): Promise<SlotPickerProps> {
  const { t, locale, now } = view;
  const shownZone = request.displayZone ?? settings.timeZone;
  const today = dateIn(now, settings.timeZone);
  const firstMonth = today.toString().slice(0, 7);
  const shown = request.month && request.month >= firstMonth
    ? request.month
    : firstMonth;
  const monthStart = Temporal.PlainDate.from(`${shown}-01`);
  const from = Temporal.PlainDate.compare(monthStart, today) < 0
    ? today
    : monthStart;
  const days = monthStart.daysInMonth - from.day + 1;
  const slots = await findFreeSlots(db, settings, {
    serviceId: request.service.id,
    staff: request.staff,
    from,
    days,
    ignoreBookingId: request.ignoreBookingId,
  }, now);
  const starts = slots.map((slot) => new Date(slot.start).toISOString());
  const nextStart = slots.length ? undefined : await nextAvailableDay(
    db,
    settings,
    request,
    monthStart.add({ months: 1 }),
    now,
  );
  const next = nextStart && dateIn(nextStart, shownZone);
  const firstDay = slots.length
    ? dateIn(new Date(slots[0].start), shownZone).toString()
    : null;
  const query = new URLSearchParams({
    service: request.service.id,
    staff: request.staff,
  });
  return {
    linkBase: request.linkBase,
    slotsUrl: `/booking/api/slots?${query}${request.slotsQuery ?? ""}`,
    month: shown,
    selectedDate: request.date ?? firstDay,
    slots: starts,
    timeZone: shownZone,
    locale,
    firstMonth,
    nextAvailable: next && {
      month: next.toString().slice(0, 7),
      date: next.toString(),
      label: t("booking.nextAvailable", {
        date: formatDate(locale, nextStart, shownZone),
      }),
    },
    labels: {
      prev: t("booking.prevMonth"),
      next: t("booking.nextMonth"),
      noTimes: t("booking.noTimes"),
      noTimesMonth: t("booking.noTimesMonth"),
      pickDay: t("booking.pickDay"),
    },
  };
}
