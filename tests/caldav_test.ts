/**
 * CalDAV two-way sync against a real Radicale: a staff member connects
 * their calendar (the app password sealed), its busy times take slots
 * off the booking page, and bookings are written into it (created,
 * moved, removed on cancel) through the outbox. With Radicale away the
 * booking page works from the last known busy times, their age and the
 * error are shown to staff, and the writes are retried afterwards with
 * nothing lost or doubled.
 */
import assert from "node:assert/strict";
import ICAL from "ical.js";
import { fetchCalendarObjects, updateObject } from "tsdav";
import { startTestApp } from "./helpers/app.ts";
import { createBookable, setBookingSettings } from "./helpers/booking.ts";
import { signIn } from "./helpers/http.ts";
import { startTestRadicale } from "./helpers/radicale.ts";
import { waitFor } from "./helpers/wait.ts";
import {
  changeBookingStatus,
  createBooking,
  rescheduleBooking,
} from "@/lib/booking/bookings.ts";
import { findFreeSlots } from "@/lib/booking/availability.ts";
import { ValidationError } from "@/lib/errors.ts";
import { bookingEnv, caldavEnv } from "@/lib/app/domains.ts";
import {
  connectCaldav,
  pushCalendarWrites,
  refreshBusyTimes,
  syncCalendars,
} from "@/lib/calendars/caldav.ts";

// Monday 4 January 2027, 07:00 in Berlin.
let clock = new Date("2027-01-04T06:00:00Z");
// Radicale and the bad servers listen on 127.0.0.1.
const app = await startTestApp({
  now: () => clock,
  env: { CALDAV_ALLOW_PRIVATE: "1" },
});
const radicale = await startTestRadicale();
Deno.test.afterAll(async () => {
  await app.close();
  await radicale.close();
});
const { db } = app.services;
await setBookingSettings(db, {
  minNoticeMinutes: 60,
  horizonDays: 30,
  slotStepMinutes: 60,
  autoConfirm: true,
});

/** Until no write is on the network (the after-commit writer is done). */
async function writesSettled() {
  await waitFor(
    "calendar writes recorded",
    async () =>
      (await db.selectFrom("caldav_outbox").select("booking_id")
        .where("locked_until", "is not", null).execute()).length === 0,
  );
}

/** Puts an event of the staff member's own into their calendar. */
async function putForeignEvent(name: string, lines: string[]) {
  const res = await updateObject({
    url: `${radicale.calendarUrl}${name}.ics`,
    data: [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//test//EN",
      "BEGIN:VEVENT",
      `UID:${name}@elsewhere.example`,
      "DTSTAMP:20261201T000000Z",
      ...lines,
      "END:VEVENT",
      "END:VCALENDAR",
      "",
    ].join("\r\n"),
    headers: { ...radicale.headers, "content-type": "text/calendar" },
  });
  assert.ok(res.ok, `PUT ${name}: ${res.status}`);
  await res.body?.cancel();
}

/** Portico's events in the calendar, read back from Radicale. */
async function porticoEvents() {
  const objects = await fetchCalendarObjects({
    calendar: { url: radicale.calendarUrl },
    headers: radicale.headers,
  });
  return objects.filter((o) => o.url.includes("/portico-")).map((o) => {
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(o.data)).getFirstSubcomponent("vevent")!,
    );
    return {
      url: o.url,
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      summary: event.summary,
    };
  });
}

Deno.test("a connected CalDAV calendar blocks slots and receives the bookings, also after being away", async (t) => {
  const { serviceId, staffIds } = await createBookable(db, {
    prefix: "caldav",
    bufferMinutes: 0,
  });
  const [staffId] = staffIds;
  // 12:00–13:00 in Berlin on Tuesday is taken elsewhere; a free-time
  // marker (TRANSPARENT) at 14:00 and a weekly meeting at 15:00 too.
  await putForeignEvent("dentist", [
    "DTSTART:20270105T110000Z",
    "DTEND:20270105T120000Z",
    "SUMMARY:Dentist",
  ]);
  await putForeignEvent("maybe", [
    "DTSTART:20270105T130000Z",
    "DTEND:20270105T140000Z",
    "TRANSP:TRANSPARENT",
    "SUMMARY:Free",
  ]);
  await putForeignEvent("weekly", [
    "DTSTART;TZID=Europe/Berlin:20270105T150000",
    "DTEND;TZID=Europe/Berlin:20270105T160000",
    "RRULE:FREQ=WEEKLY;COUNT=3",
    "SUMMARY:Team",
  ]);
  const settings = (await bookingEnv(app.services)).settings;
  const slotsOn = async (day: string) =>
    (await findFreeSlots(db, settings, {
      serviceId,
      staff: staffId,
      from: Temporal.PlainDate.from(day),
      days: 1,
    }, clock)).map((slot) =>
      new Date(slot.start).toLocaleTimeString("en-GB", {
        timeZone: "Europe/Berlin",
        hour: "2-digit",
        minute: "2-digit",
      })
    );
  assert.ok((await slotsOn("2027-01-05")).includes("12:00"));

  const staff = await signIn(
    app.url,
    "admin",
    "staff-caldav-0@example.com",
    "staff password 1",
  );

  await t.step(
    "a wrong password is said on the form and nothing is stored",
    async () => {
      await staff.page("/admin/booking/calendar");
      const res = await staff.post("/admin/booking/calendar", {
        intent: "connectCaldav",
        server_url: radicale.url,
        username: radicale.username,
        password: "wrong",
      });
      assert.equal(res.status, 422);
      assert.match(await res.text(), /No CalDAV calendar answered/);
      assert.equal(
        (await db.selectFrom("caldav_connections").selectAll().execute())
          .length,
        0,
      );
    },
  );

  await t.step(
    "a server on a private address is refused unless allowed",
    async () => {
      const refused = await connectCaldav(
        db,
        { ...await caldavEnv(app.services), allowPrivate: false },
        { type: "staff", id: staffId },
        staffId,
        {
          serverUrl: radicale.url,
          username: radicale.username,
          password: radicale.password,
        },
        clock,
      ).catch((error) => error);
      assert.ok(refused instanceof ValidationError);
      assert.deepEqual(refused.fields, {
        server_url: "calendars.caldav.refusedAddress",
      });
    },
  );

  await t.step(
    "connecting stores the password sealed and reads the busy times",
    async () => {
      const res = await staff.post("/admin/booking/calendar", {
        intent: "connectCaldav",
        server_url: radicale.url,
        username: radicale.username,
        password: radicale.password,
      });
      assert.equal(res.status, 303);
      await res.body?.cancel();
      const row = await db.selectFrom("caldav_connections").selectAll()
        .where("staff_id", "=", staffId).executeTakeFirstOrThrow();
      assert.equal(row.calendar_url, radicale.calendarUrl);
      assert.ok(!row.password_sealed.includes(radicale.password));
      assert.equal(
        await app.services.keys.decrypt("caldav-password", row.password_sealed),
        radicale.password,
      );
      const tuesday = await slotsOn("2027-01-05");
      assert.ok(!tuesday.includes("12:00"), "the dentist's hour is taken");
      assert.ok(tuesday.includes("14:00"), "a free-time event blocks nothing");
      assert.ok(!tuesday.includes("15:00"), "the weekly meeting is taken");
      assert.ok(!(await slotsOn("2027-01-12")).includes("15:00"));
      assert.ok(
        (await slotsOn("2027-01-26")).includes("15:00"),
        "COUNT=3 ends",
      );
      const page = await staff.page("/admin/booking/calendar");
      assert.match(page.html, /Busy times as of/);
    },
  );

  const env = await bookingEnv(app.services);
  const calendars = await caldavEnv(app.services);
  let bookingId = "";
  await t.step(
    "a booking is written into the calendar, and moved with it",
    async () => {
      ({ id: bookingId } = await createBooking(
        db,
        env,
        {
          serviceId,
          staff: staffId,
          start: new Date("2027-01-06T09:00:00Z"),
          name: "Greta Graf",
          email: "greta@example.com",
          locale: "en",
        },
        { type: "contact" },
        clock,
      ));
      // Written right after the commit, with no job run.
      await waitFor(
        "the booking in the calendar",
        async () => (await porticoEvents()).length === 1,
      );
      await writesSettled();
      let events = await porticoEvents();
      assert.equal(events[0].start, "2027-01-06T09:00:00.000Z");
      assert.equal(events[0].summary, "Consultation caldav · Greta Graf");
      assert.ok(events[0].url.endsWith(`/portico-${bookingId}.ics`));
      // Our own event is never read back as busy time of its own.
      assert.ok(await refreshBusyTimes(db, calendars, staffId, clock));

      await rescheduleBooking(
        db,
        env,
        bookingId,
        new Date("2027-01-06T10:00:00Z"),
        { type: "staff", id: staffId },
        clock,
      );
      await waitFor(
        "the event moved",
        async () =>
          (await porticoEvents())[0]?.start === "2027-01-06T10:00:00.000Z",
      );
      await writesSettled();
      events = await porticoEvents();
      assert.equal(events.length, 1, "moved, not doubled");
      assert.equal(events[0].start, "2027-01-06T10:00:00.000Z");
    },
  );

  await t.step(
    "with Radicale away: booking works from the last busy times, writes wait and then go through once",
    async () => {
      await radicale.stop();
      // The page still offers and refuses the same times, from the cache.
      assert.ok(!(await slotsOn("2027-01-05")).includes("12:00"));
      const second = await createBooking(
        db,
        env,
        {
          serviceId,
          staff: staffId,
          start: new Date("2027-01-07T09:00:00Z"),
          name: "Hanna Hof",
          email: "hanna@example.com",
          locale: "en",
        },
        { type: "contact" },
        clock,
      );
      await changeBookingStatus(
        db,
        env,
        bookingId,
        "cancelled",
        { type: "staff", id: staffId },
        clock,
      );
      // Each write was tried once after its commit, and failed.
      const tried = () =>
        db.selectFrom("caldav_outbox").selectAll()
          .where("status", "=", "pending").execute();
      await waitFor(
        "both writes tried",
        async () =>
          (await tried()).filter((w) => w.attempts > 0 && !w.locked_until)
            .length === 2,
      );
      assert.deepEqual((await tried()).map((w) => w.attempts), [1, 1]);
      clock = new Date(clock.getTime() + 10 * 60_000);
      const detail = await syncCalendars(db, calendars, clock);
      assert.match(detail, /0 calendar writes sent, 2 to retry/);
      assert.match(detail, /0 calendars read, 1 unreachable/);
      const waiting = await db.selectFrom("caldav_outbox").selectAll()
        .where("status", "=", "pending").execute();
      assert.equal(waiting.length, 2);
      assert.ok(waiting.every((w) => w.attempts === 2 && w.last_error));
      assert.ok(waiting.every((w) => w.next_attempt_at > clock));
      const busy = await db.selectFrom("caldav_busy").selectAll()
        .where("staff_id", "=", staffId).execute();
      assert.ok(busy.length > 0, "the last known busy times are kept");
      const page = await staff.page("/admin/booking/calendar");
      assert.match(page.html, /Busy times as of/);
      assert.match(page.html, /The last attempt to read the calendar failed/);
      assert.match(page.html, /2 bookings waiting to be written/);
      // Not due yet: nothing is tried before the backoff.
      assert.deepEqual(await pushCalendarWrites(db, calendars, clock), {
        sent: 0,
        failed: 0,
      });

      await radicale.start();
      clock = new Date(clock.getTime() + 2 * 60_000);
      assert.deepEqual(await pushCalendarWrites(db, calendars, clock), {
        sent: 2,
        failed: 0,
      });
      const events = await porticoEvents();
      assert.deepEqual(events.map((e) => e.url.split("/").pop()), [
        `portico-${second.id}.ics`,
      ]);
      assert.equal(events[0].start, "2027-01-07T09:00:00.000Z");
      // Again: nothing left to send, nothing doubled.
      assert.deepEqual(await pushCalendarWrites(db, calendars, clock), {
        sent: 0,
        failed: 0,
      });
      assert.equal((await porticoEvents()).length, 1);
      assert.ok(await refreshBusyTimes(db, calendars, staffId, clock));
      const after = await staff.page("/admin/booking/calendar");
      assert.ok(!after.html.includes("The last attempt to read"));
    },
  );
});

Deno.test("a calendar server that hangs or answers garbage leaves the last busy times in use and the writes waiting", async (t) => {
  const { serviceId, staffIds } = await createBookable(db, {
    prefix: "caldav-bad",
    bufferMinutes: 0,
  });
  const [staffId] = staffIds;
  let answer: "garbage" | "empty-ical" | "hang" = "garbage";
  const hanging = Promise.withResolvers<void>();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    async () => {
      if (answer === "hang") await hanging.promise;
      return answer === "garbage"
        ? new Response("<<< not a multistatus", { status: 200 })
        : new Response(
          `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:response><d:href>/cal/x.ics</d:href><d:propstat><d:prop><c:calendar-data>NOT ICAL</c:calendar-data></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`,
          { status: 207, headers: { "content-type": "application/xml" } },
        );
    },
  );
  const calendarUrl = `http://127.0.0.1:${server.addr.port}/cal/`;
  const env = await bookingEnv(app.services);
  const calendars = { ...await caldavEnv(app.services), timeoutMs: 300 };
  try {
    // Connected earlier, when its busy times (Tuesday 12:00 Berlin) were read.
    const readAt = new Date(clock.getTime() - 3600_000);
    await db.insertInto("caldav_connections").values({
      staff_id: staffId,
      server_url: calendarUrl,
      username: "sam",
      password_sealed: await app.services.keys.encrypt(
        "caldav-password",
        "secret",
      ),
      calendar_url: calendarUrl,
      busy_fetched_at: readAt,
      busy_attempted_at: readAt,
    }).execute();
    await db.insertInto("caldav_busy").values({
      staff_id: staffId,
      starts_at: new Date("2027-01-05T11:00:00Z"),
      ends_at: new Date("2027-01-05T12:00:00Z"),
    }).execute();
    const settings = env.settings;
    const noonFree = async () =>
      (await findFreeSlots(db, settings, {
        serviceId,
        staff: staffId,
        from: Temporal.PlainDate.from("2027-01-05"),
        days: 1,
      }, clock)).some((slot) =>
        slot.start === Date.parse("2027-01-05T11:00:00Z")
      );
    assert.equal(await noonFree(), false);

    for (const kind of ["garbage", "empty-ical", "hang"] as const) {
      await t.step(`${kind}: busy times kept, the error recorded`, async () => {
        answer = kind;
        assert.equal(
          await refreshBusyTimes(db, calendars, staffId, clock),
          false,
        );
        const row = await db.selectFrom("caldav_connections")
          .select(["busy_fetched_at", "busy_error"])
          .where("staff_id", "=", staffId).executeTakeFirstOrThrow();
        assert.equal(row.busy_fetched_at?.getTime(), readAt.getTime());
        assert.ok(row.busy_error, "the failure is recorded");
        assert.equal(await noonFree(), false, "still blocked from the cache");
      });
    }

    await t.step(
      "a booking is made at once; its write times out and waits",
      async () => {
        answer = "hang";
        // On the bare handle, without the app's after-commit writer: the
        // push below (the job's) is the one that meets the hanging server.
        const { id } = await createBooking(
          app.database.db,
          env,
          {
            serviceId,
            staff: staffId,
            start: new Date("2027-01-06T09:00:00Z"),
            name: "Ida Ilg",
            email: "ida@example.com",
            locale: "en",
          },
          { type: "contact" },
          clock,
        );
        assert.deepEqual(await pushCalendarWrites(db, calendars, clock), {
          sent: 0,
          failed: 1,
        });
        const write = await db.selectFrom("caldav_outbox").selectAll()
          .where("booking_id", "=", id).executeTakeFirstOrThrow();
        assert.equal(write.status, "pending");
        assert.equal(write.locked_until, null);
        assert.ok(write.next_attempt_at > clock);
        assert.match(write.last_error ?? "", /abort|timed? ?out/i);
      },
    );
  } finally {
    hanging.resolve();
    await server.shutdown();
  }
});
