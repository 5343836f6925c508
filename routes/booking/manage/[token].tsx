import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { BookingState } from "../_middleware.ts";
import {
  type BookingView,
  canStillCancel,
  changeDeadline,
} from "@/lib/booking/bookings.ts";
import {
  AddToCalendar,
  ManagedActions,
  ManagedFacts,
} from "@/components/booking/ManagedBooking.tsx";
import { managedBooking, managePath } from "../(_shared)/manage.ts";
import { embedQuery } from "../(_shared)/embed.ts";
import { displayZone } from "@/lib/booking/time_zones.ts";
import StepFocus from "@/islands/StepFocus.tsx";

interface Data {
  booking: BookingView;
  isNew: boolean;
  canChange: boolean;
}

/** The client's page for one booking (from the email link): see, move or cancel it. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<BookingState, Data>) {
    const booking = await managedBooking(
      ctx.state.services.db,
      ctx.params.token,
    );
    return ctx.render({
      booking,
      isNew: ctx.url.searchParams.has("new"),
      canChange: canStillCancel(
        booking.startsAt,
        ctx.state.booking.settings,
        ctx.state.services.now(),
      ),
    });
  },
};

export default function ManageBooking(
  { state, data, params, url }: PageProps<Data, BookingState>,
) {
  const { t, locale } = state;
  const { booking } = data;
  const { settings, organizer, appUrl } = state.booking;
  // In the visitor's zone when the booking page handed it on.
  const zone = displayZone(url.searchParams.get("tz"), settings.timeZone);
  const ctx = { t, locale, timeZone: zone.zone, embed: embedQuery(state) };
  const confirmed = booking.status === "confirmed";
  return (
    <div class="booking booking-manage">
      <Head>
        <title>{`${t("booking.manage.title")} · Portico`}</title>
      </Head>
      {data.isNew && (
        <div
          class="alert alert-success"
          role="status"
          id="booking-done"
          tabIndex={-1}
        >
          <StepFocus target="booking-done" />
          <strong>
            {t(
              confirmed ? "booking.confirmed.title" : "booking.received.title",
            )}
          </strong>
          <p>
            {t(confirmed ? "booking.confirmed.text" : "booking.received.text")}
          </p>
          <p>{t("booking.manage.sentTo", { email: booking.email })}</p>
        </div>
      )}
      <section class="card">
        <div class="page-header">
          <h1>{t("booking.manage.title")}</h1>
        </div>
        <ManagedFacts booking={booking} ctx={ctx} />
        <ManagedActions
          booking={booking}
          manageUrl={managePath(params.token)}
          deadline={changeDeadline(booking.startsAt, settings)}
          canChange={data.canChange}
          contact={organizer.email}
          ctx={ctx}
        />
      </section>
      {booking.status !== "cancelled" && (
        <section class="card">
          <AddToCalendar
            booking={booking}
            manageUrl={managePath(params.token)}
            absoluteManageUrl={`${appUrl}${managePath(params.token)}`}
            ctx={ctx}
          />
        </section>
      )}
    </div>
  );
}
