import type { Locale, Translate } from "@/lib/i18n/mod.ts";
import type { BookingListRow } from "@/lib/booking/admin.ts";
import { BookingStatusBadge } from "./StatusBadge.tsx";
import { formatAppointment, localized } from "./labels.ts";
import { DataTable } from "../admin/DataTable.tsx";

/** Bookings as table rows, each linking to its detail page. */
export function BookingTable(
  { rows, t, locale, timeZone }: {
    rows: BookingListRow[];
    t: Translate;
    locale: Locale;
    timeZone: string;
  },
) {
  return (
    <div class="table-wrap">
      <DataTable
        rows={rows}
        columns={[
          {
            label: t("booking.field.when"),
            cell: (row) => (
              <a href={`/admin/booking/${row.id}`}>
                {formatAppointment(locale, row.startsAt, row.endsAt, timeZone)}
              </a>
            ),
          },
          {
            label: t("bookingAdmin.field.client"),
            cell: (row) => (
              <>
                {row.name}
                <div class="muted small">{row.email}</div>
              </>
            ),
          },
          {
            label: t("booking.field.service"),
            cell: (row) =>
              localized(locale, row.serviceNameEn, row.serviceNameDe),
          },
          {
            label: t("bookingAdmin.field.staff"),
            cell: (row) => row.staffName,
          },
          {
            label: t("booking.field.status"),
            cell: (row) => <BookingStatusBadge status={row.status} t={t} />,
          },
        ]}
      />
    </div>
  );
}
