import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Hours of one staff member on one date, replacing their weekly hours
 * there: one row per range, or one row without times for a day off. The
 * app replaces a date's rows together and refuses overlapping ranges.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table staff_date_hours (
      id uuid primary key default gen_random_uuid(),
      staff_id uuid not null references staff(id) on delete cascade,
      date date not null,
      start_minute int,
      end_minute int,
      constraint staff_date_hours_range_check check (
        (start_minute is null and end_minute is null) or
        (start_minute >= 0 and end_minute <= 1440 and start_minute < end_minute)
      )
    );
    create index staff_date_hours_staff_date_idx
      on staff_date_hours (staff_id, date);
  `,
  );
}
