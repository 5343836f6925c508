import type { FreshContext } from "@/lib/web/mod.ts";
import { setSecurityHeaders } from "@/lib/http/security_headers.ts";
import type { State } from "@/lib/state.ts";
import { themeFromCookie } from "@/lib/http/theme.ts";

/** Runs for every request: reads the theme cookie, adds security headers. */
export async function handler(req: Request, ctx: FreshContext<State>) {
  if (ctx.destination !== "static") {
    ctx.state.theme = themeFromCookie(req.headers.get("cookie"));
  }
  const res = await ctx.next();
  setSecurityHeaders(
    res.headers,
    ctx.state.services.config.appUrl.startsWith("https:"),
  );
  return res;
}
