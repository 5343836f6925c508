import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";

/** GET /api/licenses/public-key: the Ed25519 key (JWK) that signs tokens. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    const { publicJwk } = await ctx.state.services.licenseServer.signingKey();
    return Response.json(publicJwk, {
      headers: { "cache-control": "public, max-age=3600" },
    });
  },
};
