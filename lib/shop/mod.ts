/** Wiring of the shop to the app's services. */
import type { Services } from "../state.ts";
import { issuePendingLicenses, type IssuingEnv } from "./issuing.ts";
import { getShopSettings } from "./settings.ts";

/** The environment the issuing job and checkout need. */
export async function shopEnv(services: Services): Promise<IssuingEnv> {
  return {
    keys: services.keys,
    appUrl: services.config.appUrl,
    settings: await getShopSettings(services.db),
  };
}

/**
 * Issues waiting licenses right after a commit that created them, so a
 * buyer gets the key in seconds. Best effort: the issue-licenses job
 * retries whatever this does not finish.
 */
export async function issueLicensesNow(services: Services): Promise<void> {
  try {
    await issuePendingLicenses(
      services.db,
      await shopEnv(services),
      services.now(),
    );
  } catch (error) {
    console.error(
      "issuing licenses after commit failed; the job will retry:",
      error,
    );
  }
  services.mail.kick();
}
