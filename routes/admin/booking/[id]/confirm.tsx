import { z } from "zod";
import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import { type BookingDetail, getBookingDetail } from "@/lib/booking/admin.ts";
import { changeBookingStatus } from "@/lib/booking/bookings.ts";
import { ConflictError } from "@/lib/errors.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { redirect } from "@/lib/http/flash.ts";
import { staffActor } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { CsrfField } from "@/components/Field.tsx";
import { BookingFacts } from "@/components/booking/BookingDetail.tsx";
import type { BookingAdminState } from "../_middleware.ts";

interface Data {
  booking: BookingDetail;
}

type Ctx = FreshContext<BookingAdminState, Data>;

/**
 * Where the Confirm link of a staff email leads: the request and one
 * button. A link never confirms by itself; the button is a signed-in,
 * CSRF-checked POST.
 */
export const handler = {
  async GET(_req: Request, ctx: Ctx) {
    const booking = await getBookingDetail(
      ctx.state.services.db,
      uuidParam(ctx.params.id),
    );
    return ctx.render({ booking });
  },

  async POST(req: Request, ctx: Ctx) {
    const bookingId = uuidParam(ctx.params.id);
    const { db, now } = ctx.state.services;
    const detail = `/admin/booking/${bookingId}`;
    return await submitForm(req, ctx.state.secure, {
      schema: z.object({}),
      run: () =>
        changeBookingStatus(
          db,
          ctx.state.booking,
          bookingId,
          "confirmed",
          staffActor(ctx.state),
          now(),
        ),
      invalid: async (_form, status) =>
        ctx.render({ booking: await getBookingDetail(db, bookingId) }, {
          status,
        }),
      refused: (error) =>
        error instanceof ConflictError
          ? redirect(detail, {
            kind: "error",
            message: "bookingAdmin.detail.notChanged",
          }, ctx.state.secure)
          : undefined,
      done: () => ({
        to: detail,
        flash: {
          kind: "success",
          message: "bookingAdmin.detail.confirmedFlash",
        },
      }),
    });
  },
};

export default function ConfirmBookingPage(
  { state, data }: PageProps<Data, BookingAdminState>,
) {
  const { t } = state;
  const { booking } = data;
  const detail = `/admin/booking/${booking.id}`;
  const view = {
    t,
    locale: state.locale,
    timeZone: state.booking.settings.timeZone,
  };
  return (
    <>
      <PageHeader
        title={t("bookingAdmin.confirm.title", { name: booking.name })}
        back={{ href: detail, label: t("bookingAdmin.confirm.open") }}
      />
      <div class="admin-columns">
        <BookingFacts booking={booking} view={view} />
        <section class="card">
          {booking.status === "pending"
            ? (
              <form method="post" class="form">
                <CsrfField token={state.csrf} />
                <p class="muted">{t("bookingAdmin.detail.confirmText")}</p>
                <div>
                  <button type="submit">
                    {t("bookingAdmin.detail.confirm")}
                  </button>
                </div>
              </form>
            )
            : (
              <>
                <p class="muted">{t("bookingAdmin.confirm.notPending")}</p>
                <a href={detail}>{t("bookingAdmin.confirm.open")}</a>
              </>
            )}
        </section>
      </div>
    </>
  );
}
