import assert from "node:assert/strict";
import {
  formatClock,
  localDateTimeInstant,
  parseClock,
  wallClockInstant,
} from "./wall_clock.ts";

Deno.test("clock text and minutes after midnight", () => {
  assert.equal(parseClock("09:30"), 570);
  assert.equal(parseClock(" 00:00 "), 0);
  assert.equal(parseClock("24:00"), 1440, "the end of a day");
  for (const bad of ["9:30", "24:01", "12:60", "noon", ""]) {
    assert.equal(parseClock(bad), undefined, bad);
  }
  assert.equal(formatClock(570), "09:30");
  assert.equal(formatClock(1440), "24:00");
});

Deno.test("wall clock in the business zone becomes the right instant across DST", () => {
  const berlin = "Europe/Berlin";
  const at = (date: string, minute: number) =>
    wallClockInstant(Temporal.PlainDate.from(date), minute, berlin)
      .toISOString();
  assert.equal(at("2027-01-11", 9 * 60), "2027-01-11T08:00:00.000Z");
  assert.equal(at("2027-06-14", 9 * 60), "2027-06-14T07:00:00.000Z");
  assert.equal(at("2027-01-11", 1440), "2027-01-11T23:00:00.000Z");
  // 02:30 does not exist on 28 March 2027: it moves forward to 03:30 CEST.
  assert.equal(at("2027-03-28", 150), "2027-03-28T01:30:00.000Z");
  assert.equal(
    localDateTimeInstant(
      Temporal.PlainDateTime.from("2027-10-31T02:30"),
      berlin,
    ).toISOString(),
    "2027-10-31T00:30:00.000Z",
    "a repeated time takes the earlier instant",
  );
});
