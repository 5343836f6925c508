import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Booking rules a service may set for itself: minimum notice, how far
 * ahead it can be booked, and how many of it one staff member takes a
 * day. Empty (null) means the business-wide setting, so existing services
 * keep behaving as before.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    alter table services
      add column min_notice_minutes int
        constraint services_min_notice_check
        check (min_notice_minutes between 0 and 43200),
      add column horizon_days int
        constraint services_horizon_check check (horizon_days between 1 and 365),
      add column max_per_day int
        constraint services_max_per_day_check check (max_per_day between 1 and 100);
  `,
  );
}
