/**
 * A service's own booking rules (minimum notice, horizon, appointments per
 * staff member and day) are saved from its admin form, empty meaning the
 * business-wide setting, and bound what createBooking accepts.
 */
import assert from "node:assert/strict";
import {
  BOOKING_CLOCK,
  createBookable,
  startBookingTestApp,
} from "./helpers/booking.ts";
import { createStaff, signIn } from "./helpers/http.ts";
import {
  createBooking,
  type NewBooking,
  rescheduleBooking,
  SlotTakenError,
} from "@/lib/booking/bookings.ts";
import { bookingEnv } from "@/lib/app/domains.ts";
import { ValidationError } from "@/lib/errors.ts";

const clock = BOOKING_CLOCK;
const app = await startBookingTestApp();
const { db } = app.services;
await createStaff(db, {
  email: "boss-rules@example.com",
  password: "admin password 1",
  name: "Bea Boss",
  role: "admin",
});
const admin = await signIn(
  app.url,
  "admin",
  "boss-rules@example.com",
  "admin password 1",
);

async function saveService(
  serviceId: string,
  staffId: string,
  rules: Record<string, string>,
) {
  const page = `/admin/booking/services/${serviceId}`;
  await admin.page(page);
  return await admin.post(page, {
    intent: "save",
    nameEn: "Rules",
    nameDe: "Regeln",
    durationMinutes: "60",
    bufferMinutes: "0",
    price: "10",
    currency: "EUR",
    position: "0",
    active: "on",
    locationKind: "none",
    [`staff_${staffId}`]: "on",
    ...rules,
  });
}

Deno.test("a service's notice, horizon and daily maximum are saved, and bad ones refused with a message", async () => {
  const { serviceId, staffIds } = await createBookable(db, {
    prefix: "rules-form",
  });
  const bad = await saveService(serviceId, staffIds[0], {
    horizonDays: "0",
    maxPerDay: "abc",
  });
  assert.equal(bad.status, 422);
  assert.equal(
    (await bad.text()).match(/Please enter a whole number/g)?.length ?? 0,
    2,
  );
  const saved = await saveService(serviceId, staffIds[0], {
    minNoticeMinutes: "",
    horizonDays: "3",
    maxPerDay: "1",
  });
  assert.equal(saved.status, 303);
  await saved.body?.cancel();
  const row = await db.selectFrom("services")
    .select(["min_notice_minutes", "horizon_days", "max_per_day"])
    .where("id", "=", serviceId).executeTakeFirstOrThrow();
  assert.deepEqual(row, {
    min_notice_minutes: null,
    horizon_days: 3,
    max_per_day: 1,
  });
});

Deno.test("createBooking keeps to the service's horizon and daily maximum", async () => {
  const { serviceId, staffIds } = await createBookable(db, {
    prefix: "rules-book",
    bufferMinutes: 0,
  });
  await db.updateTable("services").set({ horizon_days: 3, max_per_day: 1 })
    .where("id", "=", serviceId).execute();
  const env = await bookingEnv(app.services);
  const book = (start: string, email: string) =>
    createBooking(
      db,
      env,
      {
        serviceId,
        staff: staffIds[0],
        start: new Date(start),
        name: "Rita",
        email,
        locale: "en",
      } satisfies NewBooking,
      { type: "contact" },
      clock,
    );

  await assert.rejects(
    book("2027-01-08T09:00:00Z", "far@example.com"),
    ValidationError,
    "four days ahead is past the service's horizon of three",
  );
  await book("2027-01-05T09:00:00Z", "first@example.com");
  await assert.rejects(
    book("2027-01-05T13:00:00Z", "second@example.com"),
    SlotTakenError,
    "the staff member's day is full for this service",
  );
  const { id } = await book("2027-01-06T13:00:00Z", "next-day@example.com");

  // A move keeps to the same rules: not past the horizon, not into a full
  // day; within its own day it is still free to move (it is the one booking).
  const move = (start: string) =>
    rescheduleBooking(db, env, id, new Date(start), { type: "contact" }, clock);
  await assert.rejects(move("2027-01-08T09:00:00Z"), ValidationError);
  await assert.rejects(move("2027-01-05T14:00:00Z"), SlotTakenError);
  await move("2027-01-06T14:00:00Z");
});

Deno.test("ten visitors booking different times of one staff member's day, two allowed: two win", async () => {
  const { serviceId, staffIds } = await createBookable(db, {
    prefix: "rules-race",
    bufferMinutes: 0,
  });
  await db.updateTable("services").set({ max_per_day: 2 })
    .where("id", "=", serviceId).execute();
  const env = await bookingEnv(app.services);
  // Tuesday 12 January, 09:00 to 14:00 Berlin, one start per half hour.
  const starts = Array.from(
    { length: 10 },
    (_, i) => new Date(Date.parse("2027-01-12T08:00:00Z") + i * 30 * 60_000),
  );
  const results = await Promise.allSettled(
    starts.map((start, i) =>
      createBooking(
        db,
        env,
        {
          serviceId,
          staff: staffIds[0],
          start,
          name: "Racer",
          email: `racer-${i}@example.com`,
          locale: "en",
        },
        { type: "contact" },
        clock,
      )
    ),
  );
  const won = results.filter((r) => r.status === "fulfilled");
  const lost = results.filter((r) => r.status === "rejected");
  assert.equal(won.length, 2);
  assert.ok(lost.every((r) => r.reason instanceof SlotTakenError));
  const stored = await db.selectFrom("bookings").select("id")
    .where("service_id", "=", serviceId).execute();
  assert.equal(stored.length, 2);
});
