/**
 * CSRF protection for every state-changing request outside `/api/`:
 * - the `Origin` (or `Referer`) must be this app when the browser sends one;
 * - the form field `_csrf` (or header `x-csrf-token`) must be the HMAC of the
 *   browser's CSRF seed cookie. The seed is HttpOnly and is replaced at
 *   every sign-in and sign-out, which binds tokens to the session.
 *
 * The booking widget's form is the one exception: framed by another site,
 * it gets no SameSite=Lax cookie, so it carries a signed, expiring token
 * of its own and must come from this app's own document by the browser's
 * `Origin` and `Sec-Fetch-Site` (see docs/INTEGRATIONS.md, "Why the widget
 * needs no cookie").
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

const WIDGET_PREFIX = "w1";
/** A widget form older than this is refused, as an expired seed would be. */
export const WIDGET_TOKEN_SECONDS = 6 * 3600;
/** Clocks of several instances may differ this much. */
const WIDGET_CLOCK_SKEW_SECONDS = 60;

/**
 * True for the booking widget's form action (`POST /booking?embed=1`, its
 * details and conflict steps), the only one that takes `widgetFormToken`s:
 * every other form of the widget opens the full page.
 */
export function isWidgetForm(url: URL): boolean {
  return url.pathname === "/booking" && url.searchParams.get("embed") === "1";
}

/**
 * The token of a form in the booking widget: `w1.<issued>.<nonce>.<mac>`,
 * an HMAC over when it was issued and a random nonce for this form, tied to
 * no cookie (a third-party frame keeps none) and so to no session.
 */
export async function widgetFormToken(
  keys: Keyring,
  now: Date,
): Promise<string> {
  const issued = Math.floor(now.getTime() / 1000).toString();
  const nonce = randomToken(16);
  const mac = await keys.sign("csrf-widget", `${issued}.${nonce}`);
  return `${WIDGET_PREFIX}.${issued}.${nonce}.${mac}`;
}

/**
 * True when a widget form post (`isWidgetForm`) is the browser submitting
 * a form of this app's own document: `Origin` present and one of
 * `allowedOrigins` (a frame's posts carry the frame's origin, never the
 * embedding site's), `Sec-Fetch-Site` absent (older browsers) or
 * `same-origin`, and a token from `widgetFormToken` that is unaltered
 * and not older than `WIDGET_TOKEN_SECONDS`.
 */
export async function isWidgetFormValid(
  req: Request,
  keys: Keyring,
  allowedOrigins: string[],
  now: Date,
): Promise<boolean> {
  const origin = req.headers.get("origin");
  if (!origin || !allowedOrigins.includes(origin)) return false;
  const site = req.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") return false;
  const [prefix, issued, nonce, mac, ...rest] =
    (await submittedToken(req))?.split(".") ?? [];
  if (prefix !== WIDGET_PREFIX || !mac || rest.length) return false;
  const age = now.getTime() / 1000 - Number(issued);
  if (
    !/^\d{1,12}$/.test(issued) || age > WIDGET_TOKEN_SECONDS ||
    age < -WIDGET_CLOCK_SKEW_SECONDS
  ) return false;
  return await keys.verify("csrf-widget", `${issued}.${nonce}`, mac);
}
