import assert from "node:assert/strict";
import { sql } from "kysely";
import { useTestDatabase } from "@/lib/db/testing.ts";
import { withDatabaseBefore } from "./testing.ts";

const database = await useTestDatabase();

Deno.test({
  name:
    "0009 keeps the first trial of each client and product that earlier races started twice",
  ignore: !database.url,
  async fn() {
    await withDatabaseBefore(
      database,
      "0008_table_change_notifications",
      async (db, migrateToLatest) => {
        // What the old check-then-insert let through: two trials of one
        // product for one client, a minute apart, and one of another.
        await sql`
        with client as (
          insert into clients (company) values ('Raced GmbH') returning id
        ), contact as (
          insert into contacts (client_id, name, email)
          select id, 'Rita', 'rita@example.com' from client returning id, client_id
        ), product as (
          insert into products (slug, module_key, name_en, name_de, price_cents, trial_days)
          values ('raced', 'activity', 'Raced', 'Raced', 4900, 30),
                 ('other', 'booking', 'Other', 'Other', 4900, 30)
          returning id, slug
        ), orders as (
          insert into orders (client_id, contact_id, status, total_cents, currency, locale, created_at)
          select client_id, contact.id, 'paid', 0, 'EUR', 'en', t
          from contact, unnest(array[
            '2027-01-01T10:01:00Z'::timestamptz,
            '2027-01-01T10:00:00Z', '2027-01-01T10:02:00Z'
          ]) as t
          returning id, created_at
        ), lines as (
          insert into order_lines (order_id, product_id, description, price_cents)
          select orders.id, product.id, 'trial', 0 from orders, product
          where (product.slug = 'raced') = (orders.created_at < '2027-01-01T10:02:00Z')
          returning id, order_id, product_id
        )
        insert into license_grants (order_line_id, product_id, license_type, created_at)
        select lines.id, lines.product_id, 'trial', orders.created_at
        from lines join orders on orders.id = lines.order_id`.execute(
          db,
        );

        await migrateToLatest();
        const { rows } = await sql<{ slug: string; started_at: Date }>`
        select p.slug, t.started_at from trials t
        join products p on p.id = t.product_id
        join license_grants g on g.id = t.license_grant_id
        where g.created_at = t.started_at
        order by p.slug`.execute(db);
        assert.deepEqual(
          rows.map((r) => [r.slug, r.started_at.toISOString()]),
          [
            ["other", "2027-01-01T10:02:00.000Z"],
            ["raced", "2027-01-01T10:00:00.000Z"],
          ],
        );
      },
    );
  },
});
