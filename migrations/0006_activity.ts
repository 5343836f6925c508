import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table activity_consents (
      contact_id uuid primary key references contacts(id) on delete cascade,
      status text not null check (status in ('granted', 'declined')),
      policy_version text not null,
      decided_at timestamptz not null
    );

    create table activity_sessions (
      id uuid primary key default gen_random_uuid(),
      contact_id uuid not null references contacts(id) on delete cascade,
      started_at timestamptz not null,
      last_seen_at timestamptz not null,
      ended_at timestamptz,
      current_path text not null default '/',
      page_views integer not null default 0,
      check (last_seen_at >= started_at)
    );
    -- At most one open session per contact.
    create unique index activity_sessions_open on activity_sessions (contact_id)
      where ended_at is null;
    create index activity_sessions_contact on activity_sessions (contact_id, started_at desc);
    create index activity_sessions_last_seen on activity_sessions (last_seen_at)
      where ended_at is null;
    create index activity_sessions_started on activity_sessions (started_at);

    create table page_visits (
      id bigint generated always as identity primary key,
      session_id uuid not null references activity_sessions(id) on delete cascade,
      contact_id uuid not null references contacts(id) on delete cascade,
      path text not null check (length(path) <= 500),
      visited_at timestamptz not null
    );
    create index page_visits_session on page_visits (session_id, visited_at);
    create index page_visits_visited on page_visits (visited_at);
  `,
  );
}
