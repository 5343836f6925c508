import assert from "node:assert/strict";
import { sql } from "kysely";
import { useTestDatabase } from "@/lib/db/testing.ts";
import { withDatabaseBefore } from "./testing.ts";

const database = await useTestDatabase();

Deno.test({
  name: "0041 starts an existing booking's busy time with the booking",
  ignore: !database.url,
  async fn() {
    await withDatabaseBefore(
      database,
      "0040_staff_date_hours",
      async (db, migrateToLatest) => {
        await sql`
        with staff as (
          insert into staff (email, name, role, password_hash)
          values ('ida@example.com', 'Ida', 'staff', 'x') returning id
        ), service as (
          insert into services (name_en, name_de, duration_minutes)
          values ('Check-up', 'Kontrolle', 30) returning id
        )
        insert into bookings (service_id, staff_id, name, email, starts_at,
          ends_at, blocked_until, status, locale, manage_token_hash)
        select service.id, staff.id, 'Jan', 'jan@example.com',
          '2027-02-01T09:00:00Z', '2027-02-01T09:30:00Z',
          '2027-02-01T09:40:00Z', 'confirmed', 'de', 'jan'
        from staff, service`.execute(db);
        await migrateToLatest();
        const { rows } = await sql<{ same: boolean }>`
        select blocked_from = starts_at as same from bookings`.execute(db);
        assert.deepEqual(rows, [{ same: true }]);
      },
    );
  },
});
