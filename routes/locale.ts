import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { isLocale } from "@/lib/i18n/mod.ts";
import { readFormData } from "@/lib/http/body_limit.ts";
import { setLocaleCookie } from "@/lib/http/locale.ts";
import { safeRedirectPath } from "@/lib/http/redirects.ts";
import { readSessionToken } from "@/lib/http/session_cookie.ts";
import { findStaffSession } from "@/lib/auth/sessions.ts";
import { setAccountLocale } from "@/lib/auth/accounts.ts";

/**
 * The language switcher posts here; back to the page it came from. A
 * signed-in person's account keeps the choice too (their account's
 * language is what their pages and emails use).
 */
export const handler = {
  async POST(req: Request, ctx: FreshContext<State>) {
    const form = await readFormData(req);
    const locale = form.get("locale");
    const headers = new Headers({
      location: safeRedirectPath(form.get("back"), "/"),
    });
    if (isLocale(locale)) {
      setLocaleCookie(headers, locale, ctx.state.secure);
      const { db, now } = ctx.state.services;
      // The staff session is read under /admin only; the switcher posts here.
      const staffToken = readSessionToken(req, "staff", ctx.state.secure);
      const staff = staffToken
        ? await findStaffSession(db, staffToken, now())
        : null;
      if (staff) {
        await setAccountLocale(
          db,
          { realm: "staff", id: staff.user.id },
          locale,
          now(),
        );
      }
      const contact = ctx.state.contactSession;
      if (contact) {
        await setAccountLocale(
          db,
          { realm: "contact", id: contact.user.id },
          locale,
          now(),
        );
      }
    }
    return new Response(null, { status: 303, headers });
  },
};
