import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import type { Session, StaffUser } from "@/lib/auth/sessions.ts";
import type { BookingEnv } from "@/lib/booking/bookings.ts";
import { bookingEnv } from "@/lib/app/domains.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import { licenseGuard } from "../(_shared)/license_guard.ts";

/** The booking admin's state: a signed-in staff member and the booking settings. */
export type BookingAdminState = State & {
  staffSession: Session<StaffUser>;
  booking: BookingEnv;
};

/** Loads the booking settings once per request for the pages and their forms. */
async function loadBookingEnv(
  _req: Request,
  ctx: FreshContext<BookingAdminState>,
) {
  // `/admin`'s middleware already sent everyone else to the sign-in page.
  assertStaff(ctx.state);
  ctx.state.booking = await bookingEnv(ctx.state.services);
  return await ctx.next();
}

/** The module's pages need a valid license; its settings page never locks. */
export const handler = [licenseGuard("booking"), loadBookingEnv];
