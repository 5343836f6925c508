/**
 * The shared body of the activate / validate / deactivate endpoints:
 * rate limits per address and per key, then the server function.
 */
import type { State } from "../state.ts";
import { jsonEndpoint, readJson } from "../http/api.ts";
import { consumeRateLimit } from "../rate_limit.ts";
import { sha256Hex } from "../crypto.ts";
import { keyDomainRequest } from "./api.ts";
import { LICENSE_API_LIMITS } from "./limits.ts";
import { parseLicenseKey } from "./keys.ts";

type KeyDomain = { key: string; domain: string };

/** A POST handler for a `{ key, domain }` license call. */
export function keyDomainEndpoint(
  action: (state: State, input: KeyDomain, now: Date) => Promise<unknown>,
  options: { activation?: boolean } = {},
) {
  return jsonEndpoint(async (req: Request, ctx: { state: State }) => {
    const { db, now } = ctx.state.services;
    const at = now();
    await consumeRateLimit(
      db,
      `licenses:ip:${ctx.state.clientIp}`,
      LICENSE_API_LIMITS.ip,
      at,
    );
    const input = await readJson(req, keyDomainRequest);
    const canonical = parseLicenseKey(input.key)?.canonical;
    if (canonical) {
      // Counters are named by a hash: the key itself is never stored in clear.
      const keyId = (await sha256Hex(canonical)).slice(0, 32);
      await consumeRateLimit(
        db,
        `licenses:key:${keyId}`,
        LICENSE_API_LIMITS.key,
        at,
      );
      if (options.activation) {
        await consumeRateLimit(
          db,
          `licenses:activate:${keyId}`,
          LICENSE_API_LIMITS.activationsPerKeyPerDay,
          at,
        );
      }
    }
    return Response.json(await action(ctx.state, input, at));
  }, { valid: false });
}
