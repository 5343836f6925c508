/**
 * Turns route file paths from the manifest into URL patterns and orders them
 * so that the most specific route wins (static before `[param]` before
 * `[...rest]`), as Fresh does. As in Fresh, a folder named `(group)` is a
 * route group: it takes no part in the URL, but its `_layout` and
 * `_middleware` wrap only the routes inside it; a folder named `(_name)` is
 * private: what lies in it (forms, helpers beside their routes) is no route.
 */

/** A manifest key such as `./routes/booking/[id].tsx`, split into parts. */
export interface RouteFile {
  /** Folder segments below `routes/`, e.g. `["booking"]`. */
  folder: string[];
  /** File name without extension, e.g. `[id]`, `index`, `_middleware`. */
  name: string;
}

const ROUTES_PREFIX = "./routes/";

/** Splits `./routes/a/b/[id].tsx` into its folder and bare file name. */
export function parseRouteFile(key: string): RouteFile {
  if (!key.startsWith(ROUTES_PREFIX)) {
    throw new Error(`route key must start with ${ROUTES_PREFIX}: ${key}`);
  }
  if (isPrivateRouteFile(key)) {
    throw new Error(`a file in a private (_folder) is no route: ${key}`);
  }
  const parts = key.slice(ROUTES_PREFIX.length).split("/");
  const file = parts.pop()!;
  return { folder: parts, name: file.replace(/\.(tsx|ts|jsx|js)$/, "") };
}

/** `(name)`: a folder that groups routes without appearing in the URL. */
export function isRouteGroup(segment: string): boolean {
  return /^\([^()/]+\)$/.test(segment);
}

/** True for a file under a private `(_name)` folder: never a route. */
export function isPrivateRouteFile(key: string): boolean {
  return key.split("/").some((segment) => /^\(_[^()/]*\)$/.test(segment));
}

/** The folder segments that appear in the URL (route groups left out). */
function urlSegments(folder: string[]): string[] {
  return folder.filter((segment) => !isRouteGroup(segment));
}

function segmentPattern(segment: string): string {
  const rest = segment.match(/^\[\.\.\.(\w+)\]$/);
  if (rest) return `:${rest[1]}{.+}`;
  const param = segment.match(/^\[(\w+)\]$/);
  if (param) return `:${param[1]}`;
  if (/[[\]]/.test(segment)) {
    throw new Error(`unsupported route segment: ${segment}`);
  }
  return segment;
}

/** The Hono path pattern of a route file: `/booking/:id`, `/:rest{.+}`. */
export function routePattern(file: RouteFile): string {
  const folder = urlSegments(file.folder);
  const segments = file.name === "index" ? folder : [...folder, file.name];
  return "/" + segments.map(segmentPattern).join("/");
}

/** The pattern that a folder's `_middleware` or `_layout` covers. */
export function folderPrefix(folder: string[]): RegExp {
  const body = urlSegments(folder).map((segment) => {
    if (/^\[\.\.\.\w+\]$/.test(segment)) return "/.+";
    if (/^\[\w+\]$/.test(segment)) return "/[^/]+";
    return "/" + segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }).join("");
  return new RegExp(`^${body}(?:/|$)`);
}

function segmentRank(segment: string): number {
  if (segment.startsWith(":") && segment.endsWith("{.+}")) return 2;
  if (segment.startsWith(":")) return 1;
  return 0;
}

/** Orders patterns so a router that takes the first match picks the most specific. */
export function compareRoutePatterns(a: string, b: string): number {
  const as = a.split("/").slice(1);
  const bs = b.split("/").slice(1);
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const diff = segmentRank(as[i]) - segmentRank(bs[i]);
    if (diff !== 0) return diff;
  }
  // A catch-all sorts last whatever its depth; otherwise longer is more specific.
  return bs.length - as.length;
}
