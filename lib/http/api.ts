/**
 * JSON endpoints: bodies parsed with a zod schema, errors answered as
 * `{ "error": { "code", "message" } }` with the right status (plus any
 * fields the endpoint adds, such as `valid: false`), never a stack trace.
 */
import type { z } from "zod";
import { DomainError } from "../errors.ts";
import { readBodyText } from "./body_limit.ts";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "./json.ts";
import { unstorableTextPath } from "../validation.ts";

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
  const parsed = schema.safeParse(parseJsonBody(await readBodyText(req)));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidRequestError(
      `${issue.path.join(".") || "body"}: ${issue.message}`,
    );
  }
  return parsed.data;
}

/**
 * A request body's JSON value: refused (400) when it is not JSON, nests
 * deeper than `MAX_JSON_DEPTH` (checked before parsing, so nothing that
 * walks the value can overflow the stack) or holds text the database
 * cannot store.
 */
export function parseJsonBody(text: string): unknown {
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new InvalidRequestError(
      `The body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels.`,
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new InvalidRequestError("The body is not valid JSON.");
  }
  const unstorable = unstorableTextPath(body);
  if (unstorable) {
    throw new InvalidRequestError(
      `${unstorable}: text must not contain NUL characters or unpaired surrogates.`,
    );
  }
  return body;
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
