/**
 * Activity as trends rather than rows: portal sessions per day, active
 * clients (contacts with a session) per week, and the most visited portal
 * pages. Days and weeks are the business time zone's; weeks start Monday.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { dateIn } from "../wall_clock.ts";
import { type WeekPoint, weekStarts } from "../dashboard/overview.ts";

/** One day of a series: its date (ISO) and the day's value. */
export interface DayPoint {
  day: string;
  value: number;
}

/** Sessions started per day over the last `days` days, today included. */
export async function dailySessions(
  db: Database,
  query: { timeZone: string; days: number },
  now: Date,
): Promise<DayPoint[]> {
  const today = dateIn(now, query.timeZone);
  const first = today.subtract({ days: query.days - 1 });
  const rows = await db.selectFrom("activity_sessions as s")
    .select((eb) => [
      sql<
        string
      >`to_char(s.started_at at time zone ${query.timeZone}, 'YYYY-MM-DD')`
        .as("day"),
      eb.fn.countAll<string>().as("value"),
    ])
    .where(
      "s.started_at",
      ">=",
      new Date(
        first.toZonedDateTime({ timeZone: query.timeZone }).epochMilliseconds,
      ),
    )
    .where("s.started_at", "<=", now)
    .groupBy("day").execute();
  const byDay = new Map(rows.map((row) => [row.day, Number(row.value)]));
  return Array.from({ length: query.days }, (_, i) => {
    const day = first.add({ days: i }).toString();
    return { day, value: byDay.get(day) ?? 0 };
  });
}

/** Contacts with at least one session, per week, over the last `weeks` weeks. */
export async function weeklyActiveClients(
  db: Database,
  query: { timeZone: string; weeks: number },
  now: Date,
): Promise<WeekPoint[]> {
  const starts = weekStarts(now, query.timeZone, query.weeks);
  const rows = await db.selectFrom("activity_sessions as s")
    .select([
      sql<
        string
      >`to_char(date_trunc('week', s.started_at at time zone ${query.timeZone}), 'YYYY-MM-DD')`
        .as("week"),
      sql<string>`count(distinct s.contact_id)`.as("value"),
    ])
    .where(
      "s.started_at",
      ">=",
      new Date(
        starts[0].toZonedDateTime({ timeZone: query.timeZone })
          .epochMilliseconds,
      ),
    )
    .where("s.started_at", "<=", now)
    .groupBy("week").execute();
  const byWeek = new Map(rows.map((row) => [row.week, Number(row.value)]));
  return starts.map((start) => ({
    weekStart: start.toString(),
    value: byWeek.get(start.toString()) ?? 0,
  }));
}

/** A portal path and how often it was visited. */
export interface PageCount {
  path: string;
  visits: number;
  /** Contacts who visited it. */
  visitors: number;
}

/** The most visited portal paths in the last `days` days, most first. */
export async function topPortalPages(
  db: Database,
  query: { days: number; limit: number },
  now: Date,
): Promise<PageCount[]> {
  const since = new Date(now.getTime() - query.days * 24 * 3600_000);
  const rows = await db.selectFrom("page_visits as v")
    .select((eb) => [
      "v.path",
      eb.fn.countAll<string>().as("visits"),
      sql<string>`count(distinct v.contact_id)`.as("visitors"),
    ])
    .where("v.visited_at", ">=", since).where("v.visited_at", "<=", now)
    .groupBy("v.path")
    .orderBy("visits", "desc").orderBy("v.path")
    .limit(query.limit).execute();
  return rows.map((row) => ({
    path: row.path,
    visits: Number(row.visits),
    visitors: Number(row.visitors),
  }));
}
