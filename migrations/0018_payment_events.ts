import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * What payment providers report (paid, failed, refunded), one row per
 * provider event: the unique (provider, event id) makes a repeated or
 * concurrent delivery of one event a no-op, and the outcome column keeps
 * what became of each, so staff see an event for an unknown or refunded
 * order that issued nothing.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table payment_events (
      id uuid primary key default gen_random_uuid(),
      provider text not null check (provider ~ '^[a-z][a-z0-9_]{1,29}$'),
      event_id text not null check (length(event_id) between 1 and 400),
      kind text not null check (kind in ('paid', 'failed', 'refunded')),
      order_id uuid references orders(id),
      amount_cents integer check (amount_cents >= 0),
      currency text check (currency ~ '^[A-Z]{3}$'),
      outcome text not null check (outcome in
        ('recorded', 'duplicate', 'unknown_order', 'order_closed', 'mismatch', 'failed', 'refunded')),
      received_at timestamptz not null,
      unique (provider, event_id)
    );
    create index payment_events_order on payment_events (order_id, received_at);
    create index payment_events_unmatched on payment_events (received_at desc)
      where outcome in ('unknown_order', 'order_closed', 'mismatch');
  `,
  );
}
