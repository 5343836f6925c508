import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { readFormData } from "@/lib/http/body_limit.ts";
import { type Flash, redirect } from "@/lib/http/flash.ts";
import { assertAdmin, staffActor } from "@/lib/http/guards.ts";
import { removeSellerLogo, saveSellerLogo } from "@/lib/billing/logo.ts";
import { ValidationError } from "@/lib/errors.ts";

const PAGE = "/admin/settings/business";

/**
 * Admin → Settings → Business → logo (administrators): a multipart upload
 * of the logo (`logo` file), or `intent=remove`. Back to the settings
 * page with what happened; a refused file changes nothing.
 */
export const handler = {
  async POST(req: Request, ctx: FreshContext<State>) {
    assertAdmin(ctx.state);
    const { db, now } = ctx.state.services;
    const form = await readFormData(req);
    const actor = staffActor(ctx.state);
    let flash: Flash;
    if (form.get("intent") === "remove") {
      await removeSellerLogo(db, actor, now());
      flash = { kind: "success", message: "billing.logo.removed" };
    } else {
      const file = form.get("logo");
      const bytes = file instanceof File
        ? new Uint8Array(await file.arrayBuffer())
        : new Uint8Array();
      try {
        await saveSellerLogo(db, actor, bytes, now());
        flash = { kind: "success", message: "billing.logo.saved" };
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const problem = error.fields.logo;
        flash = typeof problem === "string"
          ? { kind: "error", message: problem as Flash["message"] }
          : {
            kind: "error",
            message: problem.key as Flash["message"],
            params: problem.params,
          };
      }
    }
    return redirect(PAGE, flash, ctx.state.secure);
  },
};
