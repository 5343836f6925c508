import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/state.ts";
import { jsonError } from "@/lib/http/json.ts";

/** Largest JSON body the machine API accepts. */
const MAX_BODY_BYTES = 64 * 1024;

/** Machine API: small bodies only, and answers are never cached. */
export async function handler(req: Request, ctx: FreshContext<State>) {
  const length = Number(req.headers.get("content-length") ?? "0");
  if (length > MAX_BODY_BYTES) {
    return jsonError(
      413,
      "PAYLOAD_TOO_LARGE",
      `Bodies are limited to ${MAX_BODY_BYTES} bytes.`,
    );
  }
  const res = await ctx.next();
  if (!res.headers.has("cache-control")) {
    res.headers.set("cache-control", "no-store");
  }
  return res;
}
