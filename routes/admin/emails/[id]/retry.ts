import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertAdmin } from "@/lib/http/guards.ts";
import { redirect } from "@/lib/http/flash.ts";
import { retryEmail } from "@/lib/mail/admin.ts";

/** "Retry now": makes a pending or failed message due and wakes the worker. */
export const handler = {
  async POST(_req: Request, ctx: FreshContext<State>) {
    assertAdmin(ctx.state);
    const { db, now } = ctx.state.services;
    const id = ctx.params.id;
    const retried = await retryEmail(
      db,
      id,
      ctx.state.staffSession.user.id,
      now(),
    );
    return redirect(
      `/admin/emails/${id}`,
      retried
        ? { kind: "success", message: "emails.retried" }
        : { kind: "warning", message: "emails.retryRefused" },
      ctx.state.secure,
    );
  },
};
