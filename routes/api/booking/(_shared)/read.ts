import type { FreshContext } from "@/lib/web/mod.ts";
import type { z } from "zod";
import type { State } from "@/lib/http/state.ts";
import { authorizeApiKey } from "@/lib/auth/api_keys.ts";
import { jsonEndpoint } from "@/lib/http/api.ts";
import { InvalidQueryError } from "@/lib/validation.ts";
import { BOOKING_API_LIMITS } from "@/lib/booking/api.ts";
import { addressScope } from "@/lib/network.ts";
import { consumeRateLimit } from "@/lib/rate_limit.ts";

/**
 * A GET of the booking API: within the limits per address and per key
 * (429 with `Retry-After` past them), the key must hold `bookings:read`,
 * the query must match `query` (400 with `usage` otherwise), and `answer`
 * makes the JSON. Errors are `{ error: { code, message } }`.
 */
export function bookingApiGet<Q extends z.ZodType>(
  query: Q,
  usage: string,
  answer: (ctx: FreshContext<State>, query: z.infer<Q>) => Promise<unknown>,
) {
  return jsonEndpoint(async (req: Request, ctx: FreshContext<State>) => {
    const { db, now } = ctx.state.services;
    const at = now();
    await consumeRateLimit(
      db,
      `booking-api:ip:${addressScope(ctx.state.clientIp)}`,
      BOOKING_API_LIMITS.ip,
      at,
    );
    const keyId = await authorizeApiKey(
      db,
      req.headers.get("authorization"),
      "bookings:read",
      at,
    );
    await consumeRateLimit(
      db,
      `booking-api:key:${keyId}`,
      BOOKING_API_LIMITS.key,
      at,
    );
    const parsed = query.safeParse(Object.fromEntries(ctx.url.searchParams));
    if (!parsed.success) throw new InvalidQueryError(usage);
    return Response.json(await answer(ctx, parsed.data));
  });
}
