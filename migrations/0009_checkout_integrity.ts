import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Checkout integrity: the database, not a check before an insert, allows
 * one trial per client and product; and a guest checkout with the email of
 * an existing contact is held until a link mailed to that address confirms
 * it.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    -- The trial a client started of a product: written with its trial
    -- grant, so a second trial of the same product for the same client
    -- is refused by the primary key whatever runs concurrently. A later
    -- purchase is a full grant and needs no row here.
    create table trials (
      client_id uuid not null references clients(id),
      product_id uuid not null references products(id),
      license_grant_id uuid not null unique references license_grants(id) on delete cascade,
      started_at timestamptz not null,
      primary key (client_id, product_id)
    );

    -- Trials started before this table: the first of each client and
    -- product (earlier races may have started more).
    insert into trials (client_id, product_id, license_grant_id, started_at)
    select distinct on (o.client_id, g.product_id)
           o.client_id, g.product_id, g.id, g.created_at
      from license_grants g
      join order_lines l on l.id = g.order_line_id
      join orders o on o.id = l.order_id
     where g.license_type = 'trial'
     order by o.client_id, g.product_id, g.created_at, g.id;

    alter table auth_tokens drop constraint auth_tokens_purpose_check;
    alter table auth_tokens add constraint auth_tokens_purpose_check
      check (purpose in ('sign_in', 'password_reset', 'invite', 'checkout_confirm'));

    -- A guest checkout waiting for the owner of its email to confirm it:
    -- the validated form, nothing else (no order, invoice number or
    -- trial yet). Expiry and single use are its token's; pruning expired
    -- tokens removes it.
    create table held_checkouts (
      token_hash text primary key references auth_tokens(token_hash) on delete cascade,
      contact_id uuid not null references contacts(id) on delete cascade,
      checkout jsonb not null,
      created_at timestamptz not null
    );
    create index held_checkouts_contact on held_checkouts (contact_id);
  `,
  );
}
