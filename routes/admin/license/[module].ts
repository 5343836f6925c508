import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import {
  activateModuleLicense,
  checkModuleLicense,
  isLicensedModule,
  LicenseActivationError,
  type LicensedModule,
  removeModuleLicense,
} from "@/lib/licensing/client.ts";
import { licenseClientEnv, ownLicensingEnv } from "@/lib/app/domains.ts";
import { licenseOwnModules } from "@/lib/licensing/own.ts";
import { NotFoundError } from "@/lib/errors.ts";
import { readFormData } from "@/lib/http/body_limit.ts";
import { redirect } from "@/lib/http/flash.ts";
import { assertAdmin } from "@/lib/http/guards.ts";
import { safeRedirectPath } from "@/lib/http/redirects.ts";
import { type Actor, recordAudit } from "@/lib/audit.ts";

/** Flash message after "Check now", per outcome. */
const CHECKED = {
  ok: { kind: "success", message: "license.panel.checked" },
  refused: { kind: "error", message: "license.panel.checkRefused" },
  unreachable: { kind: "error", message: "license.panel.checkUnreachable" },
  skipped: { kind: "error", message: "license.panel.checkImpossible" },
} as const;

/**
 * "Use this installation's own license": issued and activated by this
 * instance's own license server; 404 when another server is configured.
 */
async function useOwnLicense(
  state: State & { staffSession: NonNullable<State["staffSession"]> },
  module: LicensedModule,
  actor: Actor,
  back: string,
) {
  const env = ownLicensingEnv(state.services);
  if (!env) throw new NotFoundError();
  const { db, now } = state.services;
  try {
    await licenseOwnModules(db, env, state.staffSession.user, now(), [module]);
  } catch (error) {
    if (!(error instanceof LicenseActivationError)) throw error;
    return redirect(back, {
      kind: "error",
      message: "license.panel.failed",
      params: { message: error.message },
    }, state.secure);
  }
  await recordAudit(db, actor, "license.own", "module", module, {}, now());
  return redirect(
    back,
    { kind: "success", message: "license.own.done" },
    state.secure,
  );
}

/**
 * The License panel posts here: activate a key for a module (or this
 * installation's own license), check the license with the server now, or
 * remove it.
 */
export const handler = {
  async POST(req: Request, ctx: FreshContext<State>) {
    assertAdmin(ctx.state);
    const module = ctx.params.module;
    if (!isLicensedModule(module)) throw new NotFoundError();
    const { db, now } = ctx.state.services;
    const form = await readFormData(req);
    const back = safeRedirectPath(
      form.get("back"),
      `/admin/${module}/settings`,
    );
    const secure = ctx.state.secure;
    const actor = {
      type: "staff" as const,
      id: ctx.state.staffSession.user.id,
    };
    if (form.get("action") === "remove") {
      await removeModuleLicense(db, module);
      await recordAudit(
        db,
        actor,
        "license.remove",
        "module",
        module,
        {},
        now(),
      );
      return redirect(back, {
        kind: "success",
        message: "license.panel.removed",
      }, secure);
    }
    if (form.get("action") === "own") {
      return await useOwnLicense(ctx.state, module, actor, back);
    }
    const env = licenseClientEnv(ctx.state.services);
    if (form.get("action") === "check") {
      const outcome = await checkModuleLicense(db, env, module, now(), {
        force: true,
      });
      return redirect(back, CHECKED[outcome], secure);
    }
    const key = String(form.get("key") ?? "").slice(0, 120);
    try {
      await activateModuleLicense(db, env, module, key, now());
    } catch (error) {
      if (!(error instanceof LicenseActivationError)) throw error;
      return redirect(back, {
        kind: "error",
        message: "license.panel.failed",
        params: { message: error.message },
      }, secure);
    }
    await recordAudit(
      db,
      actor,
      "license.activate",
      "module",
      module,
      {},
      now(),
    );
    return redirect(back, {
      kind: "success",
      message: "license.panel.activated",
    }, secure);
  },
};
