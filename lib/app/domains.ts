/**
 * Per-domain wiring: each domain's environment built from the app's
 * services. Routes and jobs call these; domain modules take the pieces.
 */
import type { Services } from "./services.ts";
import { cachedBookingSettings } from "./business.ts";
import type { BookingEnv } from "../booking/bookings.ts";
import type { CaldavEnv } from "../calendars/caldav.ts";
import type { Service } from "../db/schema.ts";
import { listActiveServices } from "../booking/catalog.ts";
import type { IssuingEnv } from "../shop/issuing.ts";
import { getShopSettings } from "../shop/settings.ts";
import {
  type LicenseClientEnv,
  type LicensedModule,
  moduleLicenseState,
} from "../licensing/client.ts";
import { inProcessLink, type OwnLicensingEnv } from "../licensing/own.ts";
import { senderMailbox } from "../mail/address.ts";
import type { StripeEnv } from "../shop/stripe.ts";
import { getStripeSecrets } from "../shop/payment_settings.ts";
import type { DeliveryEnv } from "../webhooks/delivery.tsx";

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
    settings: await cachedBookingSettings(services),
  };
}

/** The services visitors can book, from the table cache. */
export function activeServices(services: Services): Promise<Service[]> {
  return services.cache.get(
    "booking.activeServices",
    ["services", "staff", "staff_services"],
    () => listActiveServices(services.db),
  );
}

/** The environment the issuing job and checkout need. */
export async function shopEnv(services: Services): Promise<IssuingEnv> {
  return {
    keys: services.keys,
    appUrl: services.config.appUrl,
    settings: await getShopSettings(services.db),
  };
}

/** Stripe's secrets and where its API is, for a card payment or a webhook. */
export async function stripeEnv(services: Services): Promise<StripeEnv> {
  return {
    secrets: await getStripeSecrets(services.db, services.keys),
    apiUrl: services.config.stripeApiUrl,
    appUrl: services.config.appUrl,
    keys: services.keys,
  };
}

/** What the license client's wiring reads of the services. */
export type LicensingServices = Pick<
  Services,
  "db" | "keys" | "config" | "licenseServer"
>;

/**
 * True when this instance is its own license server: LICENSE_SERVER_URL
 * unset (the default) or naming this instance's own origin.
 */
export function isOwnLicenseServer(
  config: Pick<Services["config"], "licenseServerUrl" | "appUrl">,
): boolean {
  const { licenseServerUrl, appUrl } = config;
  return !licenseServerUrl ||
    new URL(licenseServerUrl).origin === new URL(appUrl).origin;
}

/**
 * The license client's settings: the server is this instance unless
 * configured, and then it is called in process.
 */
export function licenseClientEnv(
  services: LicensingServices,
): LicenseClientEnv {
  return ownLicensingEnv(services)?.client ?? {
    keys: services.keys,
    appUrl: services.config.appUrl,
    serverUrl: services.config.licenseServerUrl!,
  };
}

/** What licensing the installation's own modules needs; null with another license server. */
export function ownLicensingEnv(
  services: LicensingServices,
): OwnLicensingEnv | null {
  if (!isOwnLicenseServer(services.config)) return null;
  return {
    client: {
      keys: services.keys,
      appUrl: services.config.appUrl,
      serverUrl: services.config.appUrl,
      link: inProcessLink(services.db, services.licenseServer),
    },
    server: services.licenseServer,
  };
}

/** Whether a module's admin pages are open now (its license valid or in grace). */
export async function moduleOpen(
  services: LicensingServices,
  module: LicensedModule,
  now: Date,
): Promise<boolean> {
  const { status } = await moduleLicenseState(
    services.db,
    licenseClientEnv(services),
    module,
    now,
  );
  return status === "valid" || status === "grace";
}

/** The CalDAV environment: keys for the sealed passwords, zone and horizon. */
export async function caldavEnv(services: Services): Promise<CaldavEnv> {
  const { timeZone, horizonDays } = await cachedBookingSettings(services);
  return {
    keys: services.keys,
    appUrl: services.config.appUrl,
    timeZone,
    horizonDays,
    allowPrivate: services.config.caldavAllowPrivate,
  };
}

/** The webhooks' environment: the keys their secrets are sealed with and the address rule. */
export function webhookEnv(
  services: Pick<Services, "config" | "keys">,
): DeliveryEnv {
  return {
    keys: services.keys,
    allowPrivate: services.config.webhookAllowPrivate,
    appUrl: services.config.appUrl,
  };
}
