/**
 * JSON errors at the edge: bodies `{ "error": { "code", "message" } }`
 * with a status, and which requests get them instead of an error page.
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
