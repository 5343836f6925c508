import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";

/**
 * Machine API: answers are never cached. Bodies are limited to
 * `MAX_API_BODY_BYTES` (64 KB) by the root middleware, before this runs
 * (see lib/http/body_limit.ts).
 */
export async function handler(_req: Request, ctx: FreshContext<State>) {
  const res = await ctx.next();
  if (!res.headers.has("cache-control")) {
    res.headers.set("cache-control", "no-store");
  }
  return res;
}
