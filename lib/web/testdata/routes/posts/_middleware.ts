import type { FreshContext } from "@/lib/web/mod.ts";
import type { TrailState } from "../_middleware.ts";

export const handler = [
  (_req: Request, ctx: FreshContext<TrailState>) => {
    ctx.state.trail.push("posts-1");
    return ctx.next();
  },
  (_req: Request, ctx: FreshContext<TrailState>) => {
    ctx.state.trail.push("posts-2");
    return ctx.next();
  },
];
