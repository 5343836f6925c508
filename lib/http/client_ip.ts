/**
 * The client's address for rate limits and logs. Behind a reverse proxy
 * (`TRUST_PROXY=1`) it is the last `X-Forwarded-For` entry, the one our
 * proxy added; anything before it could be forged by the client.
 */
export function clientIp(
  req: Request,
  remote: { hostname: string },
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const forwarded = req.headers.get("x-forwarded-for");
    const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).at(
      -1,
    );
    if (last) return last;
  }
  return remote.hostname;
}
