import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { BookingState } from "../../_middleware.ts";
import {
  type BookingView,
  canStillCancel,
  changeDeadline,
  rescheduleBooking,
} from "@/lib/booking/bookings.ts";
import {
  Reschedule,
  type RescheduleStep,
} from "@/components/booking/Reschedule.tsx";
import {
  ManagedActions,
  ManagedFacts,
} from "@/components/booking/ManagedBooking.tsx";
import { managedBooking, managePath } from "../../(_shared)/manage.ts";
import {
  rescheduleStep,
  submitReschedule,
} from "../../(_shared)/reschedule.ts";

interface Data {
  booking: BookingView;
  /** Absent when the booking can no longer be moved online. */
  move?: RescheduleStep;
}

type Ctx = FreshContext<BookingState, Data>;

function movable(ctx: Ctx, booking: BookingView): boolean {
  return booking.status !== "cancelled" &&
    canStillCancel(
      booking.startsAt,
      ctx.state.booking.settings,
      ctx.state.services.now(),
    );
}

/** The client moves their booking to another free time of the same person. */
export const handler = {
  async GET(_req: Request, ctx: Ctx) {
    const { db, now } = ctx.state.services;
    const booking = await managedBooking(db, ctx.params.token);
    if (!movable(ctx, booking)) return ctx.render({ booking });
    const path = `${managePath(ctx.params.token)}/reschedule`;
    const move = await rescheduleStep(
      db,
      ctx.state.booking.settings,
      { t: ctx.state.t, locale: ctx.state.locale, now: now() },
      booking,
      ctx.url,
      {
        linkBase: path,
        slotsQuery: `&manage=${encodeURIComponent(ctx.params.token)}`,
      },
    );
    return ctx.render({ booking, move });
  },

  async POST(req: Request, ctx: Ctx) {
    const { db, now } = ctx.state.services;
    const booking = await managedBooking(db, ctx.params.token);
    return await submitReschedule(req, ctx.state.secure, {
      move: (start) =>
        rescheduleBooking(
          db,
          ctx.state.booking,
          booking.id,
          start,
          { type: "contact", id: ctx.state.contactSession?.user.id },
          now(),
          { enforceCutoff: true },
        ),
      render: (move, status) => ctx.render({ booking, move }, { status }),
      back: managePath(ctx.params.token),
      doneMessage: "booking.reschedule.done",
    });
  },
};

export default function RescheduleBooking(
  { state, data, params }: PageProps<Data, BookingState>,
) {
  const { t, locale } = state;
  const { booking, move } = data;
  const { settings, organizer } = state.booking;
  const ctx = { t, locale, timeZone: settings.timeZone };
  const manage = managePath(params.token);
  return (
    <div class="booking booking-manage">
      <Head>
        <title>{`${t("booking.reschedule.title")} · Portico`}</title>
      </Head>
      <section class="card">
        <div class="page-header">
          <h1>{t("booking.reschedule.title")}</h1>
          <a href={manage}>{t("booking.reschedule.back")}</a>
        </div>
        {move
          ? (
            <Reschedule
              data={move}
              previousStart={booking.startsAt}
              action={`${manage}/reschedule`}
              pickUrl={`${manage}/reschedule`}
              csrf={state.csrf}
              ctx={ctx}
            />
          )
          : (
            <>
              <ManagedFacts booking={booking} ctx={ctx} />
              <ManagedActions
                booking={booking}
                manageUrl={manage}
                deadline={changeDeadline(booking.startsAt, settings)}
                canChange={false}
                contact={organizer.email}
                ctx={ctx}
              />
            </>
          )}
      </section>
    </div>
  );
}
