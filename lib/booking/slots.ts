/**
 * Free appointment times: weekly working hours in the business time zone,
 * minus time off and existing bookings (with their buffers), for a
 * service's duration with its buffers before and after, after the minimum
 * notice and within the booking horizon.
 *
 * Working hours are wall-clock times, turned into instants per day with
 * Temporal, so a DST change moves them correctly; candidate starts then
 * step through real time, so on the spring-forward day the missing hour
 * offers nothing and on the fall-back day the repeated hour is offered
 * twice (labelled with its offset). Closed days (the business's own and
 * public holidays) offer nothing, nor does a staff member's day once it
 * holds the most bookings it may. Pure: all data comes in as arguments.
 */

/** A weekly range: ISO weekday (1 = Monday) and minutes after midnight. */
export interface WeeklyRange {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** A half-open interval [start, end) in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

/** An existing booking: its busy time (buffers included) and its start. */
export interface Booked extends Interval {
  startsAt: number;
}

export interface StaffSchedule {
  staffId: string;
  ranges: WeeklyRange[];
  /** Existing bookings; a day's count goes by their starts. */
  bookings: Booked[];
  timeOff: Interval[];
  /**
   * Hours on particular dates (`YYYY-MM-DD`), instead of the weekly ones;
   * an empty list is a day off.
   */
  dateRanges?: Record<string, { startMinute: number; endMinute: number }[]>;
}

export interface SlotQuery {
  timeZone: string;
  /** First day to search, in the business time zone. */
  from: Temporal.PlainDate;
  days: number;
  /** Current time, epoch ms. */
  now: number;
  minNoticeMinutes: number;
  horizonDays: number;
  stepMinutes: number;
  durationMinutes: number;
  /** Kept free after the appointment. */
  bufferMinutes: number;
  /** Kept free before it (working hours need not cover it). */
  bufferBeforeMinutes: number;
  staff: StaffSchedule[];
  /** At most this many bookings per staff member and day (none: no limit). */
  maxPerDay?: number;
  /** Days (`YYYY-MM-DD` in the business zone) the business is closed. */
  closedDates?: ReadonlySet<string>;
}

export interface Slot {
  start: number;
  end: number;
  /** Free staff members, least busy that day first. */
  staffIds: string[];
}

const MINUTE = 60_000;

/** Epoch ms of a wall-clock time on a date in a zone (gaps resolve forward). */
function instantOf(
  date: Temporal.PlainDate,
  minute: number,
  timeZone: string,
): number {
  const day = minute >= 1440 ? date.add({ days: 1 }) : date;
  const m = minute % 1440;
  return day.toZonedDateTime({
    timeZone,
    plainTime: new Temporal.PlainTime(Math.floor(m / 60), m % 60),
  }).epochMilliseconds;
}

function sortedBusy(schedule: StaffSchedule): Interval[] {
  return [...schedule.bookings, ...schedule.timeOff].sort((a, b) =>
    a.start - b.start
  );
}

/** Index of the first interval that ends after `time` (intervals sorted by start). */
function firstEndingAfter(
  intervals: Interval[],
  time: number,
  from: number,
): number {
  let i = from;
  while (i < intervals.length && intervals[i].end <= time) i++;
  return i;
}

function overlapsAny(
  intervals: Interval[],
  from: number,
  start: number,
  end: number,
) {
  for (let i = from; i < intervals.length && intervals[i].start < end; i++) {
    if (intervals[i].end > start) return true;
  }
  return false;
}

function countStartingIn(
  sortedStarts: number[],
  start: number,
  end: number,
): number {
  let count = 0;
  for (const s of sortedStarts) {
    if (s >= end) break;
    if (s >= start) count++;
  }
  return count;
}

/** Every free start time in the query's days, in order. */
export function computeSlots(query: SlotQuery): Slot[] {
  const duration = query.durationMinutes * MINUTE;
  const before = query.bufferBeforeMinutes * MINUTE;
  const after = query.bufferMinutes * MINUTE;
  const step = query.stepMinutes * MINUTE;
  const earliest = query.now + query.minNoticeMinutes * MINUTE;
  const latest = query.now + query.horizonDays * 1440 * MINUTE;

  const instants = new Map<string, number>();
  const boundary = (date: Temporal.PlainDate, minute: number) => {
    const key = `${date}|${minute}`;
    let value = instants.get(key);
    if (value === undefined) {
      value = instantOf(date, minute, query.timeZone);
      instants.set(key, value);
    }
    return value;
  };

  const staff = query.staff.map((schedule) => ({
    id: schedule.staffId,
    // Sorted, so candidate starts only ever grow and the busy cursor too.
    ranges: [...schedule.ranges].sort((a, b) => a.startMinute - b.startMinute),
    dateRanges: schedule.dateRanges ?? {},
    busy: sortedBusy(schedule),
    cursor: 0,
    bookingStarts: schedule.bookings.map((b) => b.startsAt).sort((a, b) =>
      a - b
    ),
  }));

  const byStart = new Map<number, { staffId: string; load: number }[]>();
  for (let offset = 0; offset < query.days; offset++) {
    const date = query.from.add({ days: offset });
    if (query.closedDates?.has(date.toString())) continue;
    const dayStart = boundary(date, 0);
    const dayEnd = boundary(date, 1440);
    if (dayEnd <= earliest || dayStart >= latest) continue;
    for (const member of staff) {
      const load = countStartingIn(member.bookingStarts, dayStart, dayEnd);
      if (query.maxPerDay !== undefined && load >= query.maxPerDay) continue;
      const onDate = member.dateRanges[date.toString()];
      const dayRanges = onDate
        ? [...onDate].sort((a, b) => a.startMinute - b.startMinute)
        : member.ranges.filter((range) => range.weekday === date.dayOfWeek);
      for (const range of dayRanges) {
        const windowEnd = boundary(date, range.endMinute);
        for (
          let start = boundary(date, range.startMinute);
          start + duration <= windowEnd;
          start += step
        ) {
          if (start < earliest) continue;
          if (start >= latest) break;
          member.cursor = firstEndingAfter(
            member.busy,
            start - before,
            member.cursor,
          );
          if (
            overlapsAny(
              member.busy,
              member.cursor,
              start - before,
              start + duration + after,
            )
          ) continue;
          const free = byStart.get(start);
          if (free) free.push({ staffId: member.id, load });
          else byStart.set(start, [{ staffId: member.id, load }]);
        }
      }
    }
  }

  return [...byStart.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, free]) => ({
      start,
      end: start + duration,
      staffIds: free.sort((a, b) =>
        a.load - b.load || a.staffId.localeCompare(b.staffId)
      )
        .map((f) => f.staffId),
    }));
}
