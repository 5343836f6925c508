import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { parseAccent } from "@/lib/booking/embed.ts";

/**
 * The booking widget's accent colour as a stylesheet (the CSP allows no
 * inline style): `?accent=0f766e`, six hex digits, or 400. The darker shade
 * for hover and the soft one for backgrounds are mixed from it.
 */
export const handler = {
  GET(_req: Request, ctx: FreshContext<State>) {
    const accent = parseAccent(ctx.url.searchParams.get("accent"));
    if (!accent) return new Response("bad accent colour", { status: 400 });
    const css = `:root:root{--accent:#${accent};` +
      `--accent-strong:color-mix(in srgb,#${accent} 80%,black);` +
      `--accent-soft:color-mix(in srgb,#${accent} 12%,white)}\n`;
    return new Response(css, {
      headers: {
        "content-type": "text/css; charset=utf-8",
        "cache-control": "public, max-age=86400",
      },
    });
  },
};
