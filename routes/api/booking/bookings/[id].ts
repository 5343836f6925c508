import { z } from "zod";
import { getBookingForApi } from "@/lib/booking/api.ts";
import { NotFoundError } from "@/lib/errors.ts";
import { bookingApiGet } from "../(_shared)/read.ts";

/** GET /api/booking/bookings/{id}: one booking. */
export const handler = {
  GET: bookingApiGet(z.object({}), "", async (ctx) => {
    if (!z.uuid().safeParse(ctx.params.id).success) {
      throw new NotFoundError("No booking has this id.", "BOOKING_NOT_FOUND");
    }
    return {
      booking: await getBookingForApi(ctx.state.services.db, ctx.params.id),
    };
  }),
};
