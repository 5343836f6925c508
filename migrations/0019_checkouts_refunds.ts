import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Card payments and refunds.
 * - `provider_checkouts`: one row per hosted payment page opened for an
 *   order (a Stripe Checkout Session), claimed before the provider is
 *   called and completed after, so a failed call leaves a visible
 *   `failed` row and the order awaiting payment.
 * - `refunds` and `refund_lines`: money given back, whole order or some
 *   lines; a line is refunded once (unique), and a provider's refund is
 *   recorded once (unique reference). An order whose every line is
 *   refunded is `refunded`.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table provider_checkouts (
      id uuid primary key default gen_random_uuid(),
      order_id uuid not null references orders(id),
      provider text not null check (provider ~ '^[a-z][a-z0-9_]{1,29}$'),
      status text not null check (status in ('creating', 'open', 'failed')),
      session_id text unique,
      url text check (url ~ '^https://'),
      expires_at timestamptz,
      last_error text,
      created_at timestamptz not null
    );
    create index provider_checkouts_order on provider_checkouts (order_id, created_at desc);

    alter table orders drop constraint orders_status_check;
    alter table orders add constraint orders_status_check
      check (status in ('pending', 'paid', 'cancelled', 'refunded'));
    alter table orders add column refunded_at timestamptz;

    create table refunds (
      id uuid primary key default gen_random_uuid(),
      order_id uuid not null references orders(id),
      invoice_id uuid not null references invoices(id),
      amount_cents integer not null check (amount_cents > 0),
      currency text not null check (currency ~ '^[A-Z]{3}$'),
      -- "stripe:re_…" for a provider's refund, "staff:<uuid>" for one by hand.
      reference text not null unique check (length(reference) between 1 and 300),
      credit_note_id uuid,
      recorded_by uuid references staff(id),
      created_at timestamptz not null
    );
    create index refunds_order on refunds (order_id);

    create table refund_lines (
      refund_id uuid not null references refunds(id),
      order_line_id uuid not null unique references order_lines(id),
      amount_cents integer not null check (amount_cents >= 0),
      primary key (refund_id, order_line_id)
    );
  `,
  );
}
