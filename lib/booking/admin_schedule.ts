/**
 * Staff schedules: weekly working hours (several ranges a weekday, in the
 * business time zone) and time off. The database forbids overlapping
 * ranges of one weekday; the check here comes first so the form can say
 * which weekday is wrong.
 */
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import type { StaffRole } from "../db/schema.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { formatClock } from "./wall_clock.ts";

/** One working-hours range, minutes after midnight in the business zone. */
export interface WeeklyRange {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  startMinute: number;
  endMinute: number;
}

export interface TimeOffEntry {
  id: string;
  startsAt: Date;
  endsAt: Date;
  reason: string | null;
}

/** A row of the staff schedules list. */
export interface StaffScheduleRow {
  id: string;
  name: string;
  role: StaffRole;
  active: boolean;
  ranges: WeeklyRange[];
  /** Time off that has not ended yet. */
  upcomingTimeOff: number;
}

/** One staff member's schedule for the editor. */
export interface StaffSchedule {
  member: { id: string; name: string; active: boolean };
  ranges: WeeklyRange[];
  /** Time off that has not ended yet, earliest first. */
  timeOff: TimeOffEntry[];
}

const rangeColumns = [
  "staff_id",
  "weekday",
  "start_minute as startMinute",
  "end_minute as endMinute",
] as const;

/** Every staff member with their weekly hours and how much time off lies ahead. */
export async function listStaffSchedules(
  db: Database,
  now: Date,
): Promise<StaffScheduleRow[]> {
  const [staff, ranges, timeOff] = await Promise.all([
    db.selectFrom("staff").select(["id", "name", "role", "active"])
      .orderBy("active", "desc").orderBy("name").orderBy("id").execute(),
    db.selectFrom("availability").select(rangeColumns)
      .orderBy("weekday").orderBy("start_minute").execute(),
    db.selectFrom("time_off").select("staff_id")
      .where("ends_at", ">", now).execute(),
  ]);
  return staff.map((member) => ({
    ...member,
    ranges: ranges.filter((r) => r.staff_id === member.id)
      .map(({ staff_id: _staffId, ...range }) => range),
    upcomingTimeOff: timeOff.filter((t) => t.staff_id === member.id).length,
  }));
}

/** One staff member's hours and coming time off, or NotFoundError. */
export async function getStaffSchedule(
  db: Database,
  staffId: string,
  now: Date,
): Promise<StaffSchedule> {
  const member = await db.selectFrom("staff").select(["id", "name", "active"])
    .where("id", "=", staffId).executeTakeFirst();
  if (!member) {
    throw new NotFoundError("Unknown staff member.", "STAFF_NOT_FOUND");
  }
  const [ranges, timeOff] = await Promise.all([
    db.selectFrom("availability").select(rangeColumns)
      .where("staff_id", "=", staffId)
      .orderBy("weekday").orderBy("start_minute").execute(),
    db.selectFrom("time_off")
      .select([
        "id",
        "starts_at as startsAt",
        "ends_at as endsAt",
        "reason",
      ])
      .where("staff_id", "=", staffId).where("ends_at", ">", now)
      .orderBy("starts_at").execute(),
  ]);
  return {
    member,
    ranges: ranges.map(({ staff_id: _staffId, ...range }) => range),
    timeOff,
  };
}

/** The form field of a weekday's ranges, where its error is shown. */
export function weekdayField(weekday: number): string {
  return `day${weekday}`;
}

/**
 * Weekday fields whose ranges are empty or overlap each other; touching
 * ranges (09:00–12:00, 12:00–17:00) are fine, as in the database.
 */
export function invalidWeekdays(ranges: WeeklyRange[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (let weekday = 1; weekday <= 7; weekday++) {
    const day = ranges.filter((r) => r.weekday === weekday)
      .sort((a, b) => a.startMinute - b.startMinute);
    if (day.some((r) => r.endMinute <= r.startMinute)) {
      errors[weekdayField(weekday)] = "bookingAdmin.hours.endBeforeStart";
    } else if (
      day.some((r, i) => i > 0 && r.startMinute < day[i - 1].endMinute)
    ) {
      errors[weekdayField(weekday)] = "bookingAdmin.hours.overlap";
    }
  }
  return errors;
}

function isExclusionViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === "23P01";
}

/**
 * Replaces a staff member's weekly hours in one transaction. Empty or
 * overlapping ranges are a ValidationError and change nothing.
 */
export async function replaceWeeklyHours(
  db: Database,
  actor: Actor,
  staffId: string,
  ranges: WeeklyRange[],
  now: Date,
): Promise<void> {
  const errors = invalidWeekdays(ranges);
  if (Object.keys(errors).length) {
    throw new ValidationError(errors, "Working hours overlap.");
  }
  try {
    await inTransaction(db, async (tx) => {
      const member = await tx.selectFrom("staff").select("name")
        .where("id", "=", staffId).forUpdate().executeTakeFirst();
      if (!member) {
        throw new NotFoundError("Unknown staff member.", "STAFF_NOT_FOUND");
      }
      await tx.deleteFrom("availability").where("staff_id", "=", staffId)
        .execute();
      if (ranges.length) {
        await tx.insertInto("availability").values(ranges.map((range) => ({
          staff_id: staffId,
          weekday: range.weekday,
          start_minute: range.startMinute,
          end_minute: range.endMinute,
        }))).execute();
      }
      await recordAudit(tx, actor, "availability.replace", "staff", staffId, {
        label: member.name,
        ranges: ranges.map((r) =>
          `${r.weekday} ${formatClock(r.startMinute)}–${
            formatClock(r.endMinute)
          }`
        ),
      }, now);
    });
  } catch (error) {
    // The check above covers this; the constraint is the last word if it misses.
    if (isExclusionViolation(error)) {
      throw new ValidationError(
        { _form: "bookingAdmin.hours.overlap" },
        "Working hours overlap.",
      );
    }
    throw error;
  }
}

/** Adds time off for a staff member; returns its id. */
export async function addTimeOff(
  db: Database,
  actor: Actor,
  staffId: string,
  entry: { startsAt: Date; endsAt: Date; reason?: string },
  now: Date,
): Promise<string> {
  if (entry.endsAt.getTime() <= entry.startsAt.getTime()) {
    throw new ValidationError(
      { end: "bookingAdmin.timeOff.endBeforeStart" },
      "Time off must end after it starts.",
    );
  }
  return await inTransaction(db, async (tx) => {
    const member = await tx.selectFrom("staff").select("name")
      .where("id", "=", staffId).executeTakeFirst();
    if (!member) {
      throw new NotFoundError("Unknown staff member.", "STAFF_NOT_FOUND");
    }
    const { id } = await tx.insertInto("time_off").values({
      staff_id: staffId,
      starts_at: entry.startsAt,
      ends_at: entry.endsAt,
      reason: entry.reason ?? null,
    }).returning("id").executeTakeFirstOrThrow();
    await recordAudit(tx, actor, "time_off.create", "staff", staffId, {
      label: member.name,
      startsAt: entry.startsAt.toISOString(),
      endsAt: entry.endsAt.toISOString(),
      reason: entry.reason ?? null,
    }, now);
    return id;
  });
}

/** Deletes one time-off entry of a staff member, or NotFoundError. */
export async function deleteTimeOff(
  db: Database,
  actor: Actor,
  staffId: string,
  timeOffId: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const removed = await tx.deleteFrom("time_off")
      .where("id", "=", timeOffId).where("staff_id", "=", staffId)
      .returning(["starts_at", "ends_at"]).executeTakeFirst();
    if (!removed) {
      throw new NotFoundError("Unknown time off.", "TIME_OFF_NOT_FOUND");
    }
    await recordAudit(tx, actor, "time_off.delete", "staff", staffId, {
      startsAt: removed.starts_at.toISOString(),
      endsAt: removed.ends_at.toISOString(),
    }, now);
  });
}
