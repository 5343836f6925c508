/** Wiring of the license client to the app's services. */
import type { Services } from "../state.ts";
import type { LicenseClientEnv } from "./client.ts";

/** The license client's settings: the server is this instance unless configured. */
export function licenseClientEnv(services: Services): LicenseClientEnv {
  return {
    keys: services.keys,
    appUrl: services.config.appUrl,
    serverUrl: services.config.licenseServerUrl ?? services.config.appUrl,
  };
}
