import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * A buffer before an appointment, per service (empty: the business-wide
 * setting). A booking keeps the start of its busy time beside the end,
 * and the database forbids overlapping busy times (buffers included)
 * rather than overlapping appointments. Existing bookings had no buffer
 * before, so their busy time starts with them.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    alter table services
      add column buffer_before_minutes int
        constraint services_buffer_before_check
        check (buffer_before_minutes between 0 and 240);
    alter table bookings add column blocked_from timestamptz;
    update bookings set blocked_from = starts_at;
    alter table bookings
      alter column blocked_from set not null,
      add constraint bookings_blocked_from_check
        check (blocked_from <= starts_at),
      drop constraint bookings_no_overlap,
      add constraint bookings_no_overlap exclude using gist (
        staff_id with =, tstzrange(blocked_from, blocked_until) with &&
      ) where (status <> 'cancelled');
  `,
  );
}
