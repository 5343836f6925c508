import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { authorizeApiKey } from "@/lib/auth/api_keys.ts";
import { InvalidRequestError, jsonEndpoint, readJson } from "@/lib/http/api.ts";
import { issueRequest } from "@/lib/licensing/api.ts";
import { LICENSE_API_LIMITS } from "@/lib/licensing/limits.ts";
import { issueLicense, publicLicense } from "@/lib/licensing/server.ts";

/** POST /api/licenses: issue a key (Bearer API key; idempotent per reference). */
export const handler = {
  POST: jsonEndpoint(async (req: Request, ctx: FreshContext<State>) => {
    const { db, now, keys, licenseServer } = ctx.state.services;
    licenseServer.usage.limits.consume(
      `licenses:ip:${ctx.state.clientIp}`,
      LICENSE_API_LIMITS.ip,
      now(),
    );
    const apiKeyId = await authorizeApiKey(
      db,
      req.headers.get("authorization"),
      "licenses:issue",
      now(),
    );
    const body = await readJson(req, issueRequest);
    const expiresAt = body.expires_at ? new Date(body.expires_at) : null;
    if (expiresAt && expiresAt <= now()) {
      throw new InvalidRequestError("expires_at: must be in the future.");
    }
    const { key, license, created } = await issueLicense(
      db,
      keys,
      {
        product: body.product,
        email: body.email,
        name: body.name,
        reference: body.reference,
        type: body.type,
        expiresAt,
      },
      { type: "api", id: apiKeyId },
      now(),
    );
    return Response.json({ key, license: publicLicense(license, now()) }, {
      status: created ? 201 : 200,
    });
  }),
};
