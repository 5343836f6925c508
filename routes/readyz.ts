import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";

/** Readiness: the database answers. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    try {
      await ctx.state.services.ping();
      return Response.json({ status: "ready" });
    } catch {
      return Response.json(
        {
          error: {
            code: "DATABASE_UNAVAILABLE",
            message: "The database does not answer.",
          },
        },
        { status: 503 },
      );
    }
  },
};
