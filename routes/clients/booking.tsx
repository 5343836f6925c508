import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import { z } from "zod";
import type { State } from "@/lib/http/state.ts";
import { bookingEnv } from "@/lib/app/domains.ts";
import {
  type BookingView,
  cancelContactBooking,
  canStillCancel,
  listContactBookings,
} from "@/lib/booking/bookings.ts";
import type { BookingSettings } from "@/lib/booking/settings.ts";
import { NotFoundError } from "@/lib/errors.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { formatDateTime, type Locale, type Translate } from "@/lib/i18n/mod.ts";
import { CsrfField } from "@/components/Field.tsx";
import { BookingStatusBadge } from "@/components/booking/StatusBadge.tsx";

interface Data {
  upcoming: BookingView[];
  past: BookingView[];
  settings: BookingSettings;
  now: number;
}

/** The signed-in contact's bookings; cancel an upcoming one. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    assertContact(ctx.state);
    const { db, now } = ctx.state.services;
    const env = await bookingEnv(ctx.state.services);
    const bookings = await listContactBookings(
      db,
      ctx.state.contactSession.user,
    );
    const at = now().getTime();
    return ctx.render({
      upcoming: bookings.filter((b) => b.startsAt.getTime() >= at).reverse(),
      past: bookings.filter((b) => b.startsAt.getTime() < at),
      settings: env.settings,
      now: at,
    });
  },
  async POST(req: Request, ctx: FreshContext<State, Data>) {
    assertContact(ctx.state);
    const { db, now } = ctx.state.services;
    const contact = ctx.state.contactSession.user;
    return await submitForm(req, ctx.state.secure, {
      schema: z.object({ booking: z.uuid() }),
      run: async ({ booking }) =>
        await cancelContactBooking(
          db,
          await bookingEnv(ctx.state.services),
          contact,
          booking,
          now(),
        ),
      invalid: () => {
        throw new NotFoundError();
      },
      done: () => ({
        to: "/clients/booking",
        flash: { kind: "success", message: "booking.manage.cancelDone" },
      }),
    });
  },
};

function BookingTable(
  { bookings, t, locale, settings, csrf, now }: {
    bookings: BookingView[];
    t: Translate;
    locale: Locale;
    settings: BookingSettings;
    csrf?: string;
    now: number;
  },
) {
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th>{t("booking.field.when")}</th>
            <th>{t("booking.field.service")}</th>
            <th>{t("booking.field.staff")}</th>
            <th>{t("booking.field.status")}</th>
            {csrf && <th />}
          </tr>
        </thead>
        <tbody>
          {bookings.map((booking) => (
            <tr>
              <td>
                {formatDateTime(locale, booking.startsAt, settings.timeZone)}
              </td>
              <td>
                {locale === "de"
                  ? booking.serviceNameDe
                  : booking.serviceNameEn}
              </td>
              <td>{booking.staffName}</td>
              <td>
                <BookingStatusBadge status={booking.status} t={t} />
              </td>
              {csrf && (
                <td>
                  {booking.status !== "cancelled" &&
                    canStillCancel(booking.startsAt, settings, new Date(now)) &&
                    (
                      <form method="post">
                        <CsrfField token={csrf} />
                        <input
                          type="hidden"
                          name="booking"
                          value={booking.id}
                        />
                        <button type="submit" class="button-secondary">
                          {t("booking.manage.cancel")}
                        </button>
                      </form>
                    )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function PortalBookings(
  { state, data }: PageProps<Data, State>,
) {
  const { t, locale } = state;
  const common = { t, locale, settings: data.settings, now: data.now };
  return (
    <>
      <Head>
        <title>{`${t("booking.portal.title")} · Portico`}</title>
      </Head>
      <div class="page-header">
        <h1>{t("booking.portal.title")}</h1>
        <a class="button" href="/booking">{t("booking.portal.book")}</a>
      </div>
      <h2>{t("booking.portal.upcoming")}</h2>
      {data.upcoming.length
        ? (
          <BookingTable
            bookings={data.upcoming}
            csrf={state.csrf}
            {...common}
          />
        )
        : <p class="empty-state">{t("booking.portal.none")}</p>}
      {data.past.length > 0 && (
        <>
          <h2>{t("booking.portal.past")}</h2>
          <BookingTable bookings={data.past} {...common} />
        </>
      )}
    </>
  );
}
