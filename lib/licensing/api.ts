/**
 * The license API's request and response shapes as zod schemas: routes
 * validate with them and the OpenAPI document is generated from them.
 */
import { z } from "zod";
import { isoInstant } from "../validation.ts";

export const productKey = z.string().regex(
  /^[a-z][a-z0-9_-]{1,39}$/,
  "lowercase module key",
);

/**
 * A request body's object: a field it does not define is refused (400),
 * named in the message, as the document's `additionalProperties: false`
 * says; a misspelt optional field would otherwise be dropped unseen.
 */
function requestObject<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown field ${
          issue.keys.map((key) => JSON.stringify(key)).join(", ")
        } (the fields are ${allowed})`
        : undefined,
  });
}

export const issueRequest = requestObject({
  product: productKey,
  email: z.email().max(254),
  name: z.string().trim().min(1).max(200).optional(),
  reference: z.string().trim().min(1).max(200),
  type: z.enum(["full", "trial"]),
  expires_at: isoInstant({ minYear: 1970, maxYear: 9999 }).optional(),
});

export const keyDomainRequest = requestObject({
  key: z.string().min(1).max(120),
  domain: z.string().min(1).max(300),
});

export const publicLicense = z.object({
  id: z.uuid(),
  product: z.string(),
  type: z.enum(["full", "trial"]),
  status: z.enum(["active", "revoked", "expired"]),
  expires_at: z.string().nullable(),
  key_prefix: z.string(),
});

export const licenseAnswer = z.object({
  valid: z.boolean(),
  license: publicLicense,
  activation: z.object({ domain: z.string(), activated_at: z.string() })
    .nullable(),
  development: z.boolean(),
  token: z.string().describe(
    "base64url(JSON payload).base64url(Ed25519 signature)",
  ),
});

export const issueAnswer = z.object({
  key: z.string(),
  license: publicLicense,
});

export const deactivateAnswer = z.object({
  valid: z.literal(false),
  license: publicLicense,
  deactivated: z.literal(true),
});

export const errorAnswer = z.object({
  valid: z.literal(false).optional(),
  error: z.object({
    code: z.enum([
      "KEY_MALFORMED",
      "DOMAIN_INVALID",
      "LICENSE_NOT_FOUND",
      "LICENSE_REVOKED",
      "LICENSE_EXPIRED",
      "DOMAIN_MISMATCH",
      "NOT_ACTIVATED",
      "INVALID_REQUEST",
      "UNAUTHORIZED",
      "SCOPE_MISSING",
      "RATE_LIMITED",
      "PAYLOAD_TOO_LARGE",
      "BODY_UNREADABLE",
      "METHOD_NOT_ALLOWED",
      "SERVICE_UNAVAILABLE",
      "INTERNAL",
    ]),
    message: z.string(),
  }),
});

export const publicKeyAnswer = z.object({
  kty: z.literal("OKP"),
  crv: z.literal("Ed25519"),
  x: z.string(),
});
