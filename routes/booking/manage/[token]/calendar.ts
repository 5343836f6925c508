import type { FreshContext } from "@/lib/web/mod.ts";
import type { BookingState } from "../../_middleware.ts";
import { bookingCalendarFile } from "@/lib/booking/bookings.ts";
import { managedBooking } from "../../(_shared)/manage.ts";

/** The booking's calendar file, to download ("Add to calendar"). */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<BookingState>) {
    const { db, now } = ctx.state.services;
    const booking = await managedBooking(db, ctx.params.token);
    const ics = await bookingCalendarFile(
      db,
      ctx.state.booking,
      booking.id,
      now(),
    );
    return new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'attachment; filename="appointment.ics"',
        // The link is the credential; nothing on the way keeps a copy.
        "cache-control": "private, no-store",
      },
    });
  },
};
