/** JSON error bodies: `{ "error": { "code", "message" } }` with a status. */
export function jsonError(
  status: number,
  code: string,
  message: string,
  headers?: HeadersInit,
): Response {
  return Response.json({ error: { code, message } }, { status, headers });
}
