/**
 * The OpenAPI 3.1 document of the license API, generated from its zod
 * schemas. It lists every status an operation can answer: the errors of
 * the endpoint itself and those of the layers in front of it (the body
 * limit, the rate limits, a database that is away, a method the path does
 * not have). tests/license_api_test.ts checks every answer of the API
 * tests against it.
 */
import * as api from "@/lib/licensing/api.ts";
import { openApiParts, responseHeader } from "@/lib/http/openapi.ts";

const schemas = {
  IssueRequest: api.issueRequest,
  KeyDomainRequest: api.keyDomainRequest,
  License: api.publicLicense,
  LicenseAnswer: api.licenseAnswer,
  IssueAnswer: api.issueAnswer,
  DeactivateAnswer: api.deactivateAnswer,
  Error: api.errorAnswer,
  PublicKey: api.publicKeyAnswer,
};
type SchemaName = keyof typeof schemas;

/** Error answers shared by the operations, each with a stable code. */
const errorResponses = {
  BadRequest: {
    description:
      "The body is not JSON, does not match the request schema (unknown fields included) or cannot be read; a malformed key or domain",
  },
  Unauthorized: { description: "No valid API key" },
  Forbidden: {
    description:
      "The license is revoked or expired; or the API key lacks the scope (SCOPE_MISSING)",
  },
  NotFound: { description: "No license has this key" },
  Conflict: {
    description:
      "The key is bound to another domain, or not to this one (deactivate)",
  },
  MethodNotAllowed: {
    description:
      "A method the path does not list (any path of this document); Allow names the ones it has",
    headers: {
      Allow: responseHeader("The methods of the path, e.g. `POST, OPTIONS`"),
    },
  },
  PayloadTooLarge: {
    description: "The body is larger than 64 KB (lib/http/body_limit.ts)",
  },
  RateLimited: {
    description:
      "Too many calls from this address or for this key; try again after Retry-After",
    headers: { "Retry-After": responseHeader("Seconds to wait") },
  },
  InternalError: { description: "The request failed on the server" },
  ServiceUnavailable: {
    description:
      "The server is starting or its database is briefly away; the request changed nothing and may be sent again",
    headers: { "Retry-After": responseHeader("Seconds to wait") },
  },
};
type ErrorName = keyof typeof errorResponses;

const { json, errors, selfPath, components } = openApiParts(
  schemas,
  errorResponses,
);

/** Errors of every operation: the server failing or not ready. */
const ALWAYS: ErrorName[] = ["InternalError", "ServiceUnavailable"];
/** Errors of every operation with a JSON body, before it is read. */
const BODY: ErrorName[] = ["BadRequest", "PayloadTooLarge"];

/** A `{ key, domain }` call; `refusals` are the errors of the call itself. */
function keyDomainOperation(
  summary: string,
  ok: SchemaName,
  refusals: ErrorName[],
) {
  return {
    post: {
      summary,
      requestBody: { required: true, content: json("KeyDomainRequest") },
      responses: {
        "200": { description: "OK", content: json(ok) },
        ...errors(...BODY, ...refusals, "RateLimited", ...ALWAYS),
      },
    },
  };
}

/** The document served at `/api/licenses/openapi.json`. */
export function licenseOpenApi(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Portico License API",
      version: "1.0.0",
      description:
        "Issue license keys, bind a key to one domain, validate and release it. Answers carry an Ed25519-signed token. " +
        "Request bodies are JSON of at most 64 KB; unknown fields are refused (400). " +
        "A method a path does not list answers 405 (MethodNotAllowed) with Allow; HEAD answers as GET without a body.",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/licenses": {
        post: {
          summary: "Issue a license (idempotent per product and reference)",
          security: [{ apiKey: ["licenses:issue"] }],
          requestBody: { required: true, content: json("IssueRequest") },
          responses: {
            "201": { description: "Issued", content: json("IssueAnswer") },
            "200": {
              description: "Already issued for this reference",
              content: json("IssueAnswer"),
            },
            ...errors(
              ...BODY,
              "Unauthorized",
              "Forbidden",
              "RateLimited",
              ...ALWAYS,
            ),
          },
        },
      },
      "/api/licenses/activate": keyDomainOperation(
        "Bind a key to a domain",
        "LicenseAnswer",
        ["Forbidden", "NotFound", "Conflict"],
      ),
      "/api/licenses/validate": keyDomainOperation(
        "Check a key on a domain",
        "LicenseAnswer",
        ["Forbidden", "NotFound", "Conflict"],
      ),
      // Releasing needs no usable license: a revoked key can still be freed.
      "/api/licenses/deactivate": keyDomainOperation(
        "Release a key from a domain",
        "DeactivateAnswer",
        ["NotFound", "Conflict"],
      ),
      "/api/licenses/public-key": {
        get: {
          summary: "The Ed25519 public key (JWK) that signs tokens",
          responses: {
            "200": { description: "JWK", content: json("PublicKey") },
            ...errors(...ALWAYS),
          },
        },
      },
      "/api/licenses/openapi.json": selfPath(...ALWAYS),
    },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer" } },
      ...components,
    },
  };
}
