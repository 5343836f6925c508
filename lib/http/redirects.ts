/**
 * Only same-site paths may be redirect targets taken from a request, so a
 * crafted link cannot bounce a visitor to another site, and nothing a
 * visitor typed can reach a `Location` header that the HTTP layer would
 * refuse to write.
 */

/**
 * The characters a path, query and fragment may hold as they travel in a
 * URL (RFC 3986 unreserved, sub-delims, `:@/?#` and percent escapes).
 * Anything else (controls, whitespace, backslash, quotes, non-ASCII) is
 * refused rather than repaired: our own links never contain it.
 */
const URL_CHARACTERS = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?#%]*$/;

/**
 * What the path must not hold once percent escapes are decoded: controls,
 * whitespace of any kind (U+2028/U+2029 included) and the backslash, which
 * browsers read as a slash.
 */
// deno-lint-ignore no-control-regex -- matching controls is the point
const UNSAFE_IN_PATH = /[\u0000-\u0020\u007f-\u009f\s\\]/u;

/** What the query and fragment must not hold decoded: controls, line separators. */
// deno-lint-ignore no-control-regex -- matching controls is the point
const UNSAFE_IN_QUERY = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

/** `value` when it is a safe same-site path, otherwise `fallback`. */
export function safeRedirectPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || !URL_CHARACTERS.test(value)) {
    return fallback;
  }
  const pathEnd = value.search(/[?#]/);
  const path = pathEnd < 0 ? value : value.slice(0, pathEnd);
  const rest = pathEnd < 0 ? "" : value.slice(pathEnd);
  let decodedPath: string;
  let decodedRest: string;
  try {
    decodedPath = decodeURIComponent(path);
    decodedRest = decodeURIComponent(rest);
  } catch {
    return fallback; // a stray `%` that is no escape
  }
  for (const form of [path, decodedPath]) {
    if (!form.startsWith("/") || form.startsWith("//")) return fallback;
    if (UNSAFE_IN_PATH.test(form)) return fallback;
  }
  return UNSAFE_IN_QUERY.test(decodedRest) ? fallback : value;
}
