/**
 * The vendor's own installation licenses itself. When this instance is
 * its own license server (LICENSE_SERVER_URL unset or this instance's
 * URL), its booking and activity modules get their licenses from its own
 * server code, issued and activated like anyone's: a row in `licenses`
 * (marked `own_installation`), an activation for this domain, a signed
 * token in the client's cache. Nothing is faked past the license checks;
 * the daily check validates it like every other key, in process.
 */
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import {
  activateLicense,
  activeActivation,
  endActivation,
  issueLicense,
  LicenseError,
  type LicenseServerEnv,
  validateLicense,
} from "./server.ts";
import {
  activateModuleLicense,
  type LicenseClientEnv,
  LICENSED_MODULES,
  type LicensedModule,
  type LicenseServerLink,
  moduleLicenseState,
} from "./client.ts";
import { normalizeDomain } from "./domains.ts";

/** The license server of this instance, called in process (see `LicenseServerLink`). */
export function inProcessLink(
  db: Database,
  server: LicenseServerEnv,
): LicenseServerLink {
  return {
    async call(action, input, now) {
      try {
        const answer = action === "activate"
          ? await activateLicense(db, server, input, now)
          : await validateLicense(server, input, now);
        return { ok: true, status: 200, body: { token: answer.token } };
      } catch (error) {
        if (!(error instanceof LicenseError)) throw error;
        return {
          ok: false,
          status: error.status,
          body: { error: { code: error.code, message: error.message } },
        };
      }
    },
    async publicKey() {
      return (await server.signingKey()).publicJwk;
    },
  };
}

/** What licensing this installation's own modules needs. */
export interface OwnLicensingEnv {
  /** The client, linked in process to `server`. */
  client: LicenseClientEnv & { link: LicenseServerLink };
  server: LicenseServerEnv;
}

/** Whom the installation's own licenses are recorded for. */
export interface LicenseOwner {
  email: string;
  name: string;
}

/** The reference of the installation's own license for a module. */
const ownReference = (module: LicensedModule) => `installation:${module}`;

/**
 * Issues (once) and activates this installation's own license for every
 * module that is not usable now; modules already licensed are left as
 * they are. When the installation has moved to another domain, its own
 * license moves with it. Returns the modules it activated. A refusal (the
 * own license was revoked, say) is a `LicenseActivationError`.
 *
 * @example
 * await licenseOwnModules(db, ownLicensingEnv(services)!, owner, now);
 */
export async function licenseOwnModules(
  db: Database,
  env: OwnLicensingEnv,
  owner: LicenseOwner,
  now: Date,
  modules: readonly LicensedModule[] = LICENSED_MODULES,
): Promise<LicensedModule[]> {
  const activated: LicensedModule[] = [];
  for (const module of modules) {
    const state = await moduleLicenseState(db, env.client, module, now);
    if (state.status === "valid" || state.status === "grace") continue;
    const { key, license } = await issueLicense(
      db,
      env.server.keys,
      {
        product: module,
        email: owner.email,
        name: owner.name,
        reference: ownReference(module),
        type: "full",
        ownInstallation: true,
      },
      { type: "system" },
      now,
    );
    await releaseOtherDomain(db, license.id, env.client.appUrl, now);
    await activateModuleLicense(db, env.client, module, key, now);
    activated.push(module);
  }
  return activated;
}

/** Ends the own license's activation on a domain this installation left. */
async function releaseOtherDomain(
  db: Database,
  licenseId: string,
  appUrl: string,
  now: Date,
): Promise<void> {
  const domain = normalizeDomain(new URL(appUrl).host);
  await inTransaction(db, async (tx) => {
    const current = await activeActivation(tx, licenseId);
    if (current && current.domain !== domain) {
      await endActivation(
        tx,
        licenseId,
        current.id,
        "moved",
        { type: "system" },
        now,
        `installation moved to ${domain}`,
      );
    }
  });
}
