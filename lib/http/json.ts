/**
 * JSON at the edge: error bodies `{ "error": { "code", "message" } }` with
 * a status, which requests get JSON errors, and the nesting limit that
 * keeps a hostile body from overflowing the stack of whatever walks it.
 */

/** JSON error bodies: `{ "error": { "code", "message" } }` with a status. */
export function jsonError(
  status: number,
  code: string,
  message: string,
  headers?: HeadersInit,
): Response {
  return Response.json({ error: { code, message } }, { status, headers });
}

/**
 * True when a request's errors are answered as JSON, not as a page: the
 * machine API under `/api`, JSON endpoints of other areas (an `api`
 * segment, e.g. `/booking/api/slots`), and scripts that ask for JSON.
 */
export function answersJson(req: Request, path: string): boolean {
  if (/(^|\/)api(\/|$)/.test(path)) return true;
  const accept = req.headers.get("accept") ?? "";
  return accept.includes("application/json") && !accept.includes("text/html");
}

/** Deepest nesting of arrays and objects a JSON body may have. */
export const MAX_JSON_DEPTH = 32;

/**
 * True when `text` opens more than `max` arrays or objects inside each
 * other (brackets in strings do not count). One pass, no recursion, so it
 * is safe on any input, valid JSON or not; run it before parsing.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > max) return true;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return false;
}
