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
import { ConflictError, NotFoundError } from "@/lib/errors.ts";
import { type FormState, optionalText } from "@/lib/http/forms.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { formatDateTime, type Locale, type Translate } from "@/lib/i18n/mod.ts";
import { CsrfField, Field } from "@/components/Field.tsx";
import { ManagedFacts } from "@/components/booking/ManagedBooking.tsx";
import { BookingStatusBadge } from "@/components/booking/StatusBadge.tsx";
import { AnswerList } from "@/components/booking/AnswerList.tsx";

interface Data {
  upcoming: BookingView[];
  past: BookingView[];
  settings: BookingSettings;
  now: number;
  /** The booking whose cancellation is being confirmed, with its form. */
  confirming?: { booking: BookingView; form: FormState };
}

type Ctx = FreshContext<State, Data>;

const cancelForm = z.object({
  booking: z.uuid(),
  reason: optionalText(500),
});

/** The list, or (with `confirming`) the cancellation's confirmation step. */
async function render(
  ctx: Ctx,
  confirm?: { bookingId: string; form: FormState },
  status = 200,
) {
  assertContact(ctx.state);
  const { db, now } = ctx.state.services;
  const env = await bookingEnv(ctx.state.services);
  const bookings = await listContactBookings(db, ctx.state.contactSession.user);
  const at = now().getTime();
  const confirming = confirm &&
    bookings.find((booking) => booking.id === confirm.bookingId);
  if (confirm && !confirming) throw new NotFoundError();
  return ctx.render({
    upcoming: bookings.filter((b) => b.startsAt.getTime() >= at).reverse(),
    past: bookings.filter((b) => b.startsAt.getTime() < at),
    settings: env.settings,
    now: at,
    confirming: confirming && { booking: confirming, form: confirm.form },
  }, { status });
}

/**
 * The signed-in contact's bookings. Cancelling one is two steps, as from
 * the manage link: its Cancel link asks first (`?cancel=<id>`, with an
 * optional reason), and only that page's button posts.
 */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    const cancel = z.uuid().safeParse(ctx.url.searchParams.get("cancel"));
    if (ctx.url.searchParams.has("cancel") && !cancel.success) {
      throw new NotFoundError();
    }
    return render(
      ctx,
      cancel.success ? { bookingId: cancel.data, form: {} } : undefined,
    );
  },
  async POST(req: Request, ctx: Ctx) {
    assertContact(ctx.state);
    const { db, now } = ctx.state.services;
    const contact = ctx.state.contactSession.user;
    return await submitForm(req, ctx.state.secure, {
      schema: cancelForm,
      run: async ({ booking, reason }) =>
        await cancelContactBooking(
          db,
          await bookingEnv(ctx.state.services),
          contact,
          booking,
          now(),
          reason,
        ),
      invalid: (form, status) => {
        const bookingId = z.uuid().safeParse(form.values?.booking);
        if (!bookingId.success) throw new NotFoundError();
        return render(ctx, { bookingId: bookingId.data, form }, status);
      },
      refused: (error) =>
        error instanceof ConflictError
          ? {
            to: "/clients/booking",
            flash: {
              kind: "error",
              message: error.code === "CANCEL_CUTOFF"
                ? "booking.manage.tooLate"
                : "booking.manage.isCancelled",
            },
          }
          : undefined,
      done: () => ({
        to: "/clients/booking",
        flash: { kind: "success", message: "booking.manage.cancelDone" },
      }),
    });
  },
};

function BookingTable(
  { bookings, t, locale, settings, actions, now }: {
    bookings: BookingView[];
    t: Translate;
    locale: Locale;
    settings: BookingSettings;
    /** Upcoming bookings can still be cancelled. */
    actions?: boolean;
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
            {actions && <th />}
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
                {booking.answers.length > 0 && (
                  <dl class="details small">
                    <AnswerList answers={booking.answers} locale={locale} />
                  </dl>
                )}
              </td>
              <td>{booking.staffName}</td>
              <td>
                <BookingStatusBadge status={booking.status} t={t} />
              </td>
              {actions && (
                <td>
                  {booking.status !== "cancelled" &&
                    canStillCancel(booking.startsAt, settings, new Date(now)) &&
                    (
                      <a
                        class="button-link"
                        href={`/clients/booking?cancel=${booking.id}`}
                      >
                        {t("booking.manage.cancel")}
                      </a>
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

/** The cancellation's confirmation step: what, an optional reason, the button. */
function ConfirmCancel(
  { booking, form, csrf, t, locale, settings }: {
    booking: BookingView;
    form: FormState;
    csrf: string;
    t: Translate;
    locale: Locale;
    settings: BookingSettings;
  },
) {
  return (
    <section class="card">
      <h2>{t("booking.cancel.title")}</h2>
      <ManagedFacts
        booking={booking}
        ctx={{ t, locale, timeZone: settings.timeZone }}
      />
      <form method="post" class="form" novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="booking" value={booking.id} />
        <p>
          {t("booking.cancel.question", {
            when: formatDateTime(locale, booking.startsAt, settings.timeZone),
          })}
        </p>
        <Field
          t={t}
          name="reason"
          label="booking.cancel.reason"
          multiline
          hint={t("booking.cancel.reasonHint")}
          {...form}
        />
        <div class="form-actions">
          <button type="submit" class="button-danger">
            {t("booking.manage.cancel")}
          </button>
          <a href="/clients/booking">{t("booking.cancel.keep")}</a>
        </div>
      </form>
    </section>
  );
}

export default function PortalBookings(
  { state, data }: PageProps<Data, State>,
) {
  const { t, locale } = state;
  const common = { t, locale, settings: data.settings, now: data.now };
  if (data.confirming) {
    return (
      <>
        <Head>
          <title>{`${t("booking.cancel.title")} · Portico`}</title>
        </Head>
        <ConfirmCancel
          {...data.confirming}
          csrf={state.csrf}
          t={t}
          locale={locale}
          settings={data.settings}
        />
      </>
    );
  }
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
        ? <BookingTable bookings={data.upcoming} actions {...common} />
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
