/**
 * Moving a booking: by the client from the emailed manage link and by
 * staff in admin, under the rules of booking; one booking id, its history
 * and calendar UID kept, SEQUENCE raised, the old time freed by the same
 * update that takes the new one (the exclusion constraint settles races).
 */
import assert from "node:assert/strict";
import {
  BOOKING_CLOCK,
  createBookable,
  startBookingTestApp,
} from "./helpers/booking.ts";
import { readCalendar } from "./helpers/mail.ts";
import { signIn, TestClient } from "./helpers/http.ts";
import {
  changeBookingStatus,
  createBooking,
  rescheduleBooking,
  SlotTakenError,
} from "@/lib/booking/bookings.ts";
import { findFreeSlots } from "@/lib/booking/availability.ts";
import { bookingEnv } from "@/lib/app/domains.ts";

const clock = BOOKING_CLOCK;
const app = await startBookingTestApp();
const { db } = app.services;
const env = await bookingEnv(app.services);

/** A visitor's booking (pending) and its manage path. */
async function booked(
  fixture: { serviceId: string; staffIds: string[] },
  start: string,
  email = `${crypto.randomUUID().slice(0, 8)}@example.com`,
) {
  const { id, manageToken: token } = await createBooking(
    db,
    env,
    {
      serviceId: fixture.serviceId,
      staff: fixture.staffIds[0],
      start: new Date(start),
      name: "Greta Graf",
      email,
      locale: "en",
    },
    { type: "contact" },
    clock,
  );
  return { id, email, manage: `/booking/manage/${token}` };
}

async function row(id: string) {
  return await db.selectFrom("bookings")
    .select(["starts_at", "ends_at", "status", "calendar_sequence"])
    .where("id", "=", id).executeTakeFirstOrThrow();
}

function calendarOfRow(mail: { attachments: { content: string }[] }) {
  const text = new TextDecoder().decode(
    Uint8Array.from(atob(mail.attachments[0].content), (c) => c.charCodeAt(0)),
  );
  return readCalendar(text);
}

Deno.test("the client moves a booking from the manage link, step by step without JavaScript", async () => {
  const fixture = await createBookable(db);
  const { id, email, manage } = await booked(
    fixture,
    "2027-01-07T09:00:00.000Z",
  );
  const client = new TestClient(app.url);
  const page = await client.page(manage);
  assert.ok(page.html.includes(`href="${manage}/reschedule"`));

  const picker = await client.page(`${manage}/reschedule`);
  assert.equal(picker.status, 200);
  const link = picker.html.match(
    /href="([^"]*\/reschedule\?start=[^"]+)"/,
  )?.[1];
  assert.ok(link, "each free time is a plain link");
  const confirm = await client.page(
    `${manage}/reschedule?start=${
      encodeURIComponent("2027-01-08T12:00:00.000Z")
    }`,
  );
  assert.match(confirm.html, /Move the appointment to/);

  const before = await row(id);
  const res = await client.post(`${manage}/reschedule`, {
    start: "2027-01-08T12:00:00.000Z",
  });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get("location"), manage);
  await res.body?.cancel();

  const after = await row(id);
  assert.deepEqual(after.starts_at, new Date("2027-01-08T12:00:00Z"));
  assert.deepEqual(after.ends_at, new Date("2027-01-08T13:00:00Z"));
  assert.equal(after.status, "pending");
  assert.equal(after.calendar_sequence, before.calendar_sequence + 1);
  const events = await db.selectFrom("booking_events")
    .select(["from_status", "to_status", "moved_from", "moved_to"])
    .where("booking_id", "=", id).orderBy("id").execute();
  assert.deepEqual(events.at(-1), {
    from_status: "pending",
    to_status: "pending",
    moved_from: new Date("2027-01-07T09:00:00Z"),
    moved_to: new Date("2027-01-08T12:00:00Z"),
  });

  // The client's calendar file: the same UID, a higher SEQUENCE (ical.js).
  const mails = await db.selectFrom("email_outbox").selectAll()
    .where("to_address", "=", email).orderBy("created_at").execute();
  assert.equal(mails.length, 2);
  assert.match(mails[1].subject, /^Appointment moved: Consultation/);
  const [first, moved] = mails.map(calendarOfRow);
  assert.equal(moved.uid, first.uid);
  assert.ok(moved.sequence > first.sequence);
  assert.equal(moved.method, "REQUEST");
  assert.deepEqual(moved.start, new Date("2027-01-08T12:00:00Z"));

  // The old time is free again for anyone.
  const free = await findFreeSlots(db, env.settings, {
    serviceId: fixture.serviceId,
    staff: fixture.staffIds[0],
    from: Temporal.PlainDate.from("2027-01-07"),
    days: 1,
  }, clock);
  assert.ok(
    free.some((slot) => slot.start === Date.parse("2027-01-07T09:00:00Z")),
  );
});

Deno.test("the slots API frees a moved booking's own time only with its manage token", async () => {
  const fixture = await createBookable(db);
  const { manage } = await booked(fixture, "2027-01-12T09:00:00.000Z");
  const token = manage.split("/").pop()!;
  const url = `/booking/api/slots?service=${fixture.serviceId}&staff=${
    fixture.staffIds[0]
  }&from=2027-01-12&days=1`;
  const starts = async (path: string) => {
    const res = await app.request(path);
    assert.equal(res.status, 200);
    return (await res.json()).slots.map((s: { start: string }) => s.start);
  };
  assert.ok(!(await starts(url)).includes("2027-01-12T09:00:00.000Z"));
  assert.ok(
    (await starts(`${url}&manage=${token}`)).includes(
      "2027-01-12T09:00:00.000Z",
    ),
  );
  const tampered = await app.request(`${url}&manage=${token}x`);
  assert.equal(tampered.status, 404);
  await tampered.body?.cancel();
});

Deno.test("a move into a taken time is a 409 with nearby free times, nothing changed", async () => {
  const fixture = await createBookable(db);
  const mover = await booked(fixture, "2027-01-13T09:00:00.000Z");
  await booked(fixture, "2027-01-13T12:00:00.000Z");
  const client = new TestClient(app.url);
  await client.page(mover.manage);
  const before = await row(mover.id);
  const res = await client.post(`${mover.manage}/reschedule`, {
    start: "2027-01-13T12:00:00.000Z",
  });
  assert.equal(res.status, 409);
  const html = await res.text();
  assert.match(html, /This time was just taken/);
  const offered = [...html.matchAll(/name="start" value="([^"]+)"/g)]
    .map((m) => m[1]);
  assert.ok(offered.length >= 3);
  assert.ok(!offered.includes("2027-01-13T12:00:00.000Z"));
  assert.deepEqual(await row(mover.id), before);
});

Deno.test("20 concurrent moves into one free time: one winner, its old time freed, the others unchanged", async () => {
  const fixture = await createBookable(db);
  // 20 bookings of one staff member on five days, four a day.
  const bookings = [];
  for (let day = 0; day < 5; day++) {
    for (const hour of [8, 10, 12, 14]) {
      const date = `2027-01-${String(18 + day).padStart(2, "0")}`;
      bookings.push(
        await booked(
          fixture,
          `${date}T${String(hour).padStart(2, "0")}:00:00.000Z`,
        ),
      );
    }
  }
  const target = "2027-01-25T10:00:00.000Z";
  const clients = await Promise.all(bookings.map(async (booking) => {
    const client = new TestClient(app.url);
    await client.page(booking.manage);
    return client;
  }));
  const before = await Promise.all(bookings.map((b) => row(b.id)));
  const responses = await Promise.all(
    bookings.map((booking, i) =>
      clients[i].post(`${booking.manage}/reschedule`, { start: target })
    ),
  );
  const statuses = responses.map((r) => r.status);
  await Promise.all(responses.map((r) => r.body?.cancel()));
  assert.equal(statuses.filter((s) => s === 303).length, 1);
  assert.equal(statuses.filter((s) => s === 409).length, 19);

  const after = await Promise.all(bookings.map((b) => row(b.id)));
  const winner = statuses.indexOf(303);
  assert.deepEqual(after[winner].starts_at, new Date(target));
  after.forEach((booking, i) => {
    if (i !== winner) assert.deepEqual(booking, before[i], `loser ${i}`);
  });
  const atTarget = await db.selectFrom("bookings").select("id")
    .where("staff_id", "=", fixture.staffIds[0])
    .where("starts_at", "=", new Date(target)).execute();
  assert.equal(atTarget.length, 1);
  // The winner's old time is offered again.
  const old = before[winner].starts_at;
  const free = await findFreeSlots(db, env.settings, {
    serviceId: fixture.serviceId,
    staff: fixture.staffIds[0],
    from: Temporal.PlainDate.from(old.toISOString().slice(0, 10)),
    days: 1,
  }, clock);
  assert.ok(free.some((slot) => slot.start === old.getTime()));
});

Deno.test("bad moves are refused with a clear message and write nothing", async () => {
  const fixture = await createBookable(db);
  const live = await booked(fixture, "2027-01-14T09:00:00.000Z");
  const client = new TestClient(app.url);
  await client.page(live.manage);
  const before = await row(live.id);
  const outbox = async () =>
    Number(
      (await db.selectFrom("email_outbox").select(db.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()).n,
    );
  const mailsBefore = await outbox();

  for (
    const [label, start] of [
      ["not offered", "2027-01-14T20:00:00.000Z"],
      ["off the grid", "2027-01-14T12:10:00.000Z"],
      ["in the past", "2027-01-01T09:00:00.000Z"],
      ["not a time", "tomorrow"],
    ]
  ) {
    const res = await client.post(`${live.manage}/reschedule`, { start });
    assert.equal(res.status, 422, label);
    assert.match(await res.text(), /This time is not offered/, label);
  }
  const tampered = await client.post(`${live.manage}x/reschedule`, {
    start: "2027-01-14T12:00:00.000Z",
  });
  assert.equal(tampered.status, 404);
  await tampered.body?.cancel();
  assert.deepEqual(await row(live.id), before);
  assert.equal(await outbox(), mailsBefore);

  // Cancelled: the page says so, a post changes nothing.
  const gone = await booked(fixture, "2027-01-15T09:00:00.000Z");
  await changeBookingStatus(db, env, gone.id, "cancelled", {
    type: "contact",
  }, clock);
  const page = await client.page(`${gone.manage}/reschedule`);
  assert.match(page.html, /This appointment is cancelled/);
  const goneBefore = await row(gone.id);
  const mailsGone = await outbox();
  const late = await client.post(`${gone.manage}/reschedule`, {
    start: "2027-01-15T12:00:00.000Z",
  });
  assert.equal(late.status, 303);
  await late.body?.cancel();
  const shown = await client.page(gone.manage);
  assert.match(shown.html, /cancelled and can no longer be changed/);
  assert.deepEqual(await row(gone.id), goneBefore);
  assert.equal(await outbox(), mailsGone);

  // Within the cutoff (24 h): no online move, whom to contact instead.
  const soon = await booked(fixture, "2027-01-04T14:00:00.000Z");
  const soonPage = await client.page(`${soon.manage}/reschedule`);
  assert.match(soonPage.html, /can no longer be moved or cancelled online/);
  const soonBefore = await row(soon.id);
  const mailsSoon = await outbox();
  const tooLate = await client.post(`${soon.manage}/reschedule`, {
    start: "2027-01-04T15:00:00.000Z",
  });
  assert.equal(tooLate.status, 303);
  await tooLate.body?.cancel();
  assert.deepEqual(await row(soon.id), soonBefore);
  assert.equal(await outbox(), mailsSoon);
});

Deno.test("staff move a booking in admin to a free time; a taken one is a 409", async () => {
  const fixture = await createBookable(db, { prefix: "admin-move" });
  const { id, email } = await booked(fixture, "2027-01-19T09:00:00.000Z");
  await booked(fixture, "2027-01-19T13:00:00.000Z");
  const staff = await signIn(
    app.url,
    "admin",
    "staff-admin-move-0@example.com",
    "staff password 1",
  );
  const detail = await staff.page(`/admin/booking/${id}`);
  assert.ok(detail.html.includes(`href="/admin/booking/${id}/reschedule"`));
  const picker = await staff.page(`/admin/booking/${id}/reschedule`);
  assert.equal(picker.status, 200);
  assert.ok(
    picker.html.includes(`/admin/booking/${id}/reschedule?start=`),
    "the picker's times lead to the confirmation",
  );
  const taken = await staff.post(`/admin/booking/${id}/reschedule`, {
    start: "2027-01-19T13:00:00.000Z",
  });
  assert.equal(taken.status, 409);
  await taken.body?.cancel();
  const res = await staff.post(`/admin/booking/${id}/reschedule`, {
    start: "2027-01-20T10:00:00.000Z",
  });
  assert.equal(res.status, 303);
  await res.body?.cancel();
  assert.deepEqual(
    (await row(id)).starts_at,
    new Date("2027-01-20T10:00:00Z"),
  );
  const event = await db.selectFrom("booking_events")
    .select(["actor_type", "actor_id"])
    .where("booking_id", "=", id).where("moved_to", "is not", null)
    .executeTakeFirstOrThrow();
  assert.deepEqual(event, {
    actor_type: "staff",
    actor_id: fixture.staffIds[0],
  });
  const history = await staff.page(`/admin/booking/${id}`);
  assert.match(history.html, /Moved from/);
  const moved = await db.selectFrom("email_outbox").select("subject")
    .where("to_address", "=", email)
    .where("dedupe_key", "like", "%:rescheduled:%").execute();
  assert.equal(moved.length, 1);
});

Deno.test("a move resets the reminder and keeps the booking's status", async () => {
  const fixture = await createBookable(db);
  const { id } = await booked(fixture, "2027-01-21T09:00:00.000Z");
  await changeBookingStatus(db, env, id, "confirmed", { type: "staff" }, clock);
  await db.updateTable("bookings").set({ reminder_sent_at: clock })
    .where("id", "=", id).execute();
  await rescheduleBooking(
    db,
    env,
    id,
    new Date("2027-01-22T09:00:00Z"),
    { type: "staff" },
    clock,
  );
  const moved = await db.selectFrom("bookings")
    .select(["status", "reminder_sent_at"]).where("id", "=", id)
    .executeTakeFirstOrThrow();
  assert.deepEqual(moved, { status: "confirmed", reminder_sent_at: null });
  // The same time again changes nothing.
  const sequence = (await row(id)).calendar_sequence;
  await rescheduleBooking(
    db,
    env,
    id,
    new Date("2027-01-22T09:00:00Z"),
    { type: "staff" },
    clock,
  );
  assert.equal((await row(id)).calendar_sequence, sequence);
  await assert.rejects(
    rescheduleBooking(
      db,
      env,
      id,
      new Date("2027-01-22T20:00:00Z"),
      { type: "staff" },
      clock,
    ),
    (error) => !(error instanceof SlotTakenError),
  );
});
