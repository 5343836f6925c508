/** The booking module's web-facing helpers: the env its routes pass in. */
import type { Services } from "../state.ts";
import type { BookingEnv } from "./bookings.ts";
import type { Service } from "../db/schema.ts";
import { listActiveServices } from "./catalog.ts";
import { getBookingSettings } from "./settings.ts";
import { senderMailbox } from "../mail/address.ts";

/**
 * Builds the booking environment for a request from the app's services.
 * The settings come from the table cache: every booking page needs them
 * and they change only when an admin saves them.
 */
export async function bookingEnv(services: Services): Promise<BookingEnv> {
  return {
    keys: services.keys,
    appUrl: services.config.appUrl,
    organizer: senderMailbox(services.config.mailFrom),
    settings: await services.cache.get(
      "booking.settings",
      ["options"],
      () => getBookingSettings(services.db),
    ),
  };
}

/** The services visitors can book, from the table cache. */
export function activeServices(services: Services): Promise<Service[]> {
  return services.cache.get(
    "booking.activeServices",
    ["services"],
    () => listActiveServices(services.db),
  );
}
