import type { FreshContext } from "@/lib/web/mod.ts";

export interface TrailState {
  trail: string[];
}

export async function handler(_req: Request, ctx: FreshContext<TrailState>) {
  ctx.state.trail = ["root"];
  const res = await ctx.next();
  res.headers.set("x-trail", ctx.state.trail.join(","));
  res.headers.set("x-destination", ctx.destination);
  return res;
}
