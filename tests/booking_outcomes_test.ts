/**
 * Completed and no-show: set by staff once an appointment has begun,
 * recorded in the history, shown in the client's portal and counted on
 * the dashboard; the client is not emailed and the calendar file keeps
 * its version.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createBookable, setBookingSettings } from "./helpers/booking.ts";
import { createClientWithContact, signIn } from "./helpers/http.ts";
import { changeBookingStatus, createBooking } from "@/lib/booking/bookings.ts";
import { bookingOutcomes } from "@/lib/dashboard/overview.ts";
import { bookingEnv } from "@/lib/app/domains.ts";
import { ConflictError } from "@/lib/errors.ts";

// Monday 4 January 2027, 07:00 in Berlin; the tests move it on.
let clock = new Date("2027-01-04T06:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
await setBookingSettings(db, {
  minNoticeMinutes: 60,
  horizonDays: 60,
  slotStepMinutes: 30,
});
const env = await bookingEnv(app.services);
const staff = { type: "staff" as const };

async function confirmedBooking(
  serviceId: string,
  staffId: string,
  start: string,
  email: string,
) {
  const { id } = await createBooking(
    db,
    env,
    {
      serviceId,
      staff: staffId,
      start: new Date(start),
      name: "Olga Outcome",
      email,
      locale: "en",
    },
    { type: "contact" },
    clock,
  );
  await changeBookingStatus(db, env, id, "confirmed", staff, clock);
  return id;
}

const isCode = (code: string) => (error: unknown) =>
  error instanceof ConflictError && error.code === code;

Deno.test("an outcome only once the appointment has begun, with history, no email, the same calendar version", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const id = await confirmedBooking(
    serviceId,
    staffIds[0],
    "2027-01-05T09:00:00.000Z",
    "olga@example.com",
  );
  const before = await db.selectFrom("bookings")
    .select("calendar_sequence").where("id", "=", id)
    .executeTakeFirstOrThrow();
  const mails = async () =>
    (await db.selectFrom("email_outbox").select("id")
      .where("to_address", "=", "olga@example.com").execute()).length;
  const mailed = await mails();

  await assert.rejects(
    changeBookingStatus(db, env, id, "completed", staff, clock),
    isCode("NOT_STARTED"),
  );
  const started = new Date("2027-01-05T09:00:00Z");
  await changeBookingStatus(db, env, id, "no_show", staff, started);
  // A slip of the hand is set right.
  await changeBookingStatus(db, env, id, "completed", staff, started);
  await assert.rejects(
    changeBookingStatus(db, env, id, "cancelled", staff, started),
    isCode("BAD_TRANSITION"),
  );
  const after = await db.selectFrom("bookings")
    .select(["status", "calendar_sequence"]).where("id", "=", id)
    .executeTakeFirstOrThrow();
  assert.deepEqual(after, {
    status: "completed",
    calendar_sequence: before.calendar_sequence,
  });
  assert.equal(await mails(), mailed, "the client is not emailed");
  const events = await db.selectFrom("booking_events")
    .select(["from_status", "to_status"]).where("booking_id", "=", id)
    .orderBy("id").execute();
  assert.deepEqual(events.map((e) => `${e.from_status}->${e.to_status}`), [
    "null->pending",
    "pending->confirmed",
    "confirmed->no_show",
    "no_show->completed",
  ]);

  const pending = await createBooking(
    db,
    env,
    {
      serviceId,
      staff: staffIds[0],
      start: new Date("2027-01-05T12:00:00Z"),
      name: "Pia Pending",
      email: "pia@example.com",
      locale: "en",
    },
    { type: "contact" },
    clock,
  );
  await assert.rejects(
    changeBookingStatus(
      db,
      env,
      pending.id,
      "completed",
      staff,
      new Date("2027-01-05T13:00:00Z"),
    ),
    isCode("BAD_TRANSITION"),
    "only a confirmed appointment took place",
  );
});

Deno.test("staff record the outcome in admin; the portal shows it; the dashboard counts it", async () => {
  const { serviceId, staffIds } = await createBookable(db, {
    prefix: "outcome",
  });
  const came = await confirmedBooking(
    serviceId,
    staffIds[0],
    "2027-01-06T09:00:00.000Z",
    "carla@example.com",
  );
  const away = await confirmedBooking(
    serviceId,
    staffIds[0],
    "2027-01-06T12:00:00.000Z",
    "carla@example.com",
  );
  const signedIn = () =>
    signIn(
      app.url,
      "admin",
      "staff-outcome-0@example.com",
      "staff password 1",
    );
  const early = await (await signedIn()).page(`/admin/booking/${came}`);
  assert.equal(early.status, 200);
  assert.doesNotMatch(early.html, /Mark completed/, "not before it began");

  clock = new Date("2027-01-06T15:00:00Z");
  try {
    // A session of two days ago has lapsed: sign in on the new day.
    const member = await signedIn();
    const page = await member.page(`/admin/booking/${came}`);
    assert.match(page.html, /Mark completed/);
    assert.match(page.html, /Mark no-show/);
    const query = { timeZone: "Europe/Berlin", weeks: 12 };
    const counted = await bookingOutcomes(db, query, clock);
    for (const [id, intent] of [[came, "completed"], [away, "no_show"]]) {
      const res = await member.post(`/admin/booking/${id}`, { intent });
      assert.equal(res.status, 303);
      await res.body?.cancel();
    }
    const history = await member.page(`/admin/booking/${away}`);
    assert.match(history.html, /badge-no_show/);
    const list = await member.page("/admin/booking?status=no_show");
    assert.ok(list.html.includes(`/admin/booking/${away}`));
    assert.ok(!list.html.includes(`/admin/booking/${came}`));

    await createClientWithContact(db, {
      email: "carla@example.com",
      password: "carla password 1",
      name: "Carla",
    });
    const carla = await signIn(
      app.url,
      "clients",
      "carla@example.com",
      "carla password 1",
    );
    const portal = await carla.page("/clients/booking");
    assert.match(portal.html, /Completed/);
    assert.match(portal.html, /No-show/);

    const now = await bookingOutcomes(db, query, clock);
    assert.deepEqual(now, {
      completed: counted.completed + 1,
      noShow: counted.noShow + 1,
    });
    const dashboard = await member.page("/admin");
    assert.ok(
      dashboard.html.includes(
        `${now.completed} completed, ${now.noShow} no-shows`,
      ),
    );
  } finally {
    clock = new Date("2027-01-04T06:00:00Z");
  }
});
