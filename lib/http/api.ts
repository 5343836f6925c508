/**
 * JSON endpoints: bodies parsed with a zod schema, errors answered as
 * `{ "error": { "code", "message" } }` with the right status (plus any
 * fields the endpoint adds, such as `valid: false`), never a stack trace.
 */
import type { z } from "zod";
import { DomainError } from "../errors.ts";
import { unstorableTextPath } from "./validation.ts";

/** Thrown for a body that is not JSON or does not match the schema. */
export class InvalidRequestError extends DomainError {
  constructor(message: string) {
    super(400, "INVALID_REQUEST", message);
  }
}

/** Parses a JSON body with `schema`. */
export async function readJson<S extends z.ZodType>(
  req: Request,
  schema: S,
): Promise<z.infer<S>> {
  if (!(req.headers.get("content-type") ?? "").includes("application/json")) {
    throw new InvalidRequestError(
      "Send a JSON body with Content-Type: application/json.",
    );
  }
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new InvalidRequestError("The body is not valid JSON.");
  }
  assertStorableText(body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidRequestError(
      `${issue.path.join(".") || "body"}: ${issue.message}`,
    );
  }
  return parsed.data;
}

/**
 * Refuses a parsed body with a string the database cannot store (a NUL, a
 * lone surrogate), naming where it is.
 */
export function assertStorableText(body: unknown): void {
  const path = unstorableTextPath(body);
  if (path) {
    throw new InvalidRequestError(
      `${path}: text must not contain NUL characters or unpaired surrogates.`,
    );
  }
}

/**
 * The JSON answer to a thrown error: a domain error's status, code,
 * message and headers (e.g. `Retry-After`), plus `extra` fields; anything
 * else is a 500 that says nothing about it (log it first).
 */
export function jsonErrorFor(
  error: unknown,
  extra: Record<string, unknown> = {},
): Response {
  if (error instanceof DomainError) {
    return Response.json(
      { ...extra, error: { code: error.code, message: error.message } },
      { status: error.status, headers: error.headers },
    );
  }
  return Response.json({
    ...extra,
    error: { code: "INTERNAL", message: "The request could not be completed." },
  }, { status: 500 });
}

/** Wraps a JSON handler so domain errors become JSON error answers. */
export function jsonEndpoint<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
  extra: Record<string, unknown> = {},
): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!(error instanceof DomainError)) {
        console.error("JSON endpoint failed:", error);
      }
      return jsonErrorFor(error, extra);
    }
  };
}
