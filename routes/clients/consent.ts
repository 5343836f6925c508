import type { FreshContext } from "@/lib/web/mod.ts";
import { z } from "zod";
import type { State } from "@/lib/http/state.ts";
import { recordConsent } from "@/lib/activity/consent.ts";
import { getActivitySettings } from "@/lib/activity/settings.ts";
import { readFormData } from "@/lib/http/body_limit.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { redirect } from "@/lib/http/flash.ts";
import { safeRedirectPath } from "@/lib/http/redirects.ts";
import { NotFoundError } from "@/lib/errors.ts";

const choice = z.enum(["granted", "declined"]);

/** The consent banner posts here (a form, or fetch from the island). */
export const handler = {
  async POST(req: Request, ctx: FreshContext<State>) {
    assertContact(ctx.state);
    const form = await readFormData(req);
    const parsed = choice.safeParse(form.get("choice"));
    if (!parsed.success) throw new NotFoundError();
    const { db, now } = ctx.state.services;
    const { policyVersion } = await getActivitySettings(db);
    await recordConsent(
      db,
      ctx.state.contactSession.user.id,
      parsed.data,
      policyVersion,
      now(),
    );
    if (req.headers.get("accept")?.includes("application/json")) {
      return Response.json({ consent: parsed.data });
    }
    return redirect(safeRedirectPath(form.get("back"), "/clients"), {
      kind: "success",
      message: "activityLive.consent.saved",
    }, ctx.state.secure);
  },
};
