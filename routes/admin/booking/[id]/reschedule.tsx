import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import { type BookingDetail, getBookingDetail } from "@/lib/booking/admin.ts";
import { manageToken, rescheduleBooking } from "@/lib/booking/bookings.ts";
import { staffActor } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import {
  Reschedule,
  type RescheduleStep,
} from "@/components/booking/Reschedule.tsx";
import {
  rescheduleStep,
  submitReschedule,
} from "@/routes/booking/(_shared)/reschedule.ts";
import type { BookingAdminState } from "../_middleware.ts";
import { redirect } from "@/lib/http/flash.ts";

interface Data {
  booking: BookingDetail;
  move: RescheduleStep;
}

type Ctx = FreshContext<BookingAdminState, Data>;

/**
 * Staff move a booking to another free time of the same staff member,
 * under the rules of booking; the client and staff are emailed.
 */
export const handler = {
  async GET(_req: Request, ctx: Ctx) {
    const { db, now } = ctx.state.services;
    const booking = await getBookingDetail(db, uuidParam(ctx.params.id));
    const detail = `/admin/booking/${booking.id}`;
    if (booking.status === "cancelled") {
      return redirect(detail, {
        kind: "error",
        message: "bookingAdmin.detail.isCancelled",
      }, ctx.state.secure);
    }
    // The public slots API frees a moved booking's own time only for
    // whoever holds its manage token.
    const token = await manageToken(ctx.state.booking.keys, booking.id);
    const move = await rescheduleStep(
      db,
      ctx.state.booking.settings,
      { t: ctx.state.t, locale: ctx.state.locale, now: now() },
      booking,
      ctx.url,
      {
        linkBase: `${detail}/reschedule`,
        slotsQuery: `&manage=${encodeURIComponent(token)}`,
      },
    );
    return ctx.render({ booking, move });
  },

  async POST(req: Request, ctx: Ctx) {
    const { db, now } = ctx.state.services;
    const booking = await getBookingDetail(db, uuidParam(ctx.params.id));
    return await submitReschedule(req, ctx.state.secure, {
      move: (start) =>
        rescheduleBooking(
          db,
          ctx.state.booking,
          booking.id,
          start,
          staffActor(ctx.state),
          now(),
        ),
      render: (move, status) => ctx.render({ booking, move }, { status }),
      back: `/admin/booking/${booking.id}`,
      doneMessage: "bookingAdmin.detail.movedFlash",
    });
  },
};

export default function RescheduleBookingPage(
  { state, data }: PageProps<Data, BookingAdminState>,
) {
  const { t } = state;
  const detail = `/admin/booking/${data.booking.id}`;
  return (
    <>
      <PageHeader
        title={t("bookingAdmin.reschedule.title", { name: data.booking.name })}
        back={{ href: detail, label: t("bookingAdmin.confirm.open") }}
      />
      <section class="card booking">
        <Reschedule
          data={data.move}
          previousStart={data.booking.startsAt}
          action={`${detail}/reschedule`}
          pickUrl={`${detail}/reschedule`}
          csrf={state.csrf}
          ctx={{
            t,
            locale: state.locale,
            timeZone: state.booking.settings.timeZone,
          }}
        />
      </section>
    </>
  );
}
