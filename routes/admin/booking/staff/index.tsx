import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import {
  listStaffSchedules,
  type StaffScheduleRow,
} from "@/lib/booking/admin_schedule.ts";
import { formatClock } from "@/lib/wall_clock.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { weekdayName } from "@/components/booking/labels.ts";
import type { BookingAdminState } from "../_middleware.ts";
import { DataTable } from "@/components/admin/DataTable.tsx";

interface Data {
  staff: StaffScheduleRow[];
}

/** Everyone's weekly hours at a glance, each linking to their editor. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<BookingAdminState, Data>) {
    const { db, now } = ctx.state.services;
    return ctx.render({ staff: await listStaffSchedules(db, now()) });
  },
};

export default function StaffSchedulesPage(
  { state, data }: PageProps<Data, BookingAdminState>,
) {
  const { t } = state;
  return (
    <>
      <PageHeader
        title={t("bookingAdmin.staff.title")}
        intro={t("bookingAdmin.staff.intro", {
          zone: state.booking.settings.timeZone,
        })}
      />
      {data.staff.length
        ? (
          <div class="table-wrap">
            <DataTable
              rows={data.staff}
              columns={[
                {
                  label: t("bookingAdmin.field.staff"),
                  cell: (member) => (
                    <>
                      <a href={`/admin/booking/staff/${member.id}`}>
                        {member.name}
                      </a>
                      {!member.active && (
                        <div class="muted small">
                          {t("bookingAdmin.staff.inactive")}
                        </div>
                      )}
                    </>
                  ),
                },
                {
                  label: t("bookingAdmin.staff.hours"),
                  cell: (member) =>
                    member.ranges.length
                      ? (
                        <ul class="plain-list">
                          {member.ranges.map((range) => (
                            <li>
                              {`${weekdayName(t, range.weekday)} ${
                                formatClock(range.startMinute)
                              }–${formatClock(range.endMinute)}`}
                            </li>
                          ))}
                        </ul>
                      )
                      : (
                        <span class="muted">
                          {t("bookingAdmin.staff.noHours")}
                        </span>
                      ),
                },
                {
                  label: t("bookingAdmin.staff.timeOff"),
                  cell: (member) =>
                    member.upcomingTimeOff
                      ? t("bookingAdmin.staff.timeOffCount", {
                        count: member.upcomingTimeOff,
                      })
                      : "—",
                },
              ]}
            />
          </div>
        )
        : <EmptyState text={t("bookingAdmin.staff.none")} />}
    </>
  );
}
