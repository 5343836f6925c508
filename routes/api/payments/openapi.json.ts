import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { paymentsOpenApi } from "./(_shared)/openapi.ts";

/** GET /api/payments/openapi.json: the generic payment webhook's document. */
export const handler = {
  GET(_req: Request, ctx: FreshContext<State>) {
    return Response.json(paymentsOpenApi(ctx.state.services.config.appUrl));
  },
};
