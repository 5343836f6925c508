import { bookingListQuery, listBookingsForApi } from "@/lib/booking/api.ts";
import { bookingApiGet } from "../(_shared)/read.ts";

/** GET /api/booking/bookings: bookings by start time, a page at a time. */
export const handler = {
  GET: bookingApiGet(
    bookingListQuery,
    "from and to are ISO 8601 instants, status one of pending, confirmed, cancelled, completed, no_show, limit 1–100, offset ≥ 0; all optional.",
    (ctx, query) => listBookingsForApi(ctx.state.services.db, query),
  ),
};
