/** The booking behind a manage link, for its pages. */
import type { Database } from "@/lib/db/database.ts";
import {
  type BookingView,
  findBookingByManageToken,
} from "@/lib/booking/bookings.ts";
import { NotFoundError } from "@/lib/errors.ts";

/** The booking of `token`; a tampered or unknown token is a 404. */
export async function managedBooking(
  db: Database,
  token: string,
): Promise<BookingView> {
  if (token.length > 100) throw new NotFoundError();
  return await findBookingByManageToken(db, token);
}

/** The path of a booking's manage page. */
export function managePath(token: string): string {
  return `/booking/manage/${encodeURIComponent(token)}`;
}
