/**
 * CSRF protection for every state-changing request outside `/api/`:
 * - the `Origin` (or `Referer`) must be this app when the browser sends one;
 * - the form field `_csrf` (or header `x-csrf-token`) must be the HMAC of the
 *   browser's CSRF seed cookie. The seed is HttpOnly and is replaced at
 *   every sign-in and sign-out, which binds tokens to the session.
 */
import type { Keyring } from "../crypto.ts";
import { randomToken } from "../crypto.ts";
import { readFormData } from "./body_limit.ts";
import { readAppCookie, setCookie } from "./cookies.ts";

const COOKIE = "portico_csrf";
export const CSRF_FIELD = "_csrf";

export interface CsrfSeed {
  seed: string;
  /** True when the seed is new and must be sent as a cookie. */
  fresh: boolean;
}

export function readCsrfSeed(req: Request, secure: boolean): CsrfSeed {
  const seed = readAppCookie(req, COOKIE, secure);
  return seed && seed.length >= 32
    ? { seed, fresh: false }
    : { seed: randomToken(), fresh: true };
}

export function setCsrfSeed(
  headers: Headers,
  seed: string,
  secure: boolean,
): void {
  setCookie(headers, COOKIE, seed, { secure });
}

/** Replaces the seed (at sign-in and sign-out); returns the new one. */
export function rotateCsrfSeed(headers: Headers, secure: boolean): string {
  const seed = randomToken();
  setCsrfSeed(headers, seed, secure);
  return seed;
}

export function csrfToken(keys: Keyring, seed: string): Promise<string> {
  return keys.sign("csrf", seed);
}

function sameOrigin(req: Request, allowed: string[]): boolean {
  const origin = req.headers.get("origin");
  if (origin && origin !== "null") return allowed.includes(origin);
  const referer = req.headers.get("referer");
  if (referer) {
    try {
      return allowed.includes(new URL(referer).origin);
    } catch {
      return false;
    }
  }
  // Neither header: not a browser's cross-site form post; the token decides.
  return origin !== "null";
}

async function submittedToken(req: Request): Promise<string | null> {
  const header = req.headers.get("x-csrf-token");
  if (header) return header;
  try {
    const value = (await readFormData(req.clone())).get(CSRF_FIELD);
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

/** True when an unsafe request carries a valid token from this origin. */
export async function isCsrfValid(
  req: Request,
  keys: Keyring,
  seed: CsrfSeed,
  allowedOrigins: string[],
): Promise<boolean> {
  if (seed.fresh) return false;
  if (!sameOrigin(req, allowedOrigins)) return false;
  const token = await submittedToken(req);
  return token !== null && await keys.verify("csrf", seed.seed, token);
}
