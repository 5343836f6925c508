/**
 * `GET /cat_heartbeat?path=…&view=1`: one beat from a portal tab, the most
 * frequent request the app gets (every online client, every 30 s). It is
 * answered in front of the page framework (see server.ts): no router, no
 * middleware, no URL object, no database — a cookie, a cached identity
 * and the in-memory buffer (lib/activity/tracker.ts), which owns what a
 * beat records; this is only its HTTP face. Without a portal
 * session or consent it records nothing and says nothing more; tokens
 * without a session are looked up only a few times a second per client
 * network, so random cookies cannot make it query the database. A
 * session not in the cache is looked up; if the database is away, that
 * beat is a JSON 503 with `Retry-After`, like every JSON endpoint's.
 */
import { DomainError } from "@/lib/errors.ts";
import { InvalidQueryError, urlHasNul } from "@/lib/validation.ts";
import {
  type ActivityTracker,
  type BeatResult,
  reportedPage,
} from "@/lib/activity/tracker.ts";
import { jsonErrorFor } from "@/lib/http/api.ts";
import { readSessionToken } from "@/lib/http/session_cookie.ts";
import { clientIp } from "@/lib/http/client_ip.ts";

const HEARTBEAT_PATH = "/cat_heartbeat";

/** The request's path and query, without parsing a whole URL. */
function splitUrl(url: string): { path: string; query: string } {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  const hash = url.indexOf("#", start);
  const end = hash < 0 ? url.length : hash;
  const question = url.indexOf("?", start);
  return question < 0 || question > end
    ? { path: url.slice(start, end), query: "" }
    : { path: url.slice(start, question), query: url.slice(question + 1, end) };
}

/** True for requests this handler answers. */
export function isHeartbeat(req: Request): boolean {
  return splitUrl(req.url).path === HEARTBEAT_PATH;
}

/** Stands in for the peer of in-process requests, which have none. */
const NO_PEER = { hostname: "local" };

/**
 * Builds the handler for one app: `secure` when served over https,
 * `trustProxy` when the client's address comes from `X-Forwarded-For`.
 */
export function createHeartbeatHandler(
  tracker: ActivityTracker,
  { secure, trustProxy }: { secure: boolean; trustProxy: boolean },
): (
  req: Request,
  info?: Deno.ServeHandlerInfo,
) => Response | Promise<Response> {
  // An empty answer to a script's fetch: the document headers (CSP,
  // framing, permissions) have nothing to apply to, and each header costs
  // validation on the busiest path.
  const noContent = { "cache-control": "no-store" };
  const limited = { "retry-after": "2" };
  const notAllowed = { allow: "GET, HEAD" };
  const answer = (result: BeatResult) =>
    result === "rate-limited"
      ? new Response(null, { status: 429, headers: limited })
      : new Response(null, { status: 204, headers: noContent });
  const failed = (error: unknown) => {
    if (!(error instanceof DomainError)) {
      console.error("heartbeat failed:", error);
    }
    return jsonErrorFor(error);
  };
  return (req, info) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      return new Response(null, { status: 405, headers: notAllowed });
    }
    const { query: search } = splitUrl(req.url);
    // The reported path is stored: a NUL would fail every later flush.
    if (urlHasNul(search)) {
      return jsonErrorFor(
        new InvalidQueryError("The address must not contain NUL characters."),
      );
    }
    const token = readSessionToken(req, "contact", secure);
    const query = new URLSearchParams(search);
    const result = tracker.beat(
      token,
      reportedPage(query.get("path")),
      query.get("view") === "1",
      clientIp(req, (info?.remoteAddr as Deno.NetAddr) ?? NO_PEER, trustProxy),
    );
    return result instanceof Promise
      ? result.then(answer, failed)
      : answer(result);
  };
}
