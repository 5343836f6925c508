import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { z } from "zod";
import { sendAccountLink } from "@/lib/auth/accounts.ts";
import { emailField, parseForm } from "@/lib/http/forms.ts";
import { redirect } from "@/lib/http/flash.ts";

/** Emails a one-time sign-in link; the answer is the same for any address. */
export const handler = {
  async POST(req: Request, ctx: FreshContext<State>) {
    const { db, now, config } = ctx.state.services;
    const form = await parseForm(req, z.object({ email: emailField() }));
    if (!form.ok) {
      return redirect("/clients/login", {
        kind: "error",
        message: "form.email",
      }, ctx.state.secure);
    }
    await sendAccountLink(db, "contact", "sign_in", {
      email: form.data.email,
      ip: ctx.state.clientIp,
      appUrl: config.appUrl,
    }, now());
    return redirect("/clients/login", {
      kind: "success",
      message: "auth.linkSent",
    }, ctx.state.secure);
  },
};
