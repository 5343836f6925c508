import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Outbound webhooks: the endpoints staff register (their signing secret
 * sealed with the app's keys) and an outbox of deliveries, each written in
 * the same transaction as the change it reports. The body is kept as the
 * exact text that is signed, so a retry or a re-send signs the same bytes.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table webhook_endpoints (
      id uuid primary key default gen_random_uuid(),
      url text not null constraint webhook_endpoints_url_check
        check (length(url) <= 2000 and url ~ '^https?://'),
      description text not null default ''
        constraint webhook_endpoints_description_check
        check (length(description) <= 200),
      events text[] not null constraint webhook_endpoints_events_check
        check (cardinality(events) > 0),
      secret_sealed text not null,
      enabled boolean not null default true,
      -- The first failed delivery since the last success; cleared by a success.
      failing_since timestamptz,
      disabled_at timestamptz,
      created_by uuid references staff(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create table webhook_deliveries (
      id uuid primary key default gen_random_uuid(),
      endpoint_id uuid not null references webhook_endpoints(id) on delete cascade,
      event text not null,
      payload text not null,
      status text not null default 'pending'
        constraint webhook_deliveries_status_check
        check (status in ('pending', 'delivered', 'failed')),
      attempts int not null default 0,
      next_attempt_at timestamptz not null default now(),
      claimed_until timestamptz,
      response_status int,
      response_body text,
      last_error text,
      created_at timestamptz not null default now(),
      delivered_at timestamptz
    );
    create index webhook_deliveries_due on webhook_deliveries (next_attempt_at)
      where status = 'pending';
    create index webhook_deliveries_endpoint
      on webhook_deliveries (endpoint_id, created_at desc);
  `,
  );
}
