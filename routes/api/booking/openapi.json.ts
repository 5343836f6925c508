import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { bookingOpenApi } from "./(_shared)/openapi.ts";

/** GET /api/booking/openapi.json */
export const handler = {
  GET(_req: Request, ctx: FreshContext<State>) {
    return Response.json(bookingOpenApi(ctx.state.services.config.appUrl));
  },
};
