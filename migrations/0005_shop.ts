import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table products (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,59}$'),
      module_key text not null check (module_key ~ '^[a-z][a-z0-9_-]{1,39}$'),
      name_en text not null check (length(name_en) between 1 and 120),
      name_de text not null check (length(name_de) between 1 and 120),
      description_en text not null default '' check (length(description_en) <= 4000),
      description_de text not null default '' check (length(description_de) <= 4000),
      price_cents integer not null check (price_cents >= 0),
      currency text not null default 'EUR' check (currency ~ '^[A-Z]{3}$'),
      trial_days integer not null default 0 check (trial_days between 0 and 365),
      active boolean not null default true,
      position integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table packages (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,59}$'),
      name_en text not null check (length(name_en) between 1 and 120),
      name_de text not null check (length(name_de) between 1 and 120),
      description_en text not null default '' check (length(description_en) <= 4000),
      description_de text not null default '' check (length(description_de) <= 4000),
      price_cents integer not null check (price_cents >= 0),
      currency text not null default 'EUR' check (currency ~ '^[A-Z]{3}$'),
      active boolean not null default true,
      position integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table package_items (
      package_id uuid not null references packages(id) on delete cascade,
      product_id uuid not null references products(id),
      primary key (package_id, product_id)
    );

    create table orders (
      id uuid primary key default gen_random_uuid(),
      client_id uuid not null references clients(id),
      contact_id uuid not null references contacts(id),
      status text not null check (status in ('pending', 'paid', 'cancelled')),
      total_cents integer not null check (total_cents >= 0),
      currency text not null check (currency ~ '^[A-Z]{3}$'),
      locale text not null check (locale in ('de', 'en')),
      created_at timestamptz not null default now(),
      paid_at timestamptz,
      cancelled_at timestamptz
    );
    create index orders_client on orders (client_id, created_at desc);

    -- What was bought: one product or one package at its price.
    create table order_lines (
      id uuid primary key default gen_random_uuid(),
      order_id uuid not null references orders(id) on delete cascade,
      product_id uuid references products(id),
      package_id uuid references packages(id),
      description text not null,
      price_cents integer not null check (price_cents >= 0),
      check ((product_id is null) <> (package_id is null))
    );
    create index order_lines_order on order_lines (order_id);

    -- One license per product of a paid line: the issuing job's work list.
    -- Written in the transaction that makes the order paid; unique, so a
    -- repeated payment notification cannot add work twice.
    create table license_grants (
      id uuid primary key default gen_random_uuid(),
      order_line_id uuid not null references order_lines(id) on delete cascade,
      product_id uuid not null references products(id),
      license_type text not null default 'full' check (license_type in ('full', 'trial')),
      status text not null default 'pending' check (status in ('pending', 'issued', 'failed')),
      license_id uuid references licenses(id),
      -- The key, sealed, whoever issued it (this instance or a remote server).
      license_key_sealed text,
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      issued_at timestamptz,
      created_at timestamptz not null default now(),
      unique (order_line_id, product_id)
    );
    create index license_grants_due on license_grants (next_attempt_at) where status = 'pending';

    -- Gap-free invoice numbers per year: the row lock serialises checkouts.
    create table invoice_sequences (
      year integer primary key,
      last_number integer not null
    );

    create table invoices (
      id uuid primary key default gen_random_uuid(),
      number text not null unique,
      order_id uuid not null unique references orders(id),
      client_id uuid not null references clients(id),
      status text not null check (status in ('open', 'paid', 'cancelled')),
      subtotal_cents integer not null,
      tax_rate_basis_points integer not null check (tax_rate_basis_points between 0 and 10000),
      tax_cents integer not null,
      total_cents integer not null,
      currency text not null check (currency ~ '^[A-Z]{3}$'),
      billing_address text not null,
      bank_details text not null default '',
      issued_at timestamptz not null,
      due_at timestamptz not null,
      paid_at timestamptz
    );
    create index invoices_client on invoices (client_id, issued_at desc);

    create table invoice_items (
      id uuid primary key default gen_random_uuid(),
      invoice_id uuid not null references invoices(id) on delete cascade,
      description text not null,
      quantity integer not null default 1 check (quantity > 0),
      unit_price_cents integer not null,
      total_cents integer not null
    );

    create table payments (
      id uuid primary key default gen_random_uuid(),
      invoice_id uuid not null references invoices(id),
      amount_cents integer not null check (amount_cents > 0),
      currency text not null check (currency ~ '^[A-Z]{3}$'),
      paid_at timestamptz not null,
      method text not null check (length(method) between 1 and 50),
      -- A provider's transaction id is recorded once, however often it is sent.
      transaction_id text not null unique check (length(transaction_id) between 1 and 200),
      recorded_by uuid references staff(id),
      created_at timestamptz not null default now()
    );
    create index payments_invoice on payments (invoice_id);

    alter table licenses add column trial_reminder_day integer;
  `,
  );
}
