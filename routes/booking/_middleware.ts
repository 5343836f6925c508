import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { bookingEnv } from "@/lib/app/domains.ts";
import type { BookingEnv } from "@/lib/booking/bookings.ts";

export type BookingState = State & { booking: BookingEnv };

/** Loads the booking settings once per request for the pages and layout. */
export async function handler(_req: Request, ctx: FreshContext<BookingState>) {
  ctx.state.booking = await bookingEnv(ctx.state.services);
  return await ctx.next();
}
