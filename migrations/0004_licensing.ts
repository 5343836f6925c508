import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table licenses (
      id uuid primary key default gen_random_uuid(),
      -- SHA-256 of the canonical key, for lookup; the key itself only encrypted.
      key_hash text not null unique,
      key_ciphertext text not null,
      key_prefix text not null,
      product text not null check (product ~ '^[a-z][a-z0-9_-]{1,39}$'),
      email citext not null check (length(email) <= 254),
      name text check (length(name) <= 200),
      client_id uuid references clients(id) on delete set null,
      reference text check (length(reference) <= 200),
      type text not null check (type in ('full', 'trial')),
      status text not null default 'active' check (status in ('active', 'revoked')),
      expires_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    -- Issuing is idempotent per product and caller reference.
    create unique index licenses_reference on licenses (product, reference)
      where reference is not null;
    create index licenses_client on licenses (client_id) where client_id is not null;
    create index licenses_email on licenses (email);

    create table license_activations (
      id uuid primary key default gen_random_uuid(),
      license_id uuid not null references licenses(id) on delete cascade,
      domain text not null check (length(domain) between 1 and 253),
      activated_at timestamptz not null default now(),
      deactivated_at timestamptz,
      last_validated_at timestamptz,
      validation_count integer not null default 0
    );
    -- One key, one domain: at most one active activation per license.
    create unique index license_activations_one_active on license_activations (license_id)
      where deactivated_at is null;
    create index license_activations_domain on license_activations (domain);

    create table license_events (
      id bigint generated always as identity primary key,
      license_id uuid not null references licenses(id) on delete cascade,
      at timestamptz not null default now(),
      kind text not null check (kind in (
        'issued', 'activated', 'deactivated', 'released', 'moved',
        'revoked', 'reinstated', 'extended', 'upgraded'
      )),
      domain text,
      actor_type text not null check (actor_type in ('staff', 'contact', 'system', 'api')),
      actor_id uuid,
      detail text
    );
    create index license_events_license on license_events (license_id, at desc);
  `,
  );
}
