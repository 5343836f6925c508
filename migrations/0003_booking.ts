import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table services (
      id uuid primary key default gen_random_uuid(),
      name_en text not null check (length(name_en) between 1 and 120),
      name_de text not null check (length(name_de) between 1 and 120),
      description_en text not null default '' check (length(description_en) <= 2000),
      description_de text not null default '' check (length(description_de) <= 2000),
      duration_minutes integer not null check (duration_minutes between 5 and 720),
      buffer_minutes integer not null default 0 check (buffer_minutes between 0 and 240),
      price_cents integer not null default 0 check (price_cents >= 0),
      currency text not null default 'EUR' check (currency ~ '^[A-Z]{3}$'),
      active boolean not null default true,
      position integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table staff_services (
      staff_id uuid not null references staff(id) on delete cascade,
      service_id uuid not null references services(id) on delete cascade,
      primary key (staff_id, service_id)
    );
    create index staff_services_service on staff_services (service_id);

    -- Weekly working hours in the business time zone, as minutes after midnight.
    create table availability (
      id uuid primary key default gen_random_uuid(),
      staff_id uuid not null references staff(id) on delete cascade,
      weekday smallint not null check (weekday between 1 and 7),
      start_minute smallint not null check (start_minute between 0 and 1439),
      end_minute smallint not null check (end_minute between 1 and 1440),
      check (end_minute > start_minute),
      exclude using gist (
        staff_id with =, weekday with =, int4range(start_minute, end_minute) with &&
      )
    );

    create table time_off (
      id uuid primary key default gen_random_uuid(),
      staff_id uuid not null references staff(id) on delete cascade,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      reason text check (length(reason) <= 200),
      check (ends_at > starts_at)
    );
    create index time_off_staff on time_off (staff_id, ends_at);

    create table bookings (
      id uuid primary key default gen_random_uuid(),
      service_id uuid not null references services(id),
      staff_id uuid not null references staff(id),
      contact_id uuid references contacts(id) on delete set null,
      name text not null check (length(name) between 1 and 200),
      email citext not null check (length(email) <= 254),
      phone text check (length(phone) <= 50),
      note text check (length(note) <= 2000),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      -- End of the appointment plus the service's buffer: the staff member
      -- is busy until then.
      blocked_until timestamptz not null,
      status text not null check (status in ('pending', 'confirmed', 'cancelled')),
      locale text not null check (locale in ('de', 'en')),
      manage_token_hash text not null unique,
      cancel_reason text check (length(cancel_reason) <= 500),
      reminder_sent_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_at > starts_at and blocked_until >= ends_at),
      -- The database, not the code, forbids a double booking.
      constraint bookings_no_overlap exclude using gist (
        staff_id with =, tstzrange(starts_at, blocked_until) with &&
      ) where (status <> 'cancelled')
    );
    create index bookings_starts_at on bookings (starts_at);
    create index bookings_email on bookings (email);
    create index bookings_contact on bookings (contact_id) where contact_id is not null;
    create index bookings_reminder_due on bookings (starts_at)
      where status = 'confirmed' and reminder_sent_at is null;

    create table booking_events (
      id bigint generated always as identity primary key,
      booking_id uuid not null references bookings(id) on delete cascade,
      at timestamptz not null default now(),
      from_status text,
      to_status text not null,
      actor_type text not null check (actor_type in ('staff', 'contact', 'system', 'api')),
      actor_id uuid,
      note text
    );
    create index booking_events_booking on booking_events (booking_id, at);
  `,
  );
}
