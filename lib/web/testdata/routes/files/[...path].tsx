import type { FreshContext } from "@/lib/web/mod.ts";

export function handler(_req: Request, ctx: FreshContext) {
  return new Response(`file ${ctx.params.path}`);
}
