/** The booking module's web-facing helpers: the env its routes pass in. */
import type { Services } from "../state.ts";
import type { BookingEnv } from "./bookings.ts";
import { getBookingSettings } from "./settings.ts";

/** Builds the booking environment for a request from the app's services. */
export async function bookingEnv(services: Services): Promise<BookingEnv> {
  return {
    keys: services.keys,
    appUrl: services.config.appUrl,
    settings: await getBookingSettings(services.db),
  };
}
