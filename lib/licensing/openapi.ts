/** The OpenAPI 3.1 document of the license API, generated from its zod schemas. */
import { z } from "zod";
import * as api from "./api.ts";

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

const ref = (name: keyof typeof schemas) => ({
  $ref: `#/components/schemas/${name}`,
});
const json = (name: keyof typeof schemas) => ({
  "application/json": { schema: ref(name) },
});
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), {
    description: "Error with a stable code",
    content: json("Error"),
  }]));

function keyDomainOperation(summary: string, ok: keyof typeof schemas) {
  return {
    post: {
      summary,
      requestBody: { required: true, content: json("KeyDomainRequest") },
      responses: {
        "200": { description: "OK", content: json(ok) },
        ...errors(400, 403, 404, 409, 429),
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
        "Issue license keys, bind a key to one domain, validate and release it. Answers carry an Ed25519-signed token.",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/licenses": {
        post: {
          summary: "Issue a license (idempotent per product and reference)",
          security: [{ apiKey: [] }],
          requestBody: { required: true, content: json("IssueRequest") },
          responses: {
            "201": { description: "Issued", content: json("IssueAnswer") },
            "200": {
              description: "Already issued for this reference",
              content: json("IssueAnswer"),
            },
            ...errors(400, 401, 429),
          },
        },
      },
      "/api/licenses/activate": keyDomainOperation(
        "Bind a key to a domain",
        "LicenseAnswer",
      ),
      "/api/licenses/validate": keyDomainOperation(
        "Check a key on a domain",
        "LicenseAnswer",
      ),
      "/api/licenses/deactivate": keyDomainOperation(
        "Release a key from a domain",
        "DeactivateAnswer",
      ),
      "/api/licenses/public-key": {
        get: {
          summary: "The Ed25519 public key (JWK) that signs tokens",
          responses: {
            "200": { description: "JWK", content: json("PublicKey") },
          },
        },
      },
      "/api/licenses/openapi.json": {
        get: {
          summary: "This document",
          responses: { "200": { description: "OpenAPI 3.1" } },
        },
      },
    },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer" } },
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => {
          const { $schema: _, id: _id, ...rest } = z.toJSONSchema(
            schema,
          ) as Record<
            string,
            unknown
          >;
          return [name, rest];
        }),
      ),
    },
  };
}
