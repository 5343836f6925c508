/**
 * Hours on particular dates: staff set other hours (or none) for one
 * staff member on one date; overlapping or inverted ranges are refused
 * with a message and nothing is written; the free times follow.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createBookable, setBookingSettings } from "./helpers/booking.ts";
import { createStaff, signIn } from "./helpers/http.ts";
import { findFreeSlots } from "@/lib/booking/availability.ts";
import { getBookingSettings } from "@/lib/booking/settings.ts";

// Monday 4 January 2027, 07:00 in Berlin.
const clock = new Date("2027-01-04T06:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
await setBookingSettings(db, {
  minNoticeMinutes: 60,
  horizonDays: 60,
  slotStepMinutes: 60,
});
await createStaff(db, {
  email: "boss-dates@example.com",
  password: "admin password 1",
  name: "Bea Boss",
  role: "admin",
});
const admin = await signIn(
  app.url,
  "admin",
  "boss-dates@example.com",
  "admin password 1",
);

Deno.test("a date's own hours and a day off change the free times; bad ranges are refused", async () => {
  const { serviceId, staffIds } = await createBookable(db, {
    prefix: "dates",
    bufferMinutes: 0,
  });
  const page = `/admin/booking/staff/${staffIds[0]}`;
  await admin.page(page);
  const set = (date: string, dateRanges: string) =>
    admin.post(page, { intent: "setDateHours", date, dateRanges });

  for (
    const [ranges, message] of [
      ["09:00-12:00, 11:00-13:00", /overlap/i],
      ["12:00-09:00", /end/i],
      ["nine to five", /Write the hours as 09:00-12:00/],
    ] as const
  ) {
    const refused = await set("2027-01-06", ranges);
    assert.equal(refused.status, 422, ranges);
    assert.match(await refused.text(), message);
  }
  assert.equal(
    (await db.selectFrom("staff_date_hours").select("id").execute()).length,
    0,
    "nothing written",
  );

  for (
    const [date, ranges] of [["2027-01-06", "14:00-16:00"], ["2027-01-07", ""]]
  ) {
    const res = await set(date, ranges);
    assert.equal(res.status, 303);
    await res.body?.cancel();
  }
  const listed = await admin.page(page);
  assert.match(listed.html, /14:00–16:00/);
  assert.match(listed.html, /Day off/);

  const settings = await getBookingSettings(db);
  const slots = await findFreeSlots(db, settings, {
    serviceId,
    staff: staffIds[0],
    from: Temporal.PlainDate.from("2027-01-06"),
    days: 3,
  }, clock);
  const times = slots.map((s) => new Date(s.start).toISOString());
  assert.deepEqual(times.filter((t) => t < "2027-01-08"), [
    "2027-01-06T13:00:00.000Z",
    "2027-01-06T14:00:00.000Z",
  ]);
  assert.equal(times.filter((t) => t >= "2027-01-08").length, 8);

  const cleared = await admin.post(page, {
    intent: "clearDateHours",
    date: "2027-01-07",
  });
  assert.equal(cleared.status, 303);
  await cleared.body?.cancel();
  const again = await findFreeSlots(db, settings, {
    serviceId,
    staff: staffIds[0],
    from: Temporal.PlainDate.from("2027-01-07"),
    days: 1,
  }, clock);
  assert.equal(again.length, 8, "the weekly hours again");
});
