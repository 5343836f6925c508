import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { getSellerLogo } from "@/lib/billing/logo.ts";
import { NotFoundError } from "@/lib/errors.ts";

/**
 * The seller's logo as invoices on the screen show it (public, like the
 * name beside it); 404 when none is set. Pages link it with `?v=` its
 * version, so it may be cached for long.
 */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    const logo = await getSellerLogo(ctx.state.services.db);
    if (!logo) throw new NotFoundError("No logo.", "LOGO_NOT_FOUND");
    return new Response(logo.bytes as Uint8Array<ArrayBuffer>, {
      headers: {
        "content-type": logo.contentType,
        "cache-control": "public, max-age=86400",
        "x-content-type-options": "nosniff",
      },
    });
  },
};
