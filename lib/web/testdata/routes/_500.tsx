import type { ErrorHandler } from "@/lib/web/mod.ts";

/** `?json` asks for the error as JSON; anything else gets the page. */
export const handler: ErrorHandler = (_req, ctx) =>
  ctx.url.searchParams.has("json")
    ? Response.json({ failed: (ctx.error as Error).message }, { status: 503 })
    : ctx.render();

export default function Failed() {
  return <h1>Fixture failed</h1>;
}
