import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { isLocale } from "@/lib/i18n/mod.ts";
import { readFormData } from "@/lib/http/body_limit.ts";
import { setLocaleCookie } from "@/lib/http/locale.ts";
import { safeRedirectPath } from "@/lib/http/redirects.ts";

/** The language switcher posts here; back to the page it came from. */
export const handler = {
  async POST(req: Request, ctx: FreshContext<State>) {
    const form = await readFormData(req);
    const locale = form.get("locale");
    const headers = new Headers({
      location: safeRedirectPath(form.get("back"), "/"),
    });
    if (isLocale(locale)) setLocaleCookie(headers, locale, ctx.state.secure);
    return new Response(null, { status: 303, headers });
  },
};
