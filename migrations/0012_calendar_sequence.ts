import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * A booking's calendar file version (RFC 5545 SEQUENCE), raised with each
 * change the client's calendar must take over. Calendars drop an update
 * whose SEQUENCE is not above the one they hold, so existing bookings
 * start at what their last email carried: the number of their status
 * events, which is how it was counted before.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    alter table bookings add column calendar_sequence integer not null default 0
      constraint bookings_calendar_sequence_check check (calendar_sequence >= 0);
    update bookings b set calendar_sequence = (
      select count(*) from booking_events e where e.booking_id = b.id
    );
  `,
  );
}
