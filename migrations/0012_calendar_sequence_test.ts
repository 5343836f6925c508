import assert from "node:assert/strict";
import { sql } from "kysely";
import { useTestDatabase } from "@/lib/db/testing.ts";
import { withDatabaseBefore } from "./testing.ts";

const database = await useTestDatabase();

Deno.test({
  name:
    "0012 starts each booking's SEQUENCE at what its last calendar file carried",
  ignore: !database.url,
  async fn() {
    await withDatabaseBefore(
      database,
      "0011_job_leases",
      async (db, migrateToLatest) => {
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
          .execute(db);
        await migrateToLatest();
        const { rows } = await sql<{ name: string; calendar_sequence: number }>`
        select name, calendar_sequence from bookings order by name`
          .execute(db);
        assert.deepEqual(rows, [
          { name: "greta", calendar_sequence: 2 },
          { name: "hans", calendar_sequence: 1 },
        ]);
      },
    );
  },
});
