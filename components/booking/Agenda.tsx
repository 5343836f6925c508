/** The agenda: per day, each staff member's hours, time off and bookings. */
import type {
  AgendaColumn,
  AgendaDay,
  StaffChoice,
} from "@/lib/booking/admin.ts";
import { formatClock } from "@/lib/wall_clock.ts";
import type { FormValues } from "@/lib/http/forms.ts";
import { Field } from "../Field.tsx";
import { BookingStatusBadge } from "./StatusBadge.tsx";
import {
  type AdminView,
  formatDay,
  formatTimeRange,
  localized,
} from "./labels.ts";

/** Whose agenda, day or week, and which date: a GET form. */
export function AgendaFilters(
  { values, staff, view }: {
    values: FormValues;
    staff: StaffChoice[];
    view: AdminView;
  },
) {
  const { t } = view;
  return (
    <form method="get" action="/admin/booking/agenda" class="toolbar">
      <Field
        t={t}
        name="staff"
        label="bookingAdmin.field.staff"
        values={values}
        options={{
          "": t("bookingAdmin.agenda.allStaff"),
          ...Object.fromEntries(
            staff.filter((s) => s.active).map((s) => [s.id, s.name]),
          ),
        }}
      />
      <Field
        t={t}
        name="view"
        label="bookingAdmin.agenda.view"
        values={values}
        options={{
          day: t("bookingAdmin.agenda.day"),
          week: t("bookingAdmin.agenda.week"),
        }}
      />
      <Field
        t={t}
        name="date"
        label="bookingAdmin.field.date"
        type="date"
        values={values}
      />
      <div class="toolbar-actions">
        <button type="submit">{t("bookingAdmin.filter.apply")}</button>
      </div>
    </form>
  );
}

/** Previous / today / next, keeping whose agenda and the view. */
export function AgendaStepper(
  { previous, today, next, isWeek, view }: {
    previous: string;
    today: string;
    next: string;
    isWeek: boolean;
    view: AdminView;
  },
) {
  const { t } = view;
  return (
    <nav class="agenda-stepper" aria-label={t("bookingAdmin.agenda.steps")}>
      <a class="button button-secondary" href={previous} rel="prev">
        {t(
          isWeek
            ? "bookingAdmin.agenda.previousWeek"
            : "bookingAdmin.agenda.previousDay",
        )}
      </a>
      <a class="button button-secondary" href={today}>
        {t("bookingAdmin.agenda.today")}
      </a>
      <a class="button button-secondary" href={next} rel="next">
        {t(
          isWeek
            ? "bookingAdmin.agenda.nextWeek"
            : "bookingAdmin.agenda.nextDay",
        )}
      </a>
    </nav>
  );
}

function StaffDay(
  { column, day, view }: {
    column: AgendaColumn;
    day: AgendaDay;
    view: AdminView;
  },
) {
  const { t, locale, timeZone } = view;
  return (
    <div class="agenda-column">
      <h3>{column.staffName}</h3>
      <p class="muted small">
        {column.hours.length
          ? column.hours.map((h) =>
            `${formatClock(h.startMinute)}–${formatClock(h.endMinute)}`
          ).join(", ")
          : t("bookingAdmin.agenda.notWorking")}
      </p>
      {column.timeOff.map((off) => (
        <p class="agenda-off">
          {off.startsAt.getTime() === day.startsAt.getTime() &&
              off.endsAt.getTime() === day.endsAt.getTime()
            ? t("bookingAdmin.agenda.timeOffAllDay")
            : t("bookingAdmin.agenda.timeOff", {
              time: formatTimeRange(locale, off.startsAt, off.endsAt, timeZone),
            })}
          {off.reason ? ` · ${off.reason}` : ""}
        </p>
      ))}
      {column.bookings.length
        ? (
          <ul class="agenda-list">
            {column.bookings.map((booking) => (
              <li>
                <a href={`/admin/booking/${booking.id}`}>
                  <span class="agenda-time">
                    {formatTimeRange(
                      locale,
                      booking.startsAt,
                      booking.endsAt,
                      timeZone,
                    )}
                  </span>
                  <span>
                    {localized(
                      locale,
                      booking.serviceNameEn,
                      booking.serviceNameDe,
                    )} · {booking.name}
                  </span>
                </a>
                <BookingStatusBadge status={booking.status} t={t} />
              </li>
            ))}
          </ul>
        )
        : <p class="muted small">{t("bookingAdmin.agenda.noBookings")}</p>}
    </div>
  );
}

/** One card per day (today marked), one column per staff member. */
export function AgendaDays(
  { days, today, view }: {
    days: AgendaDay[];
    /** Today in the business zone, `YYYY-MM-DD`. */
    today: string;
    view: AdminView;
  },
) {
  const { t, locale } = view;
  return (
    <div class="agenda">
      {days.map((day) => (
        <section
          class="card agenda-day"
          aria-current={day.date.toString() === today ? "date" : undefined}
        >
          <h2>
            {formatDay(t, locale, day.date)}
            {day.date.toString() === today && (
              <span class="badge badge-trial">
                {t("bookingAdmin.agenda.today")}
              </span>
            )}
          </h2>
          {day.columns.length
            ? (
              <div class="agenda-columns">
                {day.columns.map((column) => (
                  <StaffDay column={column} day={day} view={view} />
                ))}
              </div>
            )
            : <p class="muted">{t("bookingAdmin.agenda.noStaff")}</p>}
        </section>
      ))}
    </div>
  );
}
