/**
 * Loads what slot computation needs for one service from the database:
 * the qualified active staff, their weekly hours, time off and bookings in
 * the searched days, and hands it to `computeSlots`.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import type { Service } from "../db/schema.ts";
import { NotFoundError } from "../errors.ts";
import { dateIn } from "../wall_clock.ts";
import type { BookingSettings } from "./settings.ts";
import { computeSlots, type Slot, type StaffSchedule } from "./slots.ts";
import { closedDates } from "./closed_days.ts";

export interface SlotSearch {
  serviceId: string;
  /** A staff id, or "any" for whoever is free. */
  staff: string;
  from: Temporal.PlainDate;
  days: number;
  /** A booking being moved: its own time counts as free. */
  ignoreBookingId?: string;
}

/** An active service or NotFoundError. */
export async function getActiveService(
  db: Database,
  serviceId: string,
): Promise<Service> {
  const service = await db.selectFrom("services").selectAll()
    .where("id", "=", serviceId).where("active", "=", true).executeTakeFirst();
  if (!service) {
    throw new NotFoundError("Unknown service.", "SERVICE_NOT_FOUND");
  }
  return service;
}

/** Active staff members who perform the service, by name. */
export async function listServiceStaff(
  db: Database,
  serviceId: string,
): Promise<{ id: string; name: string }[]> {
  return await db.selectFrom("staff")
    .innerJoin("staff_services", "staff_services.staff_id", "staff.id")
    .select(["staff.id", "staff.name"])
    .where("staff_services.service_id", "=", serviceId)
    .where("staff.active", "=", true)
    .orderBy("staff.name")
    .execute();
}

/** Start of a day in the business zone, epoch ms. */
export function startOfDay(date: Temporal.PlainDate, timeZone: string): number {
  return date.toZonedDateTime({ timeZone }).epochMilliseconds;
}

/** Schedules of the staff who may take the search, with busy times loaded. */
/** A staff member's date rows as the slot computation reads them. */
function dateRangesOf(
  rows: {
    date: Date;
    start_minute: number | null;
    end_minute: number | null;
  }[],
): NonNullable<StaffSchedule["dateRanges"]> {
  const byDate: NonNullable<StaffSchedule["dateRanges"]> = {};
  for (const row of rows) {
    const ranges = byDate[row.date.toISOString().slice(0, 10)] ??= [];
    // A row without times only marks the date as off.
    if (row.start_minute !== null && row.end_minute !== null) {
      ranges.push({ startMinute: row.start_minute, endMinute: row.end_minute });
    }
  }
  return byDate;
}

export async function loadSchedules(
  db: Database,
  search: SlotSearch,
  timeZone: string,
): Promise<StaffSchedule[]> {
  const qualified = await listServiceStaff(db, search.serviceId);
  const staffIds = search.staff === "any"
    ? qualified.map((s) => s.id)
    : qualified.filter((s) => s.id === search.staff).map((s) => s.id);
  if (search.staff !== "any" && staffIds.length === 0) {
    throw new NotFoundError("Unknown staff member.", "STAFF_NOT_FOUND");
  }
  if (staffIds.length === 0) return [];
  const from = new Date(startOfDay(search.from, timeZone));
  const to = new Date(
    startOfDay(search.from.add({ days: search.days }), timeZone),
  );
  const [ranges, dateHours, timeOff, bookings] = await Promise.all([
    db.selectFrom("availability")
      .select(["staff_id", "weekday", "start_minute", "end_minute"])
      .where("staff_id", "in", staffIds).execute(),
    db.selectFrom("staff_date_hours")
      .select(["staff_id", "date", "start_minute", "end_minute"])
      .where("staff_id", "in", staffIds)
      .where("date", ">=", sql<Date>`${search.from.toString()}::date`)
      .where(
        "date",
        "<",
        sql<Date>`${search.from.add({ days: search.days }).toString()}::date`,
      )
      .execute(),
    // Time off and the last known busy times of connected calendars
    // (lib/calendars/caldav.ts) block alike: one query for both.
    db.selectFrom("time_off").select(["staff_id", "starts_at", "ends_at"])
      .where("staff_id", "in", staffIds)
      .where("ends_at", ">", from).where("starts_at", "<", to)
      .unionAll(
        db.selectFrom("caldav_busy").select([
          "staff_id",
          "starts_at",
          "ends_at",
        ])
          .where("staff_id", "in", staffIds)
          .where("ends_at", ">", from).where("starts_at", "<", to),
      ).execute(),
    // Busy times that reach into the days, as the exclusion constraint's
    // index holds them.
    db.selectFrom("bookings")
      .select(["staff_id", "starts_at", "blocked_from", "blocked_until"])
      .where("staff_id", "in", staffIds)
      .where("status", "<>", "cancelled")
      .$if(
        !!search.ignoreBookingId,
        (qb) => qb.where("id", "<>", search.ignoreBookingId!),
      )
      .where(
        sql<
          boolean
        >`tstzrange(blocked_from, blocked_until) && tstzrange(${from}, ${to})`,
      ).execute(),
  ]);
  return staffIds.map((staffId) => ({
    staffId,
    ranges: ranges.filter((r) => r.staff_id === staffId).map((r) => ({
      weekday: r.weekday,
      startMinute: r.start_minute,
      endMinute: r.end_minute,
    })),
    dateRanges: dateRangesOf(dateHours.filter((d) => d.staff_id === staffId)),
    timeOff: timeOff.filter((t) => t.staff_id === staffId)
      .map((t) => ({ start: t.starts_at.getTime(), end: t.ends_at.getTime() })),
    bookings: bookings.filter((b) => b.staff_id === staffId)
      .map((b) => ({
        start: b.blocked_from.getTime(),
        end: b.blocked_until.getTime(),
        startsAt: b.starts_at.getTime(),
      })),
  }));
}

/** Free times for a service (and a staff member or "any") over some days. */
export async function findFreeSlots(
  db: Database,
  settings: BookingSettings,
  search: SlotSearch,
  now: Date,
  options: { service?: Service } = {},
): Promise<Slot[]> {
  const service = options.service ??
    await getActiveService(db, search.serviceId);
  const staff = await loadSchedules(db, search, settings.timeZone);
  return slotsFor(settings, search, now, service, staff);
}

/** The booking rules of a service: its own, else the business-wide ones. */
export function serviceRules(settings: BookingSettings, service: Service) {
  return {
    minNoticeMinutes: service.min_notice_minutes ?? settings.minNoticeMinutes,
    horizonDays: service.horizon_days ?? settings.horizonDays,
    maxPerDay: service.max_per_day ?? undefined,
    bufferBeforeMinutes: service.buffer_before_minutes ??
      settings.bufferBeforeMinutes,
    bufferMinutes: service.buffer_minutes ?? settings.bufferAfterMinutes,
  };
}

/**
 * When an appointment of `service` starting at `start` ends, and the
 * staff member's busy time around it: from its buffer before to the end
 * of its buffer after.
 */
export function bookingSpan(
  settings: BookingSettings,
  service: Service,
  start: Date,
): { endsAt: Date; blockedFrom: Date; blockedUntil: Date } {
  const at = start.getTime();
  const rules = serviceRules(settings, service);
  const endsAt = at + service.duration_minutes * 60_000;
  return {
    endsAt: new Date(endsAt),
    blockedFrom: new Date(at - rules.bufferBeforeMinutes * 60_000),
    blockedUntil: new Date(endsAt + rules.bufferMinutes * 60_000),
  };
}

/** `computeSlots` for a search whose schedules are already loaded. */
export function slotsFor(
  settings: BookingSettings,
  search: SlotSearch,
  now: Date,
  service: Service,
  staff: StaffSchedule[],
): Slot[] {
  return computeSlots({
    timeZone: settings.timeZone,
    from: search.from,
    days: search.days,
    now: now.getTime(),
    ...serviceRules(settings, service),
    stepMinutes: settings.slotStepMinutes,
    durationMinutes: service.duration_minutes,
    staff,
    closedDates: closedDates(settings, search.from, search.days),
  });
}

/** Up to `count` free times nearest to `around`, in order (for a 409 page). */
export async function nearestFreeSlots(
  db: Database,
  settings: BookingSettings,
  search: Omit<SlotSearch, "from" | "days">,
  around: Date,
  now: Date,
  service: Service,
  count = 5,
): Promise<Slot[]> {
  // The same day usually has enough; only then look three days around.
  const day = dateIn(around, settings.timeZone);
  let slots = await findFreeSlots(
    db,
    settings,
    {
      ...search,
      from: day,
      days: 1,
    },
    now,
    { service },
  );
  if (slots.length < count) {
    slots = await findFreeSlots(
      db,
      settings,
      {
        ...search,
        from: day.subtract({ days: 3 }),
        days: 7,
      },
      now,
      { service },
    );
  }
  return slots
    .sort((a, b) =>
      Math.abs(a.start - around.getTime()) -
      Math.abs(b.start - around.getTime())
    )
    .slice(0, count)
    .sort((a, b) => a.start - b.start);
}
