/**
 * The business's own settings that every module shows things in: its time
 * zone (kept with the booking settings), its currency (with the shop's)
 * and its language (with the seller's, admin → Settings → Business).
 * Pages read them from the request state, which takes them from the table
 * cache once per request; no module but booking reads the booking
 * settings for them.
 */
import type { Services } from "./services.ts";
import {
  type BookingSettings,
  getBookingSettings,
} from "../booking/settings.ts";
import { getShopSettings } from "../shop/settings.ts";
import { getSellerSettings } from "../billing/seller.ts";
import type { Locale } from "../i18n/mod.ts";

export interface BusinessSettings {
  /** IANA zone times and calendar days are shown and entered in. */
  timeZone: string;
  /** ISO 4217 code of new prices. */
  currency: string;
  /** The language of pages when the visitor's asks for none of ours. */
  defaultLocale: Locale;
}

/** The booking settings from the table cache (until `options` changes). */
export function cachedBookingSettings(
  services: Services,
): Promise<BookingSettings> {
  return services.cache.get(
    "booking.settings",
    ["options"],
    () => getBookingSettings(services.db),
  );
}

/** The business settings from the table cache. */
export async function loadBusinessSettings(
  services: Services,
): Promise<BusinessSettings> {
  const [booking, shop, seller] = await Promise.all([
    cachedBookingSettings(services),
    services.cache.get(
      "shop.settings",
      ["options"],
      () => getShopSettings(services.db),
    ),
    services.cache.get(
      "billing.seller",
      ["options"],
      () => getSellerSettings(services.db),
    ),
  ]);
  return {
    timeZone: booking.timeZone,
    currency: shop.currency,
    defaultLocale: seller.defaultLocale,
  };
}
