import type { FreshContext } from "@/lib/web/mod.ts";
import type { TrailState } from "../_middleware.ts";

export function handler(_req: Request, ctx: FreshContext<TrailState>) {
  ctx.state.trail.push("docs");
  return ctx.next();
}
