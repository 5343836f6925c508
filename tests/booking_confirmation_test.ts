/**
 * The page a booking lands on (and the manage link opens): date, start
 * and end, duration, price, place, with whom, where the email went, "Add
 * to calendar" (its own .ics, Google, Outlook), and moving or cancelling
 * as quiet secondary actions.
 */
import assert from "node:assert/strict";
import { createBookable, startBookingTestApp } from "./helpers/booking.ts";
import { readCalendar } from "./helpers/mail.ts";
import { TestClient } from "./helpers/http.ts";

const app = await startBookingTestApp();
const { db } = app.services;

Deno.test("the confirmation says when, how long, what it costs, where and with whom, and adds to calendars", async () => {
  const { serviceId, staffIds } = await createBookable(db, {
    prefix: "confirm",
  });
  await db.updateTable("services").set({
    location_kind: "video",
    location: "https://meet.example/room-7",
  }).where("id", "=", serviceId).execute();
  const client = new TestClient(app.url);
  await client.page("/booking");
  const res = await client.post("/booking", {
    service: serviceId,
    staff: staffIds[0],
    start: "2027-01-07T09:00:00.000Z",
    name: "Vera Video",
    email: "vera@example.com",
  });
  assert.equal(res.status, 303);
  const location = res.headers.get("location")!;
  await res.body?.cancel();
  const manage = location.replace("?new=1", "");
  const { html } = await client.page(location);
  assert.match(html, /7 January 2027 at 10:00–11:00/);
  assert.match(html, /60 min/);
  assert.match(html, /€99\.00/);
  assert.ok(html.includes('href="https://meet.example/room-7"'));
  assert.match(html, /Staff confirm 0/);
  assert.match(html, /We sent the details to vera@example\.com/);
  assert.ok(html.includes(`href="${manage}/calendar"`));
  const google = html.match(/href="(https:\/\/calendar\.google\.com[^"]+)"/)
    ?.[1].replaceAll("&amp;", "&");
  assert.ok(google);
  assert.equal(
    new URL(google).searchParams.get("dates"),
    "20270107T090000Z/20270107T100000Z",
  );
  assert.equal(
    new URL(google).searchParams.get("location"),
    "https://meet.example/room-7",
  );
  const outlook = html.match(/href="(https:\/\/outlook\.live\.com[^"]+)"/)
    ?.[1].replaceAll("&amp;", "&");
  assert.ok(outlook);
  assert.equal(
    new URL(outlook).searchParams.get("startdt"),
    "2027-01-07T09:00:00.000Z",
  );
  // Move and cancel are there, as plain links rather than a red button.
  assert.ok(html.includes(`href="${manage}/reschedule"`));
  assert.ok(html.includes(`class="button-link" href="${manage}/cancel"`));
  assert.doesNotMatch(html, /button-danger/);

  // The download is the booking's current version, with its place.
  const file = await client.request(`${manage}/calendar`);
  assert.equal(file.status, 200);
  assert.match(file.headers.get("content-type") ?? "", /^text\/calendar/);
  const calendar = readCalendar(await file.text());
  const booking = await db.selectFrom("bookings")
    .select(["id", "calendar_sequence"])
    .where("email", "=", "vera@example.com").executeTakeFirstOrThrow();
  assert.equal(calendar.method, "PUBLISH");
  assert.equal(calendar.sequence, booking.calendar_sequence);
  assert.match(calendar.uid, new RegExp(`^booking-${booking.id}@`));
  assert.deepEqual(calendar.start, new Date("2027-01-07T09:00:00Z"));
  const mail = await db.selectFrom("email_outbox").select("attachments")
    .where("to_address", "=", "vera@example.com").executeTakeFirstOrThrow();
  const mailed = readCalendar(
    new TextDecoder().decode(
      Uint8Array.from(
        atob(mail.attachments[0].content),
        (c) => c.charCodeAt(0),
      ),
    ),
  );
  assert.equal(mailed.uid, calendar.uid, "one UID in mail and download");
});
