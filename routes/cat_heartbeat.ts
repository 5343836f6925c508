import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/state.ts";
import { readSessionToken } from "@/lib/http/session_cookie.ts";

const NO_CONTENT = { status: 204, headers: { "cache-control": "no-store" } };

function visitedPath(url: URL): string {
  const path = url.searchParams.get("path") ?? "/";
  return path.startsWith("/") && path.length <= 500 ? path : "/";
}

/**
 * GET /cat_heartbeat?path=…&view=1: one beat from a portal tab. Answered
 * from memory (see lib/activity/tracker.ts); without a portal session or
 * consent it records nothing and says nothing more.
 */
export const handler = {
  async GET(req: Request, ctx: FreshContext<State>) {
    const { activity } = ctx.state.services;
    const result = await activity.beat(
      readSessionToken(req, "contact", ctx.state.secure),
      visitedPath(ctx.url),
      ctx.url.searchParams.get("view") === "1",
    );
    if (result === "rate-limited") {
      return new Response(null, {
        status: 429,
        headers: { "retry-after": "2" },
      });
    }
    return new Response(null, NO_CONTENT);
  },
};
