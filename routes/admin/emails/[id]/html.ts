import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertAdmin } from "@/lib/http/guards.ts";
import { getOutboxEmail } from "@/lib/mail/admin.ts";

/**
 * Only the stored email may render here: no script, no request anywhere,
 * inline styles and data: images as mail uses them, and only the admin
 * page itself may frame it. The root middleware keeps this policy.
 */
const PREVIEW_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

/** The stored HTML of one outbox message, for the detail page's sandboxed iframe. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    assertAdmin(ctx.state);
    const email = await getOutboxEmail(ctx.state.services.db, ctx.params.id);
    return new Response(email.html, {
      headers: {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": PREVIEW_CSP,
        "x-frame-options": "SAMEORIGIN",
        "cache-control": "no-store",
      },
    });
  },
};
