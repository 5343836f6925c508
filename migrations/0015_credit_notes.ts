import { type Kysely, sql } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Credit notes (Rechnungskorrektur / Storno): the only way to correct or
 * cancel an issued invoice. Their own gap-free number sequence per year,
 * a reference to the invoice they correct, negative amounts, the VAT
 * treatment, rate and currency of that invoice (checked here), never more
 * credited on a line than the line was worth, and, like invoices, kept
 * as issued: no change, no delete, lines only from the issuing
 * transaction. Also the seller's logo (one image) for invoices.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table credit_note_sequences (
      year integer primary key,
      last_number integer not null
    );
    create table credit_notes (
      id uuid primary key default gen_random_uuid(),
      number text not null unique,
      invoice_id uuid not null references invoices(id),
      client_id uuid not null references clients(id),
      reason text not null check (length(reason) between 1 and 500),
      locale text not null check (locale in ('de', 'en')),
      currency text not null check (currency ~ '^[A-Z]{3}$'),
      vat_treatment text not null,
      tax_rate_basis_points integer not null,
      subtotal_cents integer not null check (subtotal_cents < 0),
      tax_cents integer not null check (tax_cents <= 0),
      total_cents integer not null,
      issued_at timestamptz not null,
      issued_by uuid references staff(id),
      issued_xact xid8 not null default pg_current_xact_id(),
      constraint credit_notes_total_adds_up check (total_cents = subtotal_cents + tax_cents)
    );
    create index credit_notes_invoice on credit_notes (invoice_id);
    create index credit_notes_client on credit_notes (client_id, issued_at desc);
    create index credit_notes_issued on credit_notes (issued_at);
    create index invoices_issued on invoices (issued_at);
    create table credit_note_items (
      id uuid primary key default gen_random_uuid(),
      credit_note_id uuid not null references credit_notes(id),
      invoice_item_id uuid not null references invoice_items(id),
      description text not null,
      quantity integer not null check (quantity > 0),
      unit_price_cents integer not null check (unit_price_cents < 0),
      total_cents integer not null,
      constraint credit_note_items_total_adds_up check (total_cents = quantity * unit_price_cents)
    );
    create index credit_note_items_note on credit_note_items (credit_note_id);
    create index credit_note_items_invoice_item on credit_note_items (invoice_item_id);
    create table seller_logo (
      singleton boolean primary key default true check (singleton),
      content_type text not null check (content_type in ('image/png', 'image/jpeg')),
      bytes bytea not null check (octet_length(bytes) between 1 and 524288),
      updated_at timestamptz not null
    );
  `,
  );
  // Function bodies span lines: one statement each, not split.
  await sql.raw(`
    create function portico_credit_note_checked() returns trigger
    language plpgsql as $$
    declare
      original invoices%rowtype;
    begin
      if tg_op <> 'INSERT' then
        raise exception 'credit note % is issued: it cannot be changed or deleted', old.number
          using errcode = 'restrict_violation';
      end if;
      select * into original from invoices where id = new.invoice_id;
      if original.vat_treatment <> new.vat_treatment
         or original.tax_rate_basis_points <> new.tax_rate_basis_points
         or original.currency <> new.currency
         or original.client_id <> new.client_id then
        raise exception 'credit note % must keep the VAT, currency and buyer of invoice %', new.number, original.number
          using errcode = 'check_violation';
      end if;
      return new;
    end $$`).execute(db);
  await sql.raw(`
    create function portico_credit_note_item_checked() returns trigger
    language plpgsql as $$
    declare
      line_net integer;
      credited integer;
    begin
      if tg_op <> 'INSERT' then
        raise exception 'credit note items of % are issued: they cannot be changed', old.credit_note_id
          using errcode = 'restrict_violation';
      end if;
      if not exists (select 1 from credit_notes
                      where id = new.credit_note_id and issued_xact = pg_current_xact_id()) then
        raise exception 'credit note % is issued: items cannot be added', new.credit_note_id
          using errcode = 'restrict_violation';
      end if;
      select i.total_cents into line_net
        from invoice_items i join credit_notes c on c.invoice_id = i.invoice_id
       where i.id = new.invoice_item_id and c.id = new.credit_note_id;
      if line_net is null then
        raise exception 'invoice item % is not on the credited invoice', new.invoice_item_id
          using errcode = 'check_violation';
      end if;
      select coalesce(-sum(total_cents), 0) into credited
        from credit_note_items where invoice_item_id = new.invoice_item_id;
      if credited - new.total_cents > line_net then
        raise exception 'invoice item % would be credited more than it was invoiced', new.invoice_item_id
          using errcode = 'check_violation';
      end if;
      return new;
    end $$`).execute(db);
  await runStatements(
    db,
    `
    create trigger credit_notes_checked
      before insert or update or delete on credit_notes
      for each row execute function portico_credit_note_checked();
    create trigger credit_note_items_checked
      before insert or update or delete on credit_note_items
      for each row execute function portico_credit_note_item_checked();
    create trigger credit_notes_no_truncate before truncate on credit_notes
      for each statement execute function portico_refuse_truncate();
    create trigger credit_note_items_no_truncate before truncate on credit_note_items
      for each statement execute function portico_refuse_truncate();
  `,
  );
}
