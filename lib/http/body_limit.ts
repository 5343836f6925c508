/**
 * Request bodies: size limits, enforced for every request before any
 * handler (or the CSRF check) reads the body — 1 MB for pages and forms,
 * 64 KB for the machine API under `/api` — and the readers every handler
 * reads a body with, which turn a body that cannot be read (cut off, a
 * broken multipart, not a form at all) into a 4xx instead of a 500.
 */
import { DomainError } from "../errors.ts";

/** Largest body a page or form accepts. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Largest JSON body the machine API accepts. */
export const MAX_API_BODY_BYTES = 64 * 1024;

/** A body over the limit: 413, rendered as a page or a JSON error. */
export class PayloadTooLargeError extends DomainError {
  constructor(readonly limit: number) {
    super(413, "PAYLOAD_TOO_LARGE", `Bodies are limited to ${limit} bytes.`);
  }
}

/** A body the client stopped sending halfway. */
export class UnreadableBodyError extends DomainError {
  constructor() {
    super(400, "BODY_UNREADABLE", "The request body could not be read.");
  }
}

/** A body of a type the endpoint does not read, e.g. JSON sent to a form. */
export class UnsupportedMediaTypeError extends DomainError {
  constructor(expected: string) {
    super(415, "UNSUPPORTED_MEDIA_TYPE", `Send the body as ${expected}.`);
  }
}

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * A form body (url-encoded or multipart): 415 for any other content type,
 * 400 when it cannot be read or parsed.
 */
export async function readFormData(req: Request): Promise<FormData> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (!FORM_TYPES.some((form) => type.startsWith(form))) {
    throw new UnsupportedMediaTypeError(
      "a form (" + FORM_TYPES.join(" or ") + ")",
    );
  }
  try {
    return await req.formData();
  } catch {
    throw new UnreadableBodyError();
  }
}

/** The body as text; 400 when it cannot be read. */
export async function readBodyText(req: Request): Promise<string> {
  try {
    return await req.text();
  } catch {
    throw new UnreadableBodyError();
  }
}

/** The limit for a path: the API's under `/api`, else the form limit. */
export function bodyLimitFor(path: string): number {
  return path === "/api" || path.startsWith("/api/")
    ? MAX_API_BODY_BYTES
    : MAX_BODY_BYTES;
}

/**
 * Checks `req`'s body against `limit` and returns the request to go on
 * with. A declared `content-length` above the limit is refused without
 * reading a byte (the server enforces that the body matches its length). A
 * body without a length (chunked) is read up to the limit, refused past
 * it, and otherwise handed on as a request rebuilt on the bytes read.
 * GET and HEAD bodies are never read by a handler and are left alone.
 */
export async function limitBody(req: Request, limit: number): Promise<Request> {
  const declared = req.headers.get("content-length");
  if (declared !== null) {
    if (!(Number(declared) <= limit)) throw new PayloadTooLargeError(limit);
    return req;
  }
  if (req.body === null || req.method === "GET" || req.method === "HEAD") {
    return req;
  }
  const bytes = await readAtMost(req.body, limit);
  if (!bytes) throw new PayloadTooLargeError(limit);
  return new Request(req, { body: bytes });
}

/** The whole stream, or undefined (and the stream cancelled) past `limit` bytes. */
async function readAtMost(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let read: ReadableStreamReadResult<Uint8Array>;
    try {
      read = await reader.read();
    } catch {
      throw new UnreadableBodyError();
    }
    const { done, value } = read;
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
