/**
 * The calendar files of one booking's life, as a calendar app receives
 * them: mailed through a real SMTP server, parsed with mailparser and
 * ical.js. One UID, SEQUENCE rising with each change, the business as
 * ORGANIZER (from MAIL_FROM) and the client as ATTENDEE.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createBookable, setBookingSettings } from "./helpers/booking.ts";
import { calendarOf, parseReceived } from "./helpers/mail.ts";
import {
  changeBookingStatus,
  createBooking,
  sendBookingReminders,
} from "@/lib/booking/bookings.ts";
import { bookingEnv } from "@/lib/app/domains.ts";
import { startTestSmtpServer } from "@/lib/mail/testing.ts";
import { createMailer } from "@/lib/mail/worker.ts";

// Monday 4 January 2027, 07:00 in Berlin.
const clock = new Date("2027-01-04T06:00:00Z");
const app = await startTestApp({
  env: {
    APP_URL: "https://crm.example.com",
    MAIL_FROM: "Praxis Müller <termine@praxis.example>",
  },
  now: () => clock,
});
Deno.test.afterAll(() => app.close());
const { db, config } = app.services;
await setBookingSettings(db, { autoConfirm: false, minNoticeMinutes: 60 });

Deno.test("every calendar file of a booking keeps its UID, raises SEQUENCE and names organizer and attendee", async () => {
  const { serviceId, staffIds } = await createBookable(db);
  const smtp = await startTestSmtpServer();
  const mailer = createMailer({
    db,
    smtpUrl: smtp.url,
    from: config.mailFrom,
    appUrl: config.appUrl,
  });
  const env = await bookingEnv(app.services);
  const staff = { type: "staff" as const, id: staffIds[0] };
  // The client's mails carry the calendar files; staff are told too.
  const toClient = () =>
    smtp.received.filter((m) => m.to.includes("greta@example.com"));
  const calendars = async (count: number) => {
    await mailer.sendDue(clock);
    await smtp.waitUntil(() => toClient().length >= count);
    const mails = await Promise.all(toClient().map(parseReceived));
    return mails.map((mail) => calendarOf(mail)!);
  };
  try {
    const { id } = await createBooking(
      db,
      env,
      {
        serviceId,
        staff: staffIds[0],
        start: new Date("2027-01-05T09:00:00Z"),
        name: "Greta Graf",
        email: "greta@example.com",
        locale: "de",
      },
      { type: "contact" },
      clock,
    );
    await changeBookingStatus(db, env, id, "confirmed", staff, clock);
    // The day before, the reminder repeats the current version.
    assert.equal(
      await sendBookingReminders(
        db,
        env,
        new Date("2027-01-04T10:00:00Z"),
      ),
      1,
    );
    await changeBookingStatus(db, env, id, "cancelled", staff, clock, {
      reason: "Krank",
    });
    const files = await calendars(4);
    assert.deepEqual(
      files.map((file) => [file.method, file.status, file.sequence]),
      [
        ["REQUEST", "TENTATIVE", 0],
        ["REQUEST", "CONFIRMED", 1],
        ["REQUEST", "CONFIRMED", 1],
        ["CANCEL", "CANCELLED", 2],
      ],
    );
    assert.deepEqual(
      new Set(files.map((file) => file.uid)),
      new Set([`booking-${id}@crm.example.com`]),
    );
    for (const file of files) {
      assert.deepEqual(file.organizer, {
        email: "termine@praxis.example",
        params: { cn: "Praxis Müller" },
      });
      assert.deepEqual(file.attendees, [{
        email: "greta@example.com",
        params: {
          cn: "Greta Graf",
          role: "REQ-PARTICIPANT",
          partstat: "ACCEPTED",
          rsvp: "FALSE",
        },
      }]);
      assert.deepEqual(file.start, new Date("2027-01-05T09:00:00Z"));
    }
    const stored = await db.selectFrom("bookings").select("calendar_sequence")
      .where("id", "=", id).executeTakeFirstOrThrow();
    assert.equal(stored.calendar_sequence, 2);
  } finally {
    await mailer.stop();
    await smtp.close();
  }
});
