import assert from "node:assert/strict";
import { sql } from "kysely";
import { Migrator } from "kysely/migration";
import { openDatabase } from "@/lib/db/database.ts";
import { useTestDatabase } from "@/lib/db/testing.ts";
import { migrations } from "./mod.ts";

const database = await useTestDatabase();

Deno.test({
  name:
    "0012 starts each booking's SEQUENCE at what its last calendar file carried",
  ignore: !database.url,
  async fn() {
    const name = `portico_0012_${crypto.randomUUID().slice(0, 8)}`;
    await sql.raw(`create database "${name}"`).execute(database.db);
    const url = new URL(database.url!);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ url: url.href, max: 1 });
    try {
      const migrator = new Migrator({
        db: handle.db,
        provider: { getMigrations: () => Promise.resolve(migrations) },
      });
      const before = await migrator.migrateTo("0011_job_leases");
      if (before.error) throw before.error;
      // Before, a file's SEQUENCE was the number of the booking's status
      // events: 2 for a confirmed request, 1 for one still pending.
      await sql`
        with staff as (
          insert into staff (email, name, role, password_hash)
          values ('anna@example.com', 'Anna', 'staff', 'x') returning id
        ), service as (
          insert into services (name_en, name_de, duration_minutes)
          values ('Consultation', 'Beratung', 60) returning id
        ), booked as (
          insert into bookings (service_id, staff_id, name, email, starts_at,
            ends_at, blocked_until, status, locale, manage_token_hash)
          select service.id, staff.id, b.name, b.name || '@example.com',
            b.starts_at, b.starts_at + interval '1 hour',
            b.starts_at + interval '1 hour', b.status, 'en', b.name
          from staff, service, (values
            ('confirmed', '2027-01-05T09:00:00Z'::timestamptz, 'greta'),
            ('pending', '2027-01-05T11:00:00Z', 'hans')
          ) as b(status, starts_at, name)
          returning id, status
        )
        insert into booking_events (booking_id, to_status, actor_type)
        select id, s, 'system' from booked,
          unnest(case when status = 'confirmed'
            then array['pending', 'confirmed'] else array['pending'] end) s`
        .execute(handle.db);
      const after = await migrator.migrateToLatest();
      if (after.error) throw after.error;
      const { rows } = await sql<{ name: string; calendar_sequence: number }>`
        select name, calendar_sequence from bookings order by name`
        .execute(handle.db);
      assert.deepEqual(rows, [
        { name: "greta", calendar_sequence: 2 },
        { name: "hans", calendar_sequence: 1 },
      ]);
    } finally {
      await handle.close();
      await sql.raw(`drop database "${name}" with (force)`).execute(
        database.db,
      );
    }
  },
});
