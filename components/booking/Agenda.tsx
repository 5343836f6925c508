/** The agenda: a grid of days and staff members, their hours, time off and bookings. */
import type {
  AgendaColumn,
  AgendaDay,
  StaffChoice,
} from "@/lib/booking/admin.ts";
import { formatClock } from "@/lib/wall_clock.ts";
import type { FormValues } from "@/lib/http/forms.ts";
import { Field } from "../Field.tsx";
import { DataTable } from "../admin/DataTable.tsx";
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

/** One staff member's day: hours, time off and the bookings by time. */
function StaffDay(
  { column, day, view }: {
    column: AgendaColumn;
    day: AgendaDay;
    view: AdminView;
  },
) {
  const { t, locale, timeZone } = view;
  return (
    <>
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
      {column.bookings.length > 0 && (
        <ul class="agenda-list">
          {column.bookings.map((booking) => (
            <li class={`agenda-booking agenda-${booking.status}`}>
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
      )}
    </>
  );
}

/**
 * The week (or day) as a grid: a row per day (today marked), a column per
 * staff member, each cell their hours, time off and bookings by time. On
 * a phone the rows stack into one card per day, a section per member.
 */
export function AgendaGrid(
  { days, today, view }: {
    days: AgendaDay[];
    /** Today in the business zone, `YYYY-MM-DD`. */
    today: string;
    view: AdminView;
  },
) {
  const { t, locale } = view;
  const staff = days[0]?.columns ?? [];
  if (!staff.length) {
    return (
      <div class="card">
        <p class="muted">{t("bookingAdmin.agenda.noStaff")}</p>
      </div>
    );
  }
  return (
    <div class="table-wrap">
      <DataTable
        class="agenda-grid"
        caption={t("bookingAdmin.agenda.title")}
        rows={days}
        rowAttributes={(day) => ({
          "aria-current": day.date.toString() === today ? "date" : undefined,
        })}
        rowHeader={{
          label: t("bookingAdmin.field.date"),
          cell: (day) => (
            <>
              {formatDay(t, locale, day.date)}
              {day.date.toString() === today && (
                <span class="badge badge-trial">
                  {t("bookingAdmin.agenda.today")}
                </span>
              )}
            </>
          ),
        }}
        columns={staff.map((member, index) => ({
          label: member.staffName,
          cell: (day: AgendaDay) => (
            <StaffDay column={day.columns[index]} day={day} view={view} />
          ),
        }))}
      />
    </div>
  );
}
