import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { z } from "zod";
import { sendAccountLink } from "@/lib/auth/accounts.ts";
import { emailField } from "@/lib/http/forms.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { redirect } from "@/lib/http/flash.ts";

/** Emails a one-time sign-in link; the answer is the same for any address. */
export const handler = {
  async POST(req: Request, ctx: FreshContext<State>) {
    const { db, now, config } = ctx.state.services;
    return await submitForm(req, ctx.state.secure, {
      schema: z.object({ email: emailField() }),
      run: ({ email }) =>
        sendAccountLink(db, "contact", "sign_in", {
          email,
          ip: ctx.state.clientIp,
          appUrl: config.appUrl,
        }, now()),
      invalid: () =>
        redirect("/clients/login", {
          kind: "error",
          message: "form.email",
        }, ctx.state.secure),
      done: () => ({
        to: "/clients/login",
        flash: { kind: "success", message: "auth.linkSent" },
      }),
    });
  },
};
