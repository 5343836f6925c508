/**
 * Content coding: HTML, CSS, JavaScript, JSON and SVG go out brotli or
 * gzip when the client accepts it, always with `Vary: Accept-Encoding`.
 * Pages are compressed as they are sent, at fast settings (a page is
 * drawn per request anyway); static files once per coding, at the best
 * settings, and kept in memory with the file. Event streams (each event
 * must reach the client when it is written), bodies too small to gain,
 * answers without a body and answers that already have a coding are
 * left alone.
 */
import { promisify } from "node:util";

/**
 * `node:zlib`, loaded with the first body to compress: evaluating Deno's
 * Node zlib costs a start tens of milliseconds before it can answer.
 */
let zlib: Promise<typeof import("node:zlib")> | undefined;
const loadZlib = () => zlib ??= import("node:zlib");

export type Coding = "br" | "gzip";

/** Below this, the coding's own framing eats most of what it saves. */
export const MIN_COMPRESSED_BYTES = 1024;

const COMPRESSIBLE =
  /^\s*(text\/(html|css|javascript)|application\/(javascript|json|[\w.-]+\+json)|image\/svg\+xml)\s*(;|$)/i;

/** True for the content types worth compressing. */
export function isCompressible(contentType: string | null): boolean {
  return contentType !== null && COMPRESSIBLE.test(contentType);
}

/**
 * The coding to send for an `Accept-Encoding` header: brotli or gzip,
 * whichever the client weighs higher (brotli on a tie, it is smaller),
 * none when it accepts neither (absent, `identity`, `q=0`).
 */
export function preferredCoding(header: string | null): Coding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const item of header.toLowerCase().split(",")) {
    const [name, ...params] = item.split(";").map((part) => part.trim());
    const q = params.find((param) => param.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name, Number.isNaN(weight) ? 0 : weight);
  }
  const weightOf = (coding: Coding) =>
    weights.get(coding) ?? weights.get("*") ?? 0;
  const best = weightOf("gzip") > weightOf("br") ? "gzip" : "br";
  return weightOf(best) > 0 ? best : undefined;
}

/** Adds `name` to the response's `Vary` unless it is there already. */
export function addVary(headers: Headers, name: string): void {
  const vary = headers.get("vary");
  const listed = vary?.split(",").map((item) => item.trim().toLowerCase());
  if (listed?.includes("*") || listed?.includes(name.toLowerCase())) return;
  headers.set("vary", vary ? `${vary}, ${name}` : name);
}

/** Fast settings for bodies compressed per request. */
async function compressNow(
  bytes: Uint8Array,
  coding: Coding,
): Promise<Uint8Array<ArrayBuffer>> {
  const { brotliCompressSync, constants, gzipSync } = await loadZlib();
  const compressed = coding === "br"
    ? brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 4,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    })
    : gzipSync(bytes, { level: 6 });
  return new Uint8Array(compressed);
}

/**
 * The best settings, off the main thread: for files compressed once and
 * then served many times.
 */
export async function compressOnce(
  bytes: Uint8Array,
  coding: Coding,
): Promise<Uint8Array<ArrayBuffer>> {
  const { brotliCompress, constants, gzip } = await loadZlib();
  const compressed = coding === "br"
    ? await promisify(brotliCompress)(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    })
    : await promisify(gzip)(bytes, { level: constants.Z_BEST_COMPRESSION });
  return new Uint8Array(compressed);
}

/**
 * True when the coding of `res` depends on `Accept-Encoding`: it has a
 * body of a compressible type and no coding yet.
 */
export function variesByCoding(res: Response): boolean {
  return res.body !== null && codingMayVary(res.headers);
}

/** A compressible type without a coding yet, by the headers alone. */
function codingMayVary(headers: Headers): boolean {
  return !headers.has("content-encoding") &&
    isCompressible(headers.get("content-type"));
}

/**
 * `res` as the request accepts it: compressed when its coding depends on
 * the request (`variesByCoding`), its body has at least
 * `MIN_COMPRESSED_BYTES` and the client accepts brotli or gzip. Never for
 * HEAD, whose length is that of the body as it is.
 */
export async function compressResponse(
  req: Request,
  res: Response,
): Promise<Response> {
  if (req.method === "HEAD" || !codingMayVary(res.headers)) return res;
  const coding = preferredCoding(req.headers.get("accept-encoding"));
  const declared = Number(res.headers.get("content-length") ?? Infinity);
  if (!coding || declared < MIN_COMPRESSED_BYTES) {
    // Sent as it is: only `Vary` is added, in place unless the headers are
    // immutable (an answer from `fetch`). Neither the headers are copied
    // nor `body` read: reading it turns a page's string body into a stream
    // and costs Deno's fast path for it, and copying the headers cost as
    // much again (a page's `Vary` is the same with or without a body).
    try {
      addVary(res.headers, "Accept-Encoding");
      return res;
    } catch {
      const headers = new Headers(res.headers);
      addVary(headers, "Accept-Encoding");
      return new Response(res.body, {
        status: res.status,
        statusText: res.statusText,
        headers,
      });
    }
  }
  if (res.body === null) return res;
  const headers = new Headers(res.headers);
  addVary(headers, "Accept-Encoding");
  const init = { status: res.status, statusText: res.statusText, headers };
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.byteLength < MIN_COMPRESSED_BYTES) return new Response(bytes, init);
  headers.set("content-encoding", coding);
  headers.delete("content-length");
  return new Response(await compressNow(bytes, coding), init);
}
