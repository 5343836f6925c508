/**
 * The buffers before and after an appointment: per service, or the
 * business-wide settings when the service leaves them empty. Slots, bookings and moves
 * keep it clear, and the database refuses busy times (buffers included)
 * that overlap. A move also counts its new day under the staff row's
 * lock, so concurrent moves cannot overfill a service's daily maximum.
 */
import assert from "node:assert/strict";
import { sql } from "kysely";
import {
  BOOKING_CLOCK,
  createBookable,
  startBookingTestApp,
} from "./helpers/booking.ts";
import { createStaff, signIn } from "./helpers/http.ts";
import {
  type BookingEnv,
  createBooking,
  rescheduleBooking,
  SlotTakenError,
} from "@/lib/booking/bookings.ts";
import { findFreeSlots } from "@/lib/booking/availability.ts";
import { bookingEnv } from "@/lib/app/domains.ts";

const clock = BOOKING_CLOCK;
const app = await startBookingTestApp();
const { db } = app.services;
const baseEnv = await bookingEnv(app.services);

/** The env with a business-wide buffer before. */
function envWith(bufferBeforeMinutes: number): BookingEnv {
  return {
    ...baseEnv,
    settings: { ...baseEnv.settings, bufferBeforeMinutes },
  };
}

/** A second service of the fixture's staff member, with its own buffer before. */
async function serviceOf(
  staffId: string,
  bufferBeforeMinutes: number | null,
): Promise<string> {
  const { id } = await db.insertInto("services").values({
    name_en: "Prepared",
    name_de: "Vorbereitet",
    duration_minutes: 60,
    buffer_minutes: 0,
    buffer_before_minutes: bufferBeforeMinutes,
  }).returning("id").executeTakeFirstOrThrow();
  await db.insertInto("staff_services")
    .values({ staff_id: staffId, service_id: id }).execute();
  return id;
}

const book = (
  env: BookingEnv,
  serviceId: string,
  staff: string,
  start: string,
  actor: "contact" | "staff" = "contact",
) =>
  createBooking(
    db,
    env,
    {
      serviceId,
      staff,
      start: new Date(start),
      name: "Bo",
      email: `bo-${crypto.randomUUID().slice(0, 6)}@example.com`,
      locale: "en",
    },
    { type: actor },
    clock,
  );

Deno.test("a time right after another booking is refused when the service needs a buffer before", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db, {
    prefix: "before-book",
    bufferMinutes: 0,
  });
  const prepared = await serviceOf(ann, 15);
  const env = envWith(0);
  // 10:00–11:00 Berlin, no buffers.
  await book(env, serviceId, ann, "2027-01-05T09:00:00Z");

  const starts = (await findFreeSlots(db, env.settings, {
    serviceId: prepared,
    staff: ann,
    from: Temporal.PlainDate.from("2027-01-05"),
    days: 1,
  }, clock)).map((slot) => new Date(slot.start).toISOString().slice(11, 16));
  assert.ok(!starts.includes("10:00"), "11:00 Berlin needs 10:45 free");
  assert.ok(starts.includes("10:30"));

  await assert.rejects(
    book(env, prepared, ann, "2027-01-05T10:00:00Z"),
    SlotTakenError,
  );
  await assert.rejects(
    book(env, prepared, ann, "2027-01-05T10:00:00Z", "staff"),
    SlotTakenError,
    "staff skip the offer rules, but the database refuses the overlap",
  );
  const { id } = await book(env, prepared, ann, "2027-01-05T10:30:00Z");
  const row = await db.selectFrom("bookings")
    .select(["blocked_from", "starts_at", "blocked_until"])
    .where("id", "=", id).executeTakeFirstOrThrow();
  assert.deepEqual(row, {
    blocked_from: new Date("2027-01-05T10:15:00Z"),
    starts_at: new Date("2027-01-05T10:30:00Z"),
    blocked_until: new Date("2027-01-05T11:30:00Z"),
  });
});

Deno.test("a service without its own buffer before takes the business-wide one", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db, {
    prefix: "before-default",
    bufferMinutes: 0,
  });
  const plain = await serviceOf(ann, null);
  const own = await serviceOf(ann, 0);
  await book(envWith(0), serviceId, ann, "2027-01-06T09:00:00Z");
  await assert.rejects(
    book(envWith(30), plain, ann, "2027-01-06T10:00:00Z"),
    SlotTakenError,
  );
  await book(envWith(0), plain, ann, "2027-01-06T12:00:00Z");
  // Its own 0 wins over the setting's 30: right after the 13:00 Berlin one.
  await book(envWith(30), own, ann, "2027-01-06T13:00:00Z");
});

Deno.test("a service without its own buffer after takes the business-wide one", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db, {
    prefix: "after-default",
  });
  await db.updateTable("services").set({ buffer_minutes: null })
    .where("id", "=", serviceId).execute();
  const env: BookingEnv = {
    ...baseEnv,
    settings: { ...baseEnv.settings, bufferAfterMinutes: 30 },
  };
  // 10:00–11:00 Berlin, then 30 minutes kept free.
  const { id } = await book(env, serviceId, ann, "2027-01-07T09:00:00Z");
  const row = await db.selectFrom("bookings").select("blocked_until")
    .where("id", "=", id).executeTakeFirstOrThrow();
  assert.deepEqual(row.blocked_until, new Date("2027-01-07T10:30:00Z"));
  await assert.rejects(
    book(env, serviceId, ann, "2027-01-07T10:00:00Z"),
    SlotTakenError,
  );
  await book(env, serviceId, ann, "2027-01-07T10:30:00Z");
});

Deno.test("the database refuses busy times that overlap, buffers before included", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db, {
    prefix: "before-db",
  });
  const insert = (name: string, blockedFrom: string, start: string) =>
    sql`insert into bookings (service_id, staff_id, name, email, blocked_from,
        starts_at, ends_at, blocked_until, status, locale, manage_token_hash)
      values (${serviceId}, ${ann}, ${name}, ${name + "@example.com"},
        ${blockedFrom}::timestamptz, ${start}::timestamptz,
        ${start}::timestamptz + interval '1 hour',
        ${start}::timestamptz + interval '1 hour', 'confirmed', 'en',
        ${crypto.randomUUID()})`.execute(db);
  await insert("first", "2027-01-07T09:00:00Z", "2027-01-07T09:00:00Z");
  // The appointments touch; the second one's buffer before does not fit.
  await assert.rejects(
    insert("second", "2027-01-07T09:45:00Z", "2027-01-07T10:00:00Z"),
    (error: { code?: string }) => error.code === "23P01",
  );
  await assert.rejects(
    insert("backwards", "2027-01-07T12:30:00Z", "2027-01-07T12:00:00Z"),
    (error: { code?: string }) => error.code === "23514",
    "busy time cannot start after the appointment",
  );
  await insert("third", "2027-01-07T10:00:00Z", "2027-01-07T10:15:00Z");
});

Deno.test("a move keeps its service's buffer before clear", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db, {
    prefix: "before-move",
    bufferMinutes: 0,
  });
  const prepared = await serviceOf(ann, 15);
  const env = envWith(0);
  await book(env, serviceId, ann, "2027-01-08T09:00:00Z");
  const { id } = await book(env, prepared, ann, "2027-01-08T13:00:00Z");
  const move = (start: string) =>
    rescheduleBooking(db, env, id, new Date(start), { type: "contact" }, clock);
  await assert.rejects(move("2027-01-08T10:00:00Z"), SlotTakenError);
  await move("2027-01-08T10:30:00Z");
  const row = await db.selectFrom("bookings")
    .select(["blocked_from", "starts_at"])
    .where("id", "=", id).executeTakeFirstOrThrow();
  assert.deepEqual(row, {
    blocked_from: new Date("2027-01-08T10:15:00Z"),
    starts_at: new Date("2027-01-08T10:30:00Z"),
  });
});

Deno.test("moves racing into the last place of a full day: one wins", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db, {
    prefix: "move-race",
    bufferMinutes: 0,
  });
  await db.updateTable("services").set({ max_per_day: 2 })
    .where("id", "=", serviceId).execute();
  const env = envWith(0);
  // Tuesday 12 January holds one booking: one place left.
  await book(env, serviceId, ann, "2027-01-12T08:00:00Z");
  // Six bookings on six other days, each moving to its own free time on
  // the Tuesday at once.
  const moving = [];
  for (let day = 13; day <= 18; day++) {
    moving.push(
      (await book(env, serviceId, ann, `2027-01-${day}T08:00:00Z`)).id,
    );
  }
  const results = await Promise.allSettled(
    moving.map((id, i) =>
      rescheduleBooking(
        db,
        env,
        id,
        new Date(Date.parse("2027-01-12T09:00:00Z") + i * 60 * 60_000),
        { type: "contact" },
        clock,
      )
    ),
  );
  assert.equal(results.filter((r) => r.status === "fulfilled").length, 1);
  assert.ok(
    results.every((r) =>
      r.status === "fulfilled" || r.reason instanceof SlotTakenError
    ),
  );
  const tuesday = await db.selectFrom("bookings").select("id")
    .where("staff_id", "=", ann)
    .where("starts_at", ">=", new Date("2027-01-11T23:00:00Z"))
    .where("starts_at", "<", new Date("2027-01-12T23:00:00Z")).execute();
  assert.equal(tuesday.length, 2);
});

Deno.test("the buffers are saved from the service form and the booking settings", async () => {
  const { serviceId, staffIds: [ann] } = await createBookable(db, {
    prefix: "before-forms",
  });
  await createStaff(db, {
    email: "boss-buffers@example.com",
    password: "admin password 1",
    name: "Bea Boss",
    role: "admin",
  });
  const admin = await signIn(
    app.url,
    "admin",
    "boss-buffers@example.com",
    "admin password 1",
  );
  const page = `/admin/booking/services/${serviceId}`;
  const form = await admin.page(page);
  assert.match(form.html, /Buffer before \(minutes\)/);
  const save = (bufferBeforeMinutes: string, bufferMinutes = "0") =>
    admin.post(page, {
      intent: "save",
      nameEn: "Buffers",
      nameDe: "Puffer",
      durationMinutes: "60",
      bufferBeforeMinutes,
      bufferMinutes,
      price: "10",
      currency: "EUR",
      position: "0",
      active: "on",
      locationKind: "none",
      [`staff_${ann}`]: "on",
    });
  const bad = await save("241");
  assert.equal(bad.status, 422);
  await bad.body?.cancel();
  const stored = () =>
    db.selectFrom("services").select("buffer_before_minutes")
      .where("id", "=", serviceId).executeTakeFirstOrThrow();
  assert.equal((await stored()).buffer_before_minutes, null, "nothing written");
  const saved = await save("20");
  assert.equal(saved.status, 303);
  await saved.body?.cancel();
  assert.equal((await stored()).buffer_before_minutes, 20);
  assert.match(
    (await admin.page("/admin/booking/services")).html,
    /20 min buffer before/,
  );
  assert.match(
    (await admin.page(page)).html,
    /name="bufferBeforeMinutes"[^>]*value="20"/,
  );
  const cleared = await save("", "");
  await cleared.body?.cancel();
  const both = await db.selectFrom("services")
    .select(["buffer_before_minutes", "buffer_minutes"])
    .where("id", "=", serviceId).executeTakeFirstOrThrow();
  assert.deepEqual(both, { buffer_before_minutes: null, buffer_minutes: null });

  await admin.page("/admin/booking/settings");
  const settings = await admin.post("/admin/booking/settings", {
    timeZone: "Europe/Berlin",
    minNoticeMinutes: "60",
    horizonDays: "60",
    slotStepMinutes: "30",
    bufferBeforeMinutes: "10",
    bufferAfterMinutes: "5",
    cancelCutoffHours: "24",
  });
  assert.equal(settings.status, 303);
  await settings.body?.cancel();
  const row = await db.selectFrom("options").select("value")
    .where("name", "=", "booking.settings").executeTakeFirstOrThrow();
  const saved2 = JSON.parse(row.value);
  assert.equal(saved2.bufferBeforeMinutes, 10);
  assert.equal(saved2.bufferAfterMinutes, 5);
});
