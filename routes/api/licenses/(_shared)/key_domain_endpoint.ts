/**
 * The shared body of the activate / validate / deactivate endpoints:
 * rate limits per address and per key (counted in memory, see
 * lib/licensing/usage.ts), then the server function.
 */
import type { State } from "@/lib/http/state.ts";
import { jsonEndpoint, readJson } from "@/lib/http/api.ts";
import { sha256Hex } from "@/lib/crypto.ts";
import { keyDomainRequest } from "@/lib/licensing/api.ts";
import { LICENSE_API_LIMITS } from "@/lib/licensing/limits.ts";
import { parseLicenseKey } from "@/lib/licensing/keys.ts";

type KeyDomain = { key: string; domain: string };

/** A POST handler for a `{ key, domain }` license call. */
export function keyDomainEndpoint(
  action: (state: State, input: KeyDomain, now: Date) => Promise<unknown>,
  options: { activation?: boolean } = {},
) {
  return jsonEndpoint(async (req: Request, ctx: { state: State }) => {
    const { now, licenseServer } = ctx.state.services;
    const { limits } = licenseServer.usage;
    const at = now();
    limits.consume(
      `licenses:ip:${ctx.state.clientIp}`,
      LICENSE_API_LIMITS.ip,
      at,
    );
    const input = await readJson(req, keyDomainRequest);
    const canonical = parseLicenseKey(input.key)?.canonical;
    if (canonical) {
      // Counters are named by a hash: the key itself is never stored in clear.
      const keyId = (await sha256Hex(canonical)).slice(0, 32);
      limits.consume(`licenses:key:${keyId}`, LICENSE_API_LIMITS.key, at);
      if (options.activation) {
        limits.consume(
          `licenses:activate:${keyId}`,
          LICENSE_API_LIMITS.activationsPerKeyPerDay,
          at,
        );
      }
    }
    return Response.json(await action(ctx.state, input, at));
  }, { valid: false });
}
