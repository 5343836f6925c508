import type { FreshContext } from "@/lib/web/mod.ts";

export interface FragileState {
  greeting: { text: string };
}

/** Fills the state the layout needs, unless `?fail` makes it fail first. */
export function handler(_req: Request, ctx: FreshContext<FragileState>) {
  if (ctx.url.searchParams.has("fail")) {
    throw Object.assign(new Error("store away"), {
      status: 503,
      headers: { "retry-after": "7" },
    });
  }
  ctx.state.greeting = { text: "hello" };
  return ctx.next();
}
