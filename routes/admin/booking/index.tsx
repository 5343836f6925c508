import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { Paged } from "@/lib/db/paging.ts";
import {
  type BookingChoices,
  type BookingListRow,
  listBookingChoices,
  listBookings,
} from "@/lib/booking/admin.ts";
import { bookingFiltersQuery } from "@/lib/http/booking_admin_forms.ts";
import type { FormValues } from "@/lib/http/forms.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { Pagination } from "@/components/admin/Pagination.tsx";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { BookingFilters } from "@/components/booking/BookingFilters.tsx";
import { BookingTable } from "@/components/booking/BookingTable.tsx";
import type { BookingAdminState } from "./_middleware.ts";

interface Data {
  bookings: Paged<BookingListRow>;
  choices: BookingChoices;
  filters: FormValues;
  filtered: boolean;
}

/** The bookings list with its filters. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<BookingAdminState, Data>) {
    const filters = bookingFiltersQuery.parse(
      Object.fromEntries(ctx.url.searchParams),
    );
    const { db } = ctx.state.services;
    const [bookings, choices] = await Promise.all([
      listBookings(db, {
        status: filters.status,
        staffId: filters.staff,
        serviceId: filters.service,
        from: filters.from ? Temporal.PlainDate.from(filters.from) : undefined,
        to: filters.to ? Temporal.PlainDate.from(filters.to) : undefined,
        search: filters.q,
        page: filters.page,
      }, ctx.state.booking.settings.timeZone),
      listBookingChoices(db),
    ]);
    const { page: _page, ...shown } = filters;
    return ctx.render({
      bookings,
      choices,
      filters: Object.fromEntries(
        Object.entries(shown).filter(([, value]) => value !== undefined),
      ) as FormValues,
      filtered: Object.values(shown).some((value) => value !== undefined),
    });
  },
};

export default function BookingsPage(
  { state, data, url }: PageProps<Data, BookingAdminState>,
) {
  const { t, locale } = state;
  const { bookings } = data;
  return (
    <>
      <PageHeader title={t("bookingAdmin.bookings.title")}>
        <a class="button" href="/admin/booking/new">
          {t("bookingAdmin.bookings.new")}
        </a>
      </PageHeader>
      <BookingFilters
        values={data.filters}
        choices={data.choices}
        t={t}
        locale={locale}
      />
      {bookings.rows.length
        ? (
          <>
            <p class="muted small">
              {t("bookingAdmin.bookings.count", {
                count: bookings.total,
                zone: state.booking.settings.timeZone,
              })}
            </p>
            <BookingTable
              rows={bookings.rows}
              t={t}
              locale={locale}
              timeZone={state.booking.settings.timeZone}
            />
            <Pagination
              t={t}
              url={url}
              page={bookings.page}
              pageCount={bookings.pageCount}
            />
          </>
        )
        : data.filtered
        ? (
          <EmptyState text={t("bookingAdmin.bookings.noneFiltered")}>
            <a class="button button-secondary" href="/admin/booking">
              {t("bookingAdmin.filter.reset")}
            </a>
          </EmptyState>
        )
        : (
          <EmptyState
            title={t("bookingAdmin.bookings.noneTitle")}
            text={t("bookingAdmin.bookings.none")}
          >
            <a class="button" href="/admin/booking/new">
              {t("bookingAdmin.bookings.new")}
            </a>
          </EmptyState>
        )}
    </>
  );
}
