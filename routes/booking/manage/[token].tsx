import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { BookingState } from "../_middleware.ts";
import {
  type BookingView,
  canStillCancel,
  changeBookingStatus,
  findBookingByManageToken,
} from "@/lib/booking/bookings.ts";
import { NotFoundError } from "@/lib/errors.ts";
import { redirect } from "@/lib/http/flash.ts";
import { formatDateTime } from "@/lib/i18n/mod.ts";
import { CsrfField } from "@/components/Field.tsx";
import { BookingStatusBadge } from "@/components/booking/StatusBadge.tsx";

interface Data {
  booking: BookingView;
  isNew: boolean;
  cancellable: boolean;
}

async function load(
  ctx: FreshContext<BookingState, Data>,
): Promise<BookingView> {
  const token = ctx.params.token;
  if (token.length > 100) throw new NotFoundError();
  return await findBookingByManageToken(ctx.state.services.db, token);
}

/** The client's page for one booking (from the email link): see it, cancel it. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<BookingState, Data>) {
    const booking = await load(ctx);
    return ctx.render({
      booking,
      isNew: ctx.url.searchParams.has("new"),
      cancellable: booking.status !== "cancelled" &&
        canStillCancel(
          booking.startsAt,
          ctx.state.booking.settings,
          ctx.state.services.now(),
        ),
    });
  },
  async POST(_req: Request, ctx: FreshContext<BookingState, Data>) {
    const booking = await load(ctx);
    const { db, now } = ctx.state.services;
    await changeBookingStatus(
      db,
      ctx.state.booking,
      booking.id,
      "cancelled",
      { type: "contact" },
      now(),
      {
        enforceCutoff: true,
      },
    );
    return redirect(ctx.url.pathname, {
      kind: "success",
      message: "booking.manage.cancelDone",
    }, ctx.state.secure);
  },
};

export default function ManageBooking(
  { state, data }: PageProps<Data, BookingState>,
) {
  const { t, locale } = state;
  const { booking } = data;
  const { timeZone, cancelCutoffHours } = state.booking.settings;
  const confirmed = booking.status === "confirmed";
  return (
    <div class="booking booking-manage">
      <Head>
        <title>{`${t("booking.manage.title")} · Portico`}</title>
      </Head>
      {data.isNew && (
        <div class="alert alert-success" role="status">
          <strong>
            {t(
              confirmed ? "booking.confirmed.title" : "booking.received.title",
            )}
          </strong>
          <p>
            {t(confirmed ? "booking.confirmed.text" : "booking.received.text")}
          </p>
        </div>
      )}
      <section class="card">
        <div class="page-header">
          <h1>{t("booking.manage.title")}</h1>
          <BookingStatusBadge status={booking.status} t={t} />
        </div>
        <dl class="details">
          <dt>{t("booking.field.service")}</dt>
          <dd>
            {locale === "de" ? booking.serviceNameDe : booking.serviceNameEn}
          </dd>
          <dt>{t("booking.field.staff")}</dt>
          <dd>{booking.staffName}</dd>
          <dt>{t("booking.field.when")}</dt>
          <dd>
            {formatDateTime(locale, booking.startsAt, timeZone)} ({timeZone})
          </dd>
          {booking.cancelReason && (
            <>
              <dt>{t("booking.field.reason")}</dt>
              <dd>{booking.cancelReason}</dd>
            </>
          )}
        </dl>
        {booking.status === "cancelled"
          ? <p class="muted">{t("booking.manage.cancelled")}</p>
          : data.cancellable
          ? (
            <form method="post" class="form-actions">
              <CsrfField token={state.csrf} />
              <button type="submit" class="button-danger">
                {t("booking.manage.cancel")}
              </button>
            </form>
          )
          : (
            <p class="muted">
              {t("booking.manage.cutoff", { hours: cancelCutoffHours })}
            </p>
          )}
      </section>
    </div>
  );
}
