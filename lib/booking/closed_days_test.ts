import assert from "node:assert/strict";
import { closedDates, isHolidayRegion } from "./closed_days.ts";

const day = (text: string) => Temporal.PlainDate.from(text);

Deno.test("closed dates: the business's own days and ranges, cut to the search", () => {
  const dates = closedDates(
    {
      closedDays: [
        { from: "2027-12-24", to: "2027-12-26" },
        { from: "2027-12-31", to: "2027-12-31" },
        { from: "2027-11-01", to: "2027-11-30" },
      ],
      holidayRegion: "",
    },
    day("2027-12-20"),
    14,
  );
  assert.deepEqual([...dates].sort(), [
    "2027-12-24",
    "2027-12-25",
    "2027-12-26",
    "2027-12-31",
  ]);
});

Deno.test("closed dates: a German state's public holidays, across a new year", () => {
  const bavaria = closedDates(
    { closedDays: [], holidayRegion: "DE-BY" },
    day("2027-12-20"),
    20,
  );
  assert.deepEqual([...bavaria].sort(), [
    "2027-12-25",
    "2027-12-26",
    "2028-01-01",
    "2028-01-06",
  ]);
  const berlin = closedDates(
    { closedDays: [], holidayRegion: "DE-BE" },
    day("2028-01-02"),
    7,
  );
  assert.deepEqual([...berlin], [], "Epiphany is not a holiday in Berlin");
  assert.ok(isHolidayRegion("AT"));
  assert.ok(isHolidayRegion("DE-BY"));
  assert.ok(!isHolidayRegion("DE-XX"));
  assert.ok(!isHolidayRegion("XX"));
  assert.ok(!isHolidayRegion("DE-BY-1"));
});
