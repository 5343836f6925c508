import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import { z } from "zod";
import type { BookingState } from "../../_middleware.ts";
import {
  type BookingView,
  canStillCancel,
  changeBookingStatus,
} from "@/lib/booking/bookings.ts";
import { ConflictError } from "@/lib/errors.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { redirect } from "@/lib/http/flash.ts";
import { type FormState, optionalText } from "@/lib/http/forms.ts";
import { formatDateTime } from "@/lib/i18n/mod.ts";
import { CsrfField, Field } from "@/components/Field.tsx";
import {
  ManagedActions,
  ManagedFacts,
} from "@/components/booking/ManagedBooking.tsx";
import { changeDeadline } from "@/lib/booking/bookings.ts";
import { managedBooking, managePath } from "../../(_shared)/manage.ts";

interface Data {
  booking: BookingView;
  canCancel: boolean;
  form: FormState;
}

type Ctx = FreshContext<BookingState, Data>;

const cancelForm = z.object({ reason: optionalText(500) });

async function load(ctx: Ctx) {
  return await managedBooking(ctx.state.services.db, ctx.params.token);
}

function render(ctx: Ctx, booking: BookingView, form: FormState, status = 200) {
  return ctx.render({
    booking,
    form,
    canCancel: booking.status !== "cancelled" &&
      canStillCancel(
        booking.startsAt,
        ctx.state.booking.settings,
        ctx.state.services.now(),
      ),
  }, { status });
}

/**
 * The confirmation step of a client's cancellation: a page with an
 * optional reason and the button, so nothing is cancelled by one stray
 * tap (and no script is needed to ask).
 */
export const handler = {
  async GET(_req: Request, ctx: Ctx) {
    const booking = await load(ctx);
    if (booking.status === "cancelled") {
      return redirect(managePath(ctx.params.token));
    }
    return render(ctx, booking, {});
  },

  async POST(req: Request, ctx: Ctx) {
    const booking = await load(ctx);
    const { db, now } = ctx.state.services;
    const back = managePath(ctx.params.token);
    return await submitForm(req, ctx.state.secure, {
      schema: cancelForm,
      run: (data) =>
        changeBookingStatus(
          db,
          ctx.state.booking,
          booking.id,
          "cancelled",
          { type: "contact", id: ctx.state.contactSession?.user.id },
          now(),
          { reason: data.reason, enforceCutoff: true },
        ),
      invalid: (form, status) => render(ctx, booking, form, status),
      refused: (error) => {
        if (!(error instanceof ConflictError)) return undefined;
        return redirect(back, {
          kind: "error",
          message: error.code === "CANCEL_CUTOFF"
            ? "booking.manage.tooLate"
            : "booking.manage.isCancelled",
        }, ctx.state.secure);
      },
      done: () => ({
        to: back,
        flash: { kind: "success", message: "booking.manage.cancelDone" },
      }),
    });
  },
};

export default function CancelBooking(
  { state, data, params }: PageProps<Data, BookingState>,
) {
  const { t, locale } = state;
  const { booking } = data;
  const { settings, organizer } = state.booking;
  const ctx = { t, locale, timeZone: settings.timeZone };
  const back = managePath(params.token);
  return (
    <div class="booking booking-manage">
      <Head>
        <title>{`${t("booking.cancel.title")} · Portico`}</title>
      </Head>
      <section class="card">
        <div class="page-header">
          <h1>{t("booking.cancel.title")}</h1>
        </div>
        <ManagedFacts booking={booking} ctx={ctx} />
        {data.canCancel
          ? (
            <form method="post" class="form" novalidate>
              <CsrfField token={state.csrf} />
              <p>
                {t("booking.cancel.question", {
                  when: formatDateTime(
                    locale,
                    booking.startsAt,
                    settings.timeZone,
                  ),
                })}
              </p>
              <Field
                t={t}
                name="reason"
                label="booking.cancel.reason"
                multiline
                hint={t("booking.cancel.reasonHint")}
                {...data.form}
              />
              <div class="form-actions">
                <button type="submit" class="button-danger">
                  {t("booking.manage.cancel")}
                </button>
                <a href={back}>{t("booking.cancel.keep")}</a>
              </div>
            </form>
          )
          : (
            <ManagedActions
              booking={booking}
              manageUrl={back}
              deadline={changeDeadline(booking.startsAt, settings)}
              canChange={false}
              contact={organizer.email}
              ctx={ctx}
            />
          )}
      </section>
    </div>
  );
}
