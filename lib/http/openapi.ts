/**
 * What the OpenAPI 3.1 documents of our JSON APIs (licenses, booking,
 * payment notifications) share: schemas from zod, error answers declared
 * once in `components.responses` and referred to by status, and the path
 * that serves the document itself. Each API keeps its own wording of what
 * an error means for it.
 */
import { z } from "zod";

const STATUS = {
  BadRequest: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  MethodNotAllowed: 405,
  Conflict: 409,
  PayloadTooLarge: 413,
  RateLimited: 429,
  InternalError: 500,
  ServiceUnavailable: 503,
} as const;

/** The error answers an API can declare, named as in `components.responses`. */
export type ErrorName = keyof typeof STATUS;

/** A response header that is always sent. */
export const responseHeader = (description: string) => ({
  description,
  required: true,
  schema: { type: "string" },
});

type ErrorResponse = {
  description: string;
  headers?: Record<string, ReturnType<typeof responseHeader>>;
};

/**
 * The building blocks of one API's document: `json(name)` for a body of a
 * schema, `errors(...names)` for the responses that refer to shared error
 * answers, `selfPath` for `GET …/openapi.json` and `components` with the
 * error answers (each an `Error` body) and the JSON Schemas. `io: "input"`
 * describes what a client may send (defaults left out) rather than what
 * the server answers.
 */
export function openApiParts<
  S extends { Error: z.ZodType } & Record<string, z.ZodType>,
  E extends ErrorName,
>(
  schemas: S,
  errorResponses: Record<E, ErrorResponse>,
  io: "input" | "output" = "output",
) {
  const json = (name: keyof S & string) => ({
    "application/json": { schema: { $ref: `#/components/schemas/${name}` } },
  });
  const errors = (...names: E[]) =>
    Object.fromEntries(names.map((name) => [
      String(STATUS[name]),
      { $ref: `#/components/responses/${name}` },
    ]));
  const selfPath = (...names: E[]) => ({
    get: {
      summary: "This document",
      responses: {
        "200": {
          description: "OpenAPI 3.1",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  openapi: { const: "3.1.0" },
                  paths: { type: "object" },
                },
                required: ["openapi", "paths"],
              },
            },
          },
        },
        ...errors(...names),
      },
    },
  });
  const components = {
    responses: Object.fromEntries(
      Object.entries<ErrorResponse>(errorResponses).map(([name, response]) => [
        name,
        { ...response, content: json("Error") },
      ]),
    ),
    schemas: Object.fromEntries(
      Object.entries(schemas).map(([name, schema]) => {
        // The dialect and zod's registry id belong to no component.
        const { $schema: _, id: _id, ...rest } = z.toJSONSchema(schema, {
          io,
        }) as Record<string, unknown>;
        return [name, rest];
      }),
    ),
  };
  return { json, errors, selfPath, components };
}
