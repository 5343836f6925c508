import type { Locale, Translate } from "@/lib/i18n/mod.ts";
import type { BookingListRow } from "@/lib/booking/admin.ts";
import { BookingStatusBadge } from "./StatusBadge.tsx";
import { formatAppointment, localized } from "./labels.ts";

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
      <table>
        <thead>
          <tr>
            <th scope="col">{t("booking.field.when")}</th>
            <th scope="col">{t("bookingAdmin.field.client")}</th>
            <th scope="col">{t("booking.field.service")}</th>
            <th scope="col">{t("bookingAdmin.field.staff")}</th>
            <th scope="col">{t("booking.field.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <td>
                <a href={`/admin/booking/${row.id}`}>
                  {formatAppointment(
                    locale,
                    row.startsAt,
                    row.endsAt,
                    timeZone,
                  )}
                </a>
              </td>
              <td>
                {row.name}
                <div class="muted small">{row.email}</div>
              </td>
              <td>{localized(locale, row.serviceNameEn, row.serviceNameDe)}</td>
              <td>{row.staffName}</td>
              <td>
                <BookingStatusBadge status={row.status} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
