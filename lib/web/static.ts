/**
 * Files from `static/` and the island bundles: served from memory with the
 * right content type, a strong ETag and 304s. A URL carrying the file's
 * content version (`asset()`), or a content-hashed bundle name, is cached
 * for a year as immutable; anything else must be revalidated. Text files
 * go out brotli or gzip when accepted, each coding made once, on first
 * use, and kept with the file.
 */
import { getMimeType } from "hono/utils/mime";
import {
  type Coding,
  compressOnce,
  isCompressible,
  MIN_COMPRESSED_BYTES,
  preferredCoding,
} from "./compress.ts";

export interface StaticFile {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  etag: string;
  /** True when the URL itself changes with the content. */
  immutable: boolean;
  /**
   * The file in each coding asked for so far (undefined when that coding
   * does not make it smaller); empty for files that are not compressed.
   */
  codings: Map<Coding, Promise<Uint8Array<ArrayBuffer> | undefined>>;
  /** The response headers, unversioned and versioned, made on first use. */
  headers: [Record<string, string>?, Record<string, string>?];
}

async function etagOf(body: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", body);
  const hex = Array.from(new Uint8Array(digest).slice(0, 12))
    .map((b) => b.toString(16).padStart(2, "0")).join("");
  return `"${hex}"`;
}

/** Wraps bytes as a servable file. */
export async function staticFile(
  path: string,
  body: Uint8Array<ArrayBuffer>,
  immutable: boolean,
): Promise<StaticFile> {
  const contentType = getMimeType(path) ?? "application/octet-stream";
  return {
    body,
    contentType,
    etag: await etagOf(body),
    immutable,
    codings: new Map(),
    headers: [],
  };
}

/** Reads every file under `dir` into a map keyed by URL path. */
export async function loadStaticDir(
  dir: string,
): Promise<Map<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  async function walk(path: string, urlPath: string) {
    for await (const entry of Deno.readDir(path)) {
      const child = `${path}/${entry.name}`;
      const childUrl = `${urlPath}/${entry.name}`;
      if (entry.isDirectory) await walk(child, childUrl);
      else if (entry.isFile) {
        const body = await Deno.readFile(child);
        files.set(childUrl, await staticFile(entry.name, body, false));
      }
    }
  }
  try {
    await walk(dir, "");
  } catch (error) {
    if (!(error instanceof Deno.errors.NotFound)) throw error;
  }
  assetVersions.clear();
  for (const [path, file] of files) assetVersions.set(path, versionOf(file));
  return files;
}

/**
 * True when the client's copy is current. A coded copy's tag is the
 * file's with the coding appended (`"…-br"`): the same content, so it
 * matches whichever coding is sent now.
 */
function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) =>
    tag.trim().replace(/^W\//, "").replace(/-(br|gzip)"$/, '"') === etag
  );
}

/** `file` in `coding`, compressed on first use; undefined when not smaller. */
function coded(
  file: StaticFile,
  coding: Coding,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  let body = file.codings.get(coding);
  if (!body) {
    body = compressOnce(file.body, coding).then((bytes) =>
      bytes.byteLength < file.body.byteLength ? bytes : undefined
    );
    file.codings.set(coding, body);
  }
  return body;
}

function isCompressed(file: StaticFile): boolean {
  return isCompressible(file.contentType) &&
    file.body.byteLength >= MIN_COMPRESSED_BYTES;
}

/** `file`'s headers with `common` under them, made once per kind of URL. */
function headersOf(
  file: StaticFile,
  versioned: boolean,
  common: Record<string, string>,
): Record<string, string> {
  const slot = versioned ? 1 : 0;
  return file.headers[slot] ??= {
    ...common,
    "content-type": file.contentType,
    etag: file.etag,
    "cache-control": file.immutable || versioned
      ? "public, max-age=31536000, immutable"
      : "public, max-age=0, must-revalidate",
    ...(isCompressed(file) ? { vary: "Accept-Encoding" } : {}),
  };
}

/**
 * Answers a GET or HEAD for `file`, with 304 when the client has it; a
 * text file brotli or gzip when accepted (never for HEAD, which sends the
 * length of the file as it is). `common` (e.g. security headers) goes on
 * every answer; it must be the same for every call with this file.
 */
export async function serveStaticFile(
  req: Request,
  file: StaticFile,
  versioned: boolean,
  common: Record<string, string> = {},
): Promise<Response> {
  const headers = new Headers(headersOf(file, versioned, common));
  const compressible = isCompressed(file);
  if (matchesEtag(req.headers.get("if-none-match"), file.etag)) {
    return new Response(null, { status: 304, headers });
  }
  const coding = compressible && req.method === "GET"
    ? preferredCoding(req.headers.get("accept-encoding"))
    : undefined;
  const body = coding && await coded(file, coding);
  if (body) {
    headers.set("content-encoding", coding);
    headers.set("etag", file.etag.replace(/"$/, `-${coding}"`));
  }
  const sent = body || file.body;
  headers.set("content-length", String(sent.byteLength));
  return new Response(req.method === "HEAD" ? null : sent, { headers });
}

/** The version token `asset()` appends: the ETag without quotes. */
export function versionOf(file: StaticFile): string {
  return file.etag.slice(1, 9);
}

const assetVersions = new Map<string, string>();

/**
 * The URL of a file in `static/` with its content version appended, so it
 * can be cached forever and still change when the file does.
 */
export function asset(path: string): string {
  const version = assetVersions.get(path);
  return version ? `${path}?v=${version}` : path;
}
