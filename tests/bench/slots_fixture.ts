/**
 * A busy schedule for the slot benchmark, the same every run: 500
 * bookings, and each staff member's connected calendar busy twice a
 * working day (CalDAV busy times reach the search with time off, as
 * `lib/booking/availability.ts` loads them).
 */
import type { SlotQuery } from "@/lib/booking/slots.ts";

export function busyQuery(): SlotQuery {
  const from = Temporal.PlainDate.from("2027-03-01");
  const dayStart = Date.parse("2027-03-01T08:00:00Z");
  const staff = Array.from({ length: 10 }, (_, s) => ({
    staffId: `staff-${s}`,
    ranges: [1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, startMinute: 8 * 60, endMinute: 12 * 60 },
      { weekday, startMinute: 13 * 60, endMinute: 18 * 60 },
    ]),
    bookings: Array.from({ length: 50 }, (_, b) => {
      const start = dayStart + (b % 30) * 86_400_000 +
        ((b * 7 + s) % 9) * 3_600_000;
      return { start, end: start + 45 * 60_000, startsAt: start };
    }),
    timeOff: Array.from({ length: 44 }, (_, c) => {
      const start = dayStart + Math.floor(c / 2) * 86_400_000 +
        ((c * 5 + s) % 10) * 3_600_000 + 30 * 60_000;
      return { start, end: start + 60 * 60_000 };
    }),
  }));
  return {
    timeZone: "Europe/Berlin",
    from,
    days: 30,
    now: Date.parse("2027-02-28T12:00:00Z"),
    minNoticeMinutes: 60,
    horizonDays: 90,
    stepMinutes: 15,
    durationMinutes: 30,
    bufferMinutes: 10,
    bufferBeforeMinutes: 0,
    staff,
  };
}
