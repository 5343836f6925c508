/**
 * Hours of a staff member on particular dates: other hours than the
 * weekly ones (a late shift, a short day) or none at all (a day off),
 * set per date and replacing that date's entry as a whole.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { formatClock } from "../wall_clock.ts";

export interface DayRange {
  startMinute: number;
  endMinute: number;
}

/** One date's hours as admin lists them; no ranges is a day off. */
export interface DateHours {
  date: string;
  ranges: DayRange[];
}

/**
 * Why ranges cannot be a day's hours (a message key), or undefined:
 * a range ending at or before its start, or two that overlap (touching is
 * fine, as in the weekly hours).
 */
export function dayRangesProblem(ranges: DayRange[]): string | undefined {
  const sorted = [...ranges].sort((a, b) => a.startMinute - b.startMinute);
  if (sorted.some((r) => r.endMinute <= r.startMinute)) {
    return "bookingAdmin.hours.endBeforeStart";
  }
  if (sorted.some((r, i) => i > 0 && r.startMinute < sorted[i - 1].endMinute)) {
    return "bookingAdmin.hours.overlap";
  }
  return undefined;
}

/** A staff member's dated hours from `from` (a `YYYY-MM-DD`) on, by date. */
export async function listDateHours(
  db: Database,
  staffId: string,
  from: string,
): Promise<DateHours[]> {
  const rows = await db.selectFrom("staff_date_hours")
    .select(["date", "start_minute", "end_minute"])
    .where("staff_id", "=", staffId)
    .where("date", ">=", sql<Date>`${from}::date`)
    .orderBy("date").orderBy("start_minute").execute();
  const byDate = new Map<string, DayRange[]>();
  for (const row of rows) {
    const date = row.date.toISOString().slice(0, 10);
    const ranges = byDate.get(date) ?? [];
    byDate.set(date, ranges);
    if (row.start_minute !== null && row.end_minute !== null) {
      ranges.push({ startMinute: row.start_minute, endMinute: row.end_minute });
    }
  }
  return [...byDate].map(([date, ranges]) => ({ date, ranges }));
}

/**
 * Sets a staff member's hours on `date` (no ranges: the day off),
 * replacing what the date had. Inverted or overlapping ranges are a
 * ValidationError and change nothing.
 */
export async function setDateHours(
  db: Database,
  actor: Actor,
  staffId: string,
  date: string,
  ranges: DayRange[],
  now: Date,
): Promise<void> {
  const problem = dayRangesProblem(ranges);
  if (problem) {
    throw new ValidationError({ dateRanges: problem }, "Bad hours.");
  }
  await inTransaction(db, async (tx) => {
    const member = await tx.selectFrom("staff").select("name")
      .where("id", "=", staffId).forUpdate().executeTakeFirst();
    if (!member) {
      throw new NotFoundError("Unknown staff member.", "STAFF_NOT_FOUND");
    }
    await tx.deleteFrom("staff_date_hours").where("staff_id", "=", staffId)
      .where("date", "=", sql<Date>`${date}::date`).execute();
    await tx.insertInto("staff_date_hours").values(
      ranges.length
        ? ranges.map((range) => ({
          staff_id: staffId,
          date,
          start_minute: range.startMinute,
          end_minute: range.endMinute,
        }))
        : [{ staff_id: staffId, date, start_minute: null, end_minute: null }],
    ).execute();
    await recordAudit(tx, actor, "date_hours.set", "staff", staffId, {
      label: member.name,
      date,
      ranges: ranges.map((r) =>
        `${formatClock(r.startMinute)}–${formatClock(r.endMinute)}`
      ),
    }, now);
  });
}

/** Gives `date` back to the weekly hours. */
export async function clearDateHours(
  db: Database,
  actor: Actor,
  staffId: string,
  date: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const removed = await tx.deleteFrom("staff_date_hours")
      .where("staff_id", "=", staffId)
      .where("date", "=", sql<Date>`${date}::date`)
      .returning("id").execute();
    if (!removed.length) {
      throw new NotFoundError("No hours on that date.", "DATE_HOURS_NOT_FOUND");
    }
    await recordAudit(tx, actor, "date_hours.clear", "staff", staffId, {
      date,
    }, now);
  });
}
