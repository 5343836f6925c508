/**
 * Month calendar and free times. The server renders it with the month's
 * slots, and every day, month and time is a plain link, so booking works
 * without JavaScript; once hydrated, picking a day or month happens in
 * place (months fetched from /booking/api/slots). Hydrated, the month's
 * days are one tab stop that the arrow keys move through (a roving
 * tabindex: left and right a day, up and down a week, Home and End the
 * month's first and last free day), and picking a day moves the focus to
 * its times.
 */
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { dateTimeFormat } from "@/lib/intl.ts";

export interface SlotPickerProps {
  /** The page's own address with its query (`/booking?service=…&staff=…`): days, months and times add to it. */
  linkBase: string;
  /** The slots API with its query; `from` and `days` are added. */
  slotsUrl: string;
  /** `YYYY-MM` of the month shown. */
  month: string;
  /** `YYYY-MM-DD` of the selected day, or null. */
  selectedDate: string | null;
  /** Slot start instants (ISO) in this month. */
  slots: string[];
  timeZone: string;
  locale: "de" | "en";
  /** Months before this one (`YYYY-MM`) cannot be shown. */
  firstMonth: string;
  /** When the month shown first has no free time: the next day that has. */
  nextAvailable?: { month: string; date: string; label: string };
  labels: {
    prev: string;
    next: string;
    noTimes: string;
    noTimesMonth: string;
    pickDay: string;
  };
}

const TAGS = { en: "en-GB", de: "de-DE" };

function addMonths(month: string, delta: number): string {
  const [year, m] = month.split("-").map(Number);
  const date = new Date(Date.UTC(year, m - 1 + delta, 1));
  return date.toISOString().slice(0, 7);
}

function daysIn(month: string): number {
  const [year, m] = month.split("-").map(Number);
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

export default function SlotPicker(props: SlotPickerProps) {
  const [month, setMonth] = useState(props.month);
  const [slots, setSlots] = useState(props.slots);
  const [selected, setSelected] = useState(props.selectedDate);
  const [loading, setLoading] = useState(false);
  // Before hydration every day is a plain link in the tab order.
  const [hydrated, setHydrated] = useState(false);
  const [focused, setFocused] = useState<string | null>(null);
  const grid = useRef<HTMLDivElement>(null);
  const timesHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => setHydrated(true), []);

  const tag = TAGS[props.locale];
  const localDate = dateTimeFormat("en-CA", {
    timeZone: props.timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  const timeFormat = dateTimeFormat(tag, {
    timeZone: props.timeZone,
    hour: "2-digit",
    minute: "2-digit",
  });
  const zoned = dateTimeFormat(tag, {
    timeZone: props.timeZone,
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  });

  const byDay = new Map<string, string[]>();
  for (const slot of slots) {
    const day = localDate.format(new Date(slot));
    const list = byDay.get(day);
    if (list) list.push(slot);
    else byDay.set(day, [slot]);
  }

  // The base may have a query of its own (the booking page) or none.
  const link = (query: string) =>
    `${props.linkBase}${props.linkBase.includes("?") ? "&" : "?"}${query}`;

  async function showMonth(target: string, event: Event) {
    event.preventDefault();
    setLoading(true);
    try {
      const res = await fetch(
        `${props.slotsUrl}&from=${target}-01&days=${daysIn(target)}`,
      );
      if (!res.ok) throw new Error(String(res.status));
      const body: { slots: { start: string }[] } = await res.json();
      setSlots(body.slots.map((s) => s.start));
      setMonth(target);
      setSelected(null);
      setFocused(null);
    } catch {
      // Fall back to the plain link when the request fails.
      location.href = (event.currentTarget as HTMLAnchorElement).href;
    } finally {
      setLoading(false);
    }
  }

  function selectDay(day: string, event: Event) {
    event.preventDefault();
    setSelected(day);
    setFocused(day);
    moved.current = false;
    // After the render: the times of that day are where the visitor goes next.
    setTimeout(() => timesHeading.current?.focus());
  }

  const [year, monthNumber] = month.split("-").map(Number);
  const first = new Date(Date.UTC(year, monthNumber - 1, 1));
  const leading = (first.getUTCDay() + 6) % 7; // Monday first
  const cells: (string | null)[] = Array(leading).fill(null);
  for (let day = 1; day <= daysIn(month); day++) {
    cells.push(`${month}-${String(day).padStart(2, "0")}`);
  }
  const weekdays = Array.from(
    { length: 7 },
    (_, i) =>
      dateTimeFormat(tag, { weekday: "short", timeZone: "UTC" })
        .format(new Date(Date.UTC(2024, 0, 1 + i))),
  );
  const title = dateTimeFormat(tag, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  })
    .format(first);
  const times = selected ? byDay.get(selected) ?? [] : [];
  // Label with the zone on days where the offset changes (DST), so a
  // repeated hour is told apart.
  const offsets = new Set(
    times.map((slot) => zoned.format(new Date(slot)).split(" ").pop()),
  );
  const label = (slot: string) =>
    offsets.size > 1
      ? zoned.format(new Date(slot))
      : timeFormat.format(new Date(slot));
  const prev = addMonths(month, -1);
  const next = addMonths(month, 1);

  const free = cells.filter((day): day is string => !!day && byDay.has(day));
  const current = focused && free.includes(focused)
    ? focused
    : selected && free.includes(selected)
    ? selected
    : free[0];

  // Right after the render, not a frame later: the next key starts from there.
  useLayoutEffect(() => {
    if (!moved.current || !current) return;
    grid.current?.querySelector<HTMLElement>(`[data-day="${current}"]`)
      ?.focus();
  }, [current]);

  /** The free day `step` days on, else the nearest free one past it, in that direction. */
  function freeDayFrom(day: string, step: number): string | undefined {
    const index = cells.indexOf(day);
    const direction = Math.sign(step);
    for (let i = index + step; i >= 0 && i < cells.length; i += direction) {
      const candidate = cells[i];
      if (candidate && byDay.has(candidate)) return candidate;
    }
    return undefined;
  }

  function onGridKey(event: KeyboardEvent) {
    if (!current) return;
    const steps: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      ArrowUp: -7,
      ArrowDown: 7,
    };
    const target = event.key === "Home"
      ? free[0]
      : event.key === "End"
      ? free[free.length - 1]
      : event.key in steps
      ? freeDayFrom(current, steps[event.key])
      : undefined;
    if (event.key in steps || event.key === "Home" || event.key === "End") {
      event.preventDefault();
    }
    if (target) {
      moved.current = true;
      setFocused(target);
    }
  }

  return (
    <div class="slot-picker" aria-busy={loading}>
      <div class="calendar">
        <div class="calendar-header">
          {prev >= props.firstMonth
            ? (
              <a
                class="calendar-nav"
                href={link(`month=${prev}`)}
                aria-label={props.labels.prev}
                onClick={(e) => showMonth(prev, e)}
              >
                ‹
              </a>
            )
            : <span class="calendar-nav" aria-hidden="true" />}
          <h3>{title}</h3>
          <a
            class="calendar-nav"
            href={link(`month=${next}`)}
            aria-label={props.labels.next}
            onClick={(e) => showMonth(next, e)}
          >
            ›
          </a>
        </div>
        <div class="calendar-grid" ref={grid} onKeyDown={onGridKey}>
          {weekdays.map((day) => (
            <span key={day} class="calendar-weekday">{day}</span>
          ))}
          {cells.map((day, index) => {
            if (!day) return <span key={`blank-${index}`} />;
            const number = Number(day.slice(8));
            if (!byDay.has(day)) {
              return <span key={day} class="calendar-day">{number}</span>;
            }
            return (
              <a
                class="calendar-day available"
                href={link(`month=${month}&date=${day}`)}
                aria-current={day === selected ? "date" : undefined}
                data-day={day}
                tabIndex={hydrated && day !== current ? -1 : undefined}
                onClick={(e) => selectDay(day, e)}
              >
                {number}
              </a>
            );
          })}
        </div>
        {slots.length === 0 && (
          month === props.month && props.nextAvailable
            ? (
              <p>
                <a
                  class="next-available"
                  href={link(
                    `month=${props.nextAvailable.month}&date=${props.nextAvailable.date}`,
                  )}
                >
                  {props.nextAvailable.label}
                </a>
              </p>
            )
            : <p class="muted">{props.labels.noTimesMonth}</p>
        )}
      </div>
      <div class="times">
        {selected
          ? (
            <>
              <h3 ref={timesHeading} tabIndex={-1}>
                {dateTimeFormat(tag, {
                  dateStyle: "full",
                  timeZone: "UTC",
                })
                  .format(new Date(`${selected}T12:00:00Z`))}
              </h3>
              {times.length
                ? (
                  <ul class="time-list">
                    {times.map((slot) => (
                      <li>
                        <a
                          class="time"
                          href={link(`start=${encodeURIComponent(slot)}`)}
                        >
                          {label(slot)}
                        </a>
                      </li>
                    ))}
                  </ul>
                )
                : <p class="muted">{props.labels.noTimes}</p>}
            </>
          )
          : <p class="muted">{props.labels.pickDay}</p>}
      </div>
    </div>
  );
}
