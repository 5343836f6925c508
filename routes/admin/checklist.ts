import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { z } from "zod";
import { assertAdmin, staffActor } from "@/lib/http/guards.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { redirect } from "@/lib/http/flash.ts";
import { chooseOnChecklist } from "@/lib/setup/checklist.ts";

const schema = z.object({ choice: z.enum(["outboxMail", "hide"]) });

const SAID = {
  outboxMail: "setup.step.mail.outboxSaved",
  hide: "setup.checklist.hidden",
} as const;

/** The dashboard's setup checklist posts its choices here (administrators). */
export const handler = {
  async POST(req: Request, ctx: FreshContext<State>) {
    assertAdmin(ctx.state);
    const { db, now } = ctx.state.services;
    return await submitForm(req, ctx.state.secure, {
      schema,
      run: ({ choice }) =>
        chooseOnChecklist(db, staffActor(ctx.state), choice, now()),
      // Only a tampered form gets here: back to the dashboard, nothing changed.
      invalid: () =>
        redirect(
          "/admin",
          { kind: "error", message: "form.invalid" },
          ctx.state.secure,
        ),
      done: (_result, { choice }) => ({
        to: "/admin",
        flash: { kind: "success", message: SAID[choice] },
      }),
    });
  },
};
