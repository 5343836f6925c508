import { type Kysely, sql } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Invoices carry what §14 Abs. 4 UStG asks for and stay as issued: a copy
 * of the seller and the buyer, the VAT treatment, the language and the
 * date of supply; the database refuses any change to an issued invoice
 * except its payment status, refuses deleting one, and accepts items only
 * from the transaction that issued it.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    alter table invoices
      add column locale text not null default 'en' check (locale in ('de', 'en')),
      add column seller jsonb not null default '{}',
      add column buyer jsonb not null default '{}',
      add column buyer_vat_id text check (buyer_vat_id ~ '^[A-Z]{2}[0-9A-Z+*]{2,13}$'),
      add column vat_treatment text not null default 'domestic'
        check (vat_treatment in ('small_business', 'domestic', 'reverse_charge', 'oss', 'export')),
      add column supplied_on date,
      add column issued_xact xid8 not null default pg_current_xact_id();
    update invoices set supplied_on = (issued_at at time zone 'Europe/Berlin')::date;
    alter table invoices alter column supplied_on set not null;
    alter table invoices add constraint invoices_reverse_charge_names_buyer
      check ((vat_treatment = 'reverse_charge') = (buyer_vat_id is not null));
    alter table invoices add constraint invoices_untaxed_treatments
      check (vat_treatment in ('domestic', 'oss') or (tax_rate_basis_points = 0 and tax_cents = 0));
    alter table invoices add constraint invoices_total_adds_up
      check (total_cents = subtotal_cents + tax_cents);
  `,
  );
  // Function bodies span lines: one statement each, not split.
  await sql.raw(`
    create function portico_invoice_immutable() returns trigger
    language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'invoice % is kept for ten years: it cannot be deleted', old.number
          using errcode = 'restrict_violation';
      end if;
      -- Only the payment state moves once issued.
      if (to_jsonb(new) - 'status' - 'paid_at') <> (to_jsonb(old) - 'status' - 'paid_at') then
        raise exception 'invoice % is issued: only a credit note can correct it', old.number
          using errcode = 'restrict_violation';
      end if;
      return new;
    end $$`).execute(db);
  await sql.raw(`
    create function portico_invoice_item_immutable() returns trigger
    language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        if exists (select 1 from invoices
                    where id = new.invoice_id and issued_xact = pg_current_xact_id()) then
          return new;
        end if;
        raise exception 'invoice % is issued: items cannot be added', new.invoice_id
          using errcode = 'restrict_violation';
      end if;
      raise exception 'invoice items of % are issued: they cannot be changed', old.invoice_id
        using errcode = 'restrict_violation';
    end $$`).execute(db);
  await runStatements(
    db,
    `
    create trigger invoices_immutable
      before update or delete on invoices
      for each row execute function portico_invoice_immutable();
    create trigger invoice_items_immutable
      before insert or update or delete on invoice_items
      for each row execute function portico_invoice_item_immutable();
    create function portico_refuse_truncate() returns trigger
    language plpgsql as $$ begin raise exception '% cannot be truncated', tg_table_name using errcode = 'restrict_violation'; end $$;
    create trigger invoices_no_truncate before truncate on invoices
      for each statement execute function portico_refuse_truncate();
    create trigger invoice_items_no_truncate before truncate on invoice_items
      for each statement execute function portico_refuse_truncate();
  `,
  );
}
