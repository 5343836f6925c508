import { type Kysely, sql } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * CalDAV sync per staff member: the connection (its app password sealed
 * with the Keyring), the busy times last read from it (what the slot
 * search subtracts, so it never waits on the calendar server), and an
 * outbox of bookings to write into it. A trigger puts every booking
 * change of a connected member in the outbox in the same transaction as
 * the change; `version` tells a push that the booking changed again
 * while it was on the network.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table caldav_connections (
      staff_id uuid primary key references staff (id) on delete cascade,
      server_url text not null,
      username text not null,
      password_sealed text not null,
      calendar_url text not null,
      calendar_name text not null default '',
      busy_fetched_at timestamptz,
      busy_attempted_at timestamptz,
      busy_error text,
      created_at timestamptz not null default now()
    );
    create table caldav_busy (
      staff_id uuid not null
        references caldav_connections (staff_id) on delete cascade,
      starts_at timestamptz not null,
      ends_at timestamptz not null
    );
    create index caldav_busy_staff_time on caldav_busy (staff_id, starts_at);
    create table caldav_outbox (
      booking_id uuid primary key references bookings (id) on delete cascade,
      staff_id uuid not null,
      version integer not null default 1,
      status text not null default 'pending'
        constraint caldav_outbox_status_check check (status in ('pending', 'done')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      locked_until timestamptz,
      last_error text,
      updated_at timestamptz not null default now()
    );
    create index caldav_outbox_due on caldav_outbox (next_attempt_at)
      where status = 'pending';
  `,
  );
  // A function body spans lines: one statement, not split.
  await sql.raw(`
    create function caldav_outbox_enqueue() returns trigger
    language plpgsql as $$
    begin
      if exists (select 1 from caldav_connections where staff_id = new.staff_id) then
        insert into caldav_outbox (booking_id, staff_id)
          values (new.id, new.staff_id)
          on conflict (booking_id) do update set
            version = caldav_outbox.version + 1,
            status = 'pending',
            attempts = 0,
            next_attempt_at = now(),
            last_error = null,
            updated_at = now();
      end if;
      return null;
    end $$`).execute(db);
  await runStatements(
    db,
    `
    create trigger bookings_caldav_outbox
      after insert or update of status, starts_at, ends_at on bookings
      for each row execute function caldav_outbox_enqueue();
  `,
  );
}
