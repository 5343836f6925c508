import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table staff (
      id uuid primary key default gen_random_uuid(),
      email citext not null unique,
      name text not null check (length(name) between 1 and 200),
      role text not null check (role in ('admin', 'staff')),
      password_hash text not null,
      locale text not null default 'en' check (locale in ('de', 'en')),
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table clients (
      id uuid primary key default gen_random_uuid(),
      company text check (length(company) <= 200),
      vat_number text check (length(vat_number) <= 50),
      address text check (length(address) <= 500),
      postal_code text check (length(postal_code) <= 20),
      city text check (length(city) <= 100),
      country text check (country ~ '^[A-Z]{2}$'),
      phone text check (length(phone) <= 50),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table contacts (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references clients(id) on delete cascade,
      name text not null check (length(name) between 1 and 200),
      email citext not null unique,
      phone text check (length(phone) <= 50),
      locale text not null default 'en' check (locale in ('de', 'en')),
      is_primary boolean not null default false,
      password_hash text,
      portal_enabled boolean not null default true,
      last_login_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index contacts_client_id on contacts (client_id);
    create unique index contacts_one_primary on contacts (client_id) where is_primary;

    create table auth_sessions (
      token_hash text primary key,
      staff_id uuid references staff(id) on delete cascade,
      contact_id uuid references contacts(id) on delete cascade,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      user_agent text,
      check ((staff_id is null) <> (contact_id is null))
    );
    create index auth_sessions_staff on auth_sessions (staff_id) where staff_id is not null;
    create index auth_sessions_contact on auth_sessions (contact_id) where contact_id is not null;
    create index auth_sessions_expires on auth_sessions (expires_at);

    -- Single-use tokens mailed to a person: sign-in links, password resets, invitations.
    create table auth_tokens (
      token_hash text primary key,
      purpose text not null check (purpose in ('sign_in', 'password_reset', 'invite')),
      staff_id uuid references staff(id) on delete cascade,
      contact_id uuid references contacts(id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz,
      check ((staff_id is null) <> (contact_id is null))
    );

    create table api_keys (
      id uuid primary key default gen_random_uuid(),
      name text not null check (length(name) between 1 and 100),
      prefix text not null,
      key_hash text not null unique,
      created_by uuid references staff(id) on delete set null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );

    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      actor_type text not null check (actor_type in ('staff', 'contact', 'system', 'api')),
      actor_id uuid,
      action text not null,
      entity_type text not null,
      entity_id text,
      details jsonb not null default '{}'
    );
    create index audit_log_entity on audit_log (entity_type, entity_id, at desc);
    create index audit_log_at on audit_log (at desc);

    -- Fixed-window counters shared by every instance.
    create table rate_limits (
      key text primary key,
      window_start timestamptz not null,
      count integer not null
    );

    create table email_outbox (
      id uuid primary key default gen_random_uuid(),
      dedupe_key text not null unique,
      to_address text not null,
      subject text not null,
      html text not null,
      text text not null,
      attachments jsonb not null default '[]',
      status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    );
    create index email_outbox_due on email_outbox (next_attempt_at) where status = 'pending';

    create table job_runs (
      id bigint generated always as identity primary key,
      job text not null,
      started_at timestamptz not null,
      finished_at timestamptz,
      outcome text not null check (outcome in ('running', 'ok', 'failed', 'skipped')),
      detail text
    );
    create index job_runs_job on job_runs (job, started_at desc);
  `,
  );
}
