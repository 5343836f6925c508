/**
 * Locks a module's admin pages while its license is not valid: every page
 * under the module answers with the lock page (403) except its settings
 * page, where the key is entered. Public pages never pass through here.
 */
import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import {
  type LicensedModule,
  moduleLicenseState,
  ModuleLockedError,
} from "@/lib/licensing/client.ts";
import { isOwnLicenseServer, licenseClientEnv } from "@/lib/app/domains.ts";

/** Middleware for `/admin/<module>/…`. */
export function licenseGuard(module: LicensedModule) {
  const settingsPath = `/admin/${module}/settings`;
  return async (_req: Request, ctx: FreshContext<State>) => {
    const { db, now } = ctx.state.services;
    const state = await moduleLicenseState(
      db,
      licenseClientEnv(ctx.state.services),
      module,
      now(),
    );
    const ownServer = isOwnLicenseServer(ctx.state.services.config);
    ctx.state.moduleLicense = { module, state, ownServer };
    const open = state.status === "valid" || state.status === "grace";
    if (!open && ctx.url.pathname !== settingsPath) {
      throw new ModuleLockedError(module, state, ownServer);
    }
    return await ctx.next();
  };
}
