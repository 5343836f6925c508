import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Where a service takes place (an address, a phone number or a video
 * link, shown on the confirmation and put in the calendar file), and two
 * outcomes staff record after an appointment: completed and no-show.
 * Both still hold their time, as a confirmed booking does.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    alter table services
      add column location_kind text not null default 'none'
        constraint services_location_kind_check
        check (location_kind in ('none', 'address', 'phone', 'video')),
      add column location text not null default ''
        constraint services_location_check check (length(location) <= 500);
    alter table bookings drop constraint bookings_status_check;
    alter table bookings add constraint bookings_status_check check (
      status in ('pending', 'confirmed', 'cancelled', 'completed', 'no_show')
    );
  `,
  );
}
