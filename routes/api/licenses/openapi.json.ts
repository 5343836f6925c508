import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { licenseOpenApi } from "./(_shared)/openapi.ts";

/** GET /api/licenses/openapi.json */
export const handler = {
  GET(_req: Request, ctx: FreshContext<State>) {
    return Response.json(licenseOpenApi(ctx.state.services.config.appUrl));
  },
};
