import assert from "node:assert/strict";
import { computeSlots, type SlotQuery, type StaffSchedule } from "./slots.ts";
import { serviceRules } from "./availability.ts";

const BERLIN = "Europe/Berlin";
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace(".000", "");
/** A booking busy from `from` to `until`, starting at `startsAt` (else `from`). */
const booked = (from: string, until: string, startsAt = from) => ({
  start: at(from),
  end: at(until),
  startsAt: at(startsAt),
});

function query(
  overrides: Partial<SlotQuery> & { staff: StaffSchedule[] },
): SlotQuery {
  return {
    timeZone: BERLIN,
    from: Temporal.PlainDate.from("2027-01-11"), // a Monday
    days: 1,
    now: at("2027-01-01T00:00:00Z"),
    minNoticeMinutes: 0,
    horizonDays: 60,
    stepMinutes: 30,
    durationMinutes: 60,
    bufferMinutes: 0,
    bufferBeforeMinutes: 0,
    ...overrides,
  };
}

const mondayMorning = (id = "ann"): StaffSchedule => ({
  staffId: id,
  ranges: [{ weekday: 1, startMinute: 9 * 60, endMinute: 12 * 60 }],
  bookings: [],
  timeOff: [],
});

Deno.test("working hours in the business zone become instants (winter: UTC+1)", () => {
  const slots = computeSlots(query({ staff: [mondayMorning()] }));
  assert.deepEqual(slots.map((s) => iso(s.start)), [
    "2027-01-11T08:00:00Z",
    "2027-01-11T08:30:00Z",
    "2027-01-11T09:00:00Z",
    "2027-01-11T09:30:00Z",
    "2027-01-11T10:00:00Z",
  ]);
  assert.equal(slots[0].end - slots[0].start, 60 * 60_000);
});

Deno.test("several ranges a day, and summer time is UTC+2", () => {
  const staff: StaffSchedule = {
    staffId: "ann",
    ranges: [
      { weekday: 1, startMinute: 14 * 60, endMinute: 15 * 60 },
      { weekday: 1, startMinute: 9 * 60, endMinute: 10 * 60 },
    ],
    bookings: [],
    timeOff: [],
  };
  const slots = computeSlots(query({
    from: Temporal.PlainDate.from("2027-06-14"),
    now: at("2027-06-01T00:00:00Z"),
    staff: [staff],
  }));
  assert.deepEqual(slots.map((s) => iso(s.start)), [
    "2027-06-14T07:00:00Z",
    "2027-06-14T12:00:00Z",
  ]);
});

Deno.test("existing bookings block their time plus their buffer", () => {
  const staff = mondayMorning();
  // 10:00–11:00 local with a 15-minute buffer: busy until 11:15.
  staff.bookings.push(booked("2027-01-11T09:00:00Z", "2027-01-11T10:15:00Z"));
  const slots = computeSlots(query({ staff: [staff] }));
  assert.deepEqual(slots.map((s) => iso(s.start)), ["2027-01-11T08:00:00Z"]);
});

Deno.test("the new service's own buffer must fit before the next booking", () => {
  const staff = mondayMorning();
  staff.bookings.push(booked("2027-01-11T09:00:00Z", "2027-01-11T10:00:00Z"));
  const starts = (bufferMinutes: number) =>
    computeSlots(query({ staff: [staff], bufferMinutes })).map((s) =>
      iso(s.start)
    );
  assert.deepEqual(starts(0), ["2027-01-11T08:00:00Z", "2027-01-11T10:00:00Z"]);
  assert.deepEqual(
    starts(15),
    ["2027-01-11T10:00:00Z"],
    "09:00 would end its buffer at 10:15",
  );
});

Deno.test("the new service's buffer before must clear the booking before it", () => {
  const staff = mondayMorning();
  staff.bookings.push(booked("2027-01-11T09:00:00Z", "2027-01-11T10:00:00Z"));
  const starts = computeSlots(
    query({ staff: [staff], bufferBeforeMinutes: 15 }),
  )
    .map((s) => iso(s.start));
  // 11:00 Berlin right after the booking would need 10:45 free; 09:00
  // may keep its buffer before the working hours begin.
  assert.deepEqual(starts, ["2027-01-11T08:00:00Z"]);
});

Deno.test("a booking's buffer before blocks, but its day is the day it starts", () => {
  const staff = mondayMorning();
  // Busy from 09:45 Berlin, starting at 10:00.
  staff.bookings.push(
    booked(
      "2027-01-11T08:45:00Z",
      "2027-01-11T10:00:00Z",
      "2027-01-11T09:00:00Z",
    ),
  );
  assert.deepEqual(
    computeSlots(query({ staff: [staff] })).map((s) => iso(s.start)),
    ["2027-01-11T10:00:00Z"],
    "09:00 would end inside the next booking's buffer before",
  );
  const lateSunday = mondayMorning();
  // Busy from 23:50 Sunday Berlin, starting at 00:10 on Monday.
  lateSunday.bookings.push(
    booked(
      "2027-01-10T22:50:00Z",
      "2027-01-10T23:40:00Z",
      "2027-01-10T23:10:00Z",
    ),
  );
  assert.deepEqual(
    computeSlots(query({ staff: [lateSunday], maxPerDay: 1 })),
    [],
    "Monday holds it",
  );
});

Deno.test("time off removes slots", () => {
  const staff = mondayMorning();
  staff.timeOff.push({
    start: at("2027-01-11T08:30:00Z"),
    end: at("2027-01-11T12:00:00Z"),
  });
  assert.deepEqual(computeSlots(query({ staff: [staff] })), []);
});

Deno.test("minimum notice and horizon bound the offered times", () => {
  const staff = [mondayMorning()];
  const notice = computeSlots(query({
    staff,
    now: at("2027-01-11T07:00:00Z"),
    minNoticeMinutes: 120,
  }));
  assert.equal(iso(notice[0].start), "2027-01-11T09:00:00Z");
  const horizon = computeSlots(query({
    staff,
    from: Temporal.PlainDate.from("2027-01-11"),
    days: 14,
    now: at("2027-01-10T12:00:00Z"),
    horizonDays: 7,
  }));
  assert.ok(horizon.every((s) => s.start < at("2027-01-17T12:00:00Z")));
  assert.equal(horizon.length, 5, "only the first Monday");
});

Deno.test("DST spring forward (Berlin, 28 March 2027): the missing hour offers nothing", () => {
  const staff: StaffSchedule = {
    staffId: "ann",
    ranges: [{ weekday: 7, startMinute: 0, endMinute: 6 * 60 }],
    bookings: [],
    timeOff: [],
  };
  const slots = computeSlots(query({
    from: Temporal.PlainDate.from("2027-03-28"),
    now: at("2027-03-01T00:00:00Z"),
    stepMinutes: 60,
    staff: [staff],
  }));
  assert.deepEqual(slots.map((s) => iso(s.start)), [
    "2027-03-27T23:00:00Z", // 00:00 CET
    "2027-03-28T00:00:00Z", // 01:00 CET
    "2027-03-28T01:00:00Z", // 03:00 CEST — 02:00 does not exist
    "2027-03-28T02:00:00Z", // 04:00 CEST
    "2027-03-28T03:00:00Z", // 05:00 CEST, ends 06:00 CEST
  ]);
  const local = slots.map((s) =>
    Temporal.Instant.fromEpochMilliseconds(s.start).toZonedDateTimeISO(BERLIN)
      .toPlainTime().toString().slice(0, 5)
  );
  assert.deepEqual(local, ["00:00", "01:00", "03:00", "04:00", "05:00"]);
});

Deno.test("DST fall back (Berlin, 31 October 2027): the repeated hour is offered twice", () => {
  const staff: StaffSchedule = {
    staffId: "ann",
    ranges: [{ weekday: 7, startMinute: 0, endMinute: 6 * 60 }],
    bookings: [],
    timeOff: [],
  };
  const slots = computeSlots(query({
    from: Temporal.PlainDate.from("2027-10-31"),
    now: at("2027-10-01T00:00:00Z"),
    stepMinutes: 60,
    staff: [staff],
  }));
  const labels = slots.map((s) => {
    const zoned = Temporal.Instant.fromEpochMilliseconds(s.start)
      .toZonedDateTimeISO(BERLIN);
    return `${zoned.toPlainTime().toString().slice(0, 5)}${zoned.offset}`;
  });
  assert.deepEqual(labels, [
    "00:00+02:00",
    "01:00+02:00",
    "02:00+02:00",
    "02:00+01:00",
    "03:00+01:00",
    "04:00+01:00",
    "05:00+01:00",
  ]);
  assert.equal(iso(slots[0].start), "2027-10-30T22:00:00Z");
  assert.equal(iso(slots.at(-1)!.end), "2027-10-31T05:00:00Z", "06:00 CET");
});

Deno.test("any available: every free member, least busy that day first", () => {
  const busy = mondayMorning("bob");
  busy.bookings.push(booked("2027-01-11T10:00:00Z", "2027-01-11T10:30:00Z"));
  const slots = computeSlots(query({
    staff: [busy, mondayMorning("cat")],
    durationMinutes: 30,
  }));
  assert.deepEqual(slots[0].staffIds, ["cat", "bob"]);
  const taken = slots.find((s) => s.start === at("2027-01-11T10:00:00Z"))!;
  assert.deepEqual(taken.staffIds, ["cat"]);
});

Deno.test("a closed day offers nothing, the days around it as usual", () => {
  const slots = computeSlots(query({
    from: Temporal.PlainDate.from("2027-01-04"),
    days: 15,
    staff: [mondayMorning()],
    closedDates: new Set(["2027-01-11"]),
  }));
  assert.deepEqual(
    [...new Set(slots.map((s) => iso(s.start).slice(0, 10)))],
    ["2027-01-04", "2027-01-18"],
  );
});

Deno.test("a day that holds the most bookings a staff member may take offers them nothing more", () => {
  const busyAnn: StaffSchedule = {
    ...mondayMorning("ann"),
    bookings: [
      booked("2027-01-11T08:00:00Z", "2027-01-11T09:00:00Z"),
      booked("2027-01-11T10:00:00Z", "2027-01-11T11:00:00Z"),
    ],
  };
  const twoADay = computeSlots(query({
    days: 2,
    maxPerDay: 2,
    staff: [busyAnn, mondayMorning("bob")],
  }));
  // Ann is full on Monday; Bob still has every time; no limit, Ann offers her gap.
  assert.ok(twoADay.every((slot) => !slot.staffIds.includes("ann")));
  assert.equal(twoADay.length, 5);
  const threeADay = computeSlots(query({ maxPerDay: 3, staff: [busyAnn] }));
  assert.deepEqual(threeADay.map((s) => iso(s.start)), [
    "2027-01-11T09:00:00Z",
  ]);
});

Deno.test("a service's own notice, horizon and buffer after replace the business-wide ones", () => {
  const settings = {
    minNoticeMinutes: 120,
    horizonDays: 60,
    bufferBeforeMinutes: 10,
    bufferAfterMinutes: 5,
  };
  const service = {
    min_notice_minutes: null,
    horizon_days: 7,
    max_per_day: 4,
    buffer_before_minutes: null,
    buffer_minutes: 0,
  };
  type Args = Parameters<typeof serviceRules>;
  assert.deepEqual(
    serviceRules(settings as Args[0], service as Args[1]),
    {
      minNoticeMinutes: 120,
      horizonDays: 7,
      maxPerDay: 4,
      bufferBeforeMinutes: 10,
      bufferMinutes: 0,
    },
  );
  const now = at("2027-01-11T07:30:00Z");
  const slots = computeSlots(query({
    now,
    days: 8,
    ...serviceRules(settings as Args[0], service as Args[1]),
    staff: [mondayMorning()],
  }));
  // 120 minutes' notice from 08:30 Berlin: 10:30 is the first; the
  // service's week ends at 08:30 next Monday, before that day's 09:00.
  assert.deepEqual(slots.map((s) => iso(s.start)), [
    "2027-01-11T09:30:00Z",
    "2027-01-11T10:00:00Z",
  ]);
  const businessWide = computeSlots(query({
    now,
    days: 8,
    minNoticeMinutes: 120,
    horizonDays: 60,
    staff: [mondayMorning()],
  }));
  assert.equal(
    businessWide.length,
    7,
    "the next Monday too, without the service's horizon",
  );
});

Deno.test("hours on a date replace the weekly ones there; none is a day off", () => {
  const ann: StaffSchedule = {
    ...mondayMorning(),
    dateRanges: {
      "2027-01-11": [{ startMinute: 15 * 60, endMinute: 16 * 60 + 30 }],
      "2027-01-18": [],
    },
  };
  const slots = computeSlots(query({ days: 15, staff: [ann] }));
  assert.deepEqual(slots.map((s) => iso(s.start)), [
    "2027-01-11T14:00:00Z",
    "2027-01-11T14:30:00Z",
    // 18 January is off; 25 January has the weekly hours again.
    "2027-01-25T08:00:00Z",
    "2027-01-25T08:30:00Z",
    "2027-01-25T09:00:00Z",
    "2027-01-25T09:30:00Z",
    "2027-01-25T10:00:00Z",
  ]);
});
