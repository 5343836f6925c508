/**
 * A staff member's calendar subscription feed, as a calendar app fetches
 * it: a secret URL (webcal and https) made on their calendar page, valid
 * RFC 5545 read with ical.js, listing their upcoming pending and confirmed
 * bookings only, client names only when chosen, and a rotated or removed
 * link answering 404.
 */
import assert from "node:assert/strict";
import ICAL from "ical.js";
import { startTestApp } from "./helpers/app.ts";
import { createBookable, setBookingSettings } from "./helpers/booking.ts";
import { signIn, TestClient } from "./helpers/http.ts";
import { changeBookingStatus, createBooking } from "@/lib/booking/bookings.ts";
import { bookingEnv } from "@/lib/app/domains.ts";
import { sha256Hex } from "@/lib/crypto.ts";

// Monday 4 January 2027, 07:00 in Berlin.
let clock = new Date("2027-01-04T06:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
await setBookingSettings(db, {
  minNoticeMinutes: 60,
  horizonDays: 365,
  autoConfirm: false,
});

/** The feed's events, parsed by a real iCalendar reader. */
function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  assert.equal(calendar.name, "vcalendar");
  assert.equal(calendar.getFirstPropertyValue("version"), "2.0");
  assert.ok(calendar.getFirstPropertyValue("prodid"));
  return {
    calendar,
    events: calendar.getAllSubcomponents("vevent").map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toJSDate(),
        end: event.endDate.toJSDate(),
        status: component.getFirstPropertyValue("status"),
        stamp: component.getFirstPropertyValue("dtstamp"),
      };
    }),
  };
}

/** The feed URL from the page a new link was made on. */
function feedLinks(html: string): { https: string; webcal: string } {
  const https = html.match(/id="feed-https"[^>]*value="([^"]+)"/)?.[1] ??
    html.match(/value="([^"]+)"[^>]*id="feed-https"/)?.[1];
  const webcal = html.match(/href="(webcal:[^"]+)"/)?.[1];
  assert.ok(https && webcal, "the new link is shown");
  return { https: https.replaceAll("&amp;", "&"), webcal };
}

Deno.test("a staff member's feed lists their upcoming pending and confirmed bookings in valid iCalendar", async (t) => {
  const { serviceId, staffIds } = await createBookable(db, {
    staffCount: 2,
    prefix: "feed",
  });
  const env = await bookingEnv(app.services);
  const book = async (staffId: string, start: string, name: string) =>
    (await createBooking(
      db,
      env,
      {
        serviceId,
        staff: staffId,
        start: new Date(start),
        name,
        email: `${name.split(" ")[0].toLowerCase()}@example.com`,
        locale: "en",
      },
      { type: "contact" },
      clock,
    )).id;
  const staffActor = { type: "staff" as const, id: staffIds[0] };
  // Winter (UTC+1) and summer (UTC+2): both 10:00 in Berlin.
  const winter = await book(staffIds[0], "2027-01-05T09:00:00Z", "Greta Graf");
  const summer = await book(staffIds[0], "2027-07-06T08:00:00Z", "Hanna Hof");
  await changeBookingStatus(db, env, summer, "confirmed", staffActor, clock);
  const cancelled = await book(staffIds[0], "2027-01-06T09:00:00Z", "Ida Ilg");
  await changeBookingStatus(db, env, cancelled, "cancelled", staffActor, clock);
  await book(staffIds[1], "2027-01-05T09:00:00Z", "Other Client");
  const past = await book(staffIds[0], "2027-01-04T09:00:00Z", "Jan Jung");

  const staff = await signIn(
    app.url,
    "admin",
    "staff-feed-0@example.com",
    "staff password 1",
  );
  const page = await staff.page("/admin/booking/calendar");
  assert.equal(page.status, 200);
  assert.match(page.html, /Create feed link/);

  const made = await staff.post("/admin/booking/calendar", {
    intent: "rotateFeed",
  });
  assert.equal(made.status, 200);
  const links = feedLinks(await made.text());
  assert.match(
    links.https,
    /^http:\/\/127\.0\.0\.1:\d+\/calendar\/[0-9a-f-]{36}\/[\w-]{43}\.ics$/,
  );
  assert.equal(links.webcal, links.https.replace(/^http:/, "webcal:"));
  const path = new URL(links.https).pathname;

  await t.step("only the secret's hash is stored", async () => {
    const row = await db.selectFrom("calendar_feeds").selectAll()
      .where("staff_id", "=", staffIds[0]).executeTakeFirstOrThrow();
    const secret = path.split("/")[3].replace(".ics", "");
    assert.equal(row.secret_hash, await sha256Hex(secret));
    assert.ok(!JSON.stringify(row).includes(secret));
    const again = await staff.page("/admin/booking/calendar");
    assert.ok(!again.html.includes(secret), "the link is shown only once");
  });

  // The booking at 10:00 Berlin today has begun by 10:30 but not ended.
  clock = new Date("2027-01-04T09:30:00Z");
  const res = await new TestClient(app.url).request(path);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "text/calendar; charset=utf-8");
  const text = await res.text();
  assert.ok(
    text.split("\r\n").every((line) =>
      new TextEncoder().encode(line).length <= 75
    ),
  );
  const { calendar, events } = parseFeed(text);

  await t.step(
    "the member's own upcoming pending and confirmed ones, at the right instants",
    () => {
      assert.deepEqual(
        events.map((event) => event.uid).sort(),
        [past, winter, summer].map((id) => `staff-booking-${id}@127.0.0.1`)
          .sort(),
      );
      const byUid = new Map(events.map((event) => [event.uid, event]));
      const w = byUid.get(`staff-booking-${winter}@127.0.0.1`)!;
      const s = byUid.get(`staff-booking-${summer}@127.0.0.1`)!;
      assert.equal(w.start.toISOString(), "2027-01-05T09:00:00.000Z");
      assert.equal(w.end.toISOString(), "2027-01-05T10:00:00.000Z");
      assert.equal(s.start.toISOString(), "2027-07-06T08:00:00.000Z");
      // Both are 10:00 on the business's wall clock, across the DST change.
      const berlin = (date: Date) =>
        date.toLocaleTimeString("en-GB", { timeZone: "Europe/Berlin" });
      assert.equal(berlin(w.start), "10:00:00");
      assert.equal(berlin(s.start), "10:00:00");
      assert.equal(w.status, "TENTATIVE");
      assert.equal(s.status, "CONFIRMED");
      assert.equal(w.summary, "Request: Consultation feed");
      assert.equal(s.summary, "Consultation feed");
      assert.equal(
        calendar.getFirstPropertyValue("x-wr-timezone"),
        "Europe/Berlin",
      );
    },
  );

  await t.step("no client names unless chosen", () => {
    assert.ok(!text.includes("Greta") && !text.includes("Hanna"));
  });

  await t.step("a new link with names: the old one is gone", async () => {
    const rotated = await staff.post("/admin/booking/calendar", {
      intent: "rotateFeed",
      show_client_names: "on",
    });
    const next = new URL(feedLinks(await rotated.text()).https).pathname;
    assert.notEqual(next, path);
    const old = await new TestClient(app.url).request(path);
    assert.equal(old.status, 404);
    await old.body?.cancel();
    const fresh = await (await new TestClient(app.url).request(next)).text();
    const names = parseFeed(fresh).events.map((event) => event.summary).sort();
    assert.deepEqual(names, [
      "Consultation feed · Hanna Hof",
      "Request: Consultation feed · Greta Graf",
      "Request: Consultation feed · Jan Jung",
    ]);

    // A wrong secret for a real feed id is the same 404.
    const guessed = next.replace(/[\w-]{43}\.ics$/, "A".repeat(43) + ".ics");
    const wrong = await new TestClient(app.url).request(guessed);
    assert.equal(wrong.status, 404);
    await wrong.body?.cancel();

    const removed = await staff.post("/admin/booking/calendar", {
      intent: "removeFeed",
    });
    assert.equal(removed.status, 303);
    await removed.body?.cancel();
    const gone = await new TestClient(app.url).request(next);
    assert.equal(gone.status, 404);
    await gone.body?.cancel();
  });
});
