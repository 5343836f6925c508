import { addVary, type FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import {
  type BusinessSettings,
  loadBusinessSettings,
} from "@/lib/app/business.ts";
import { findContactSession, findStaffSession } from "@/lib/auth/sessions.ts";
import {
  ForbiddenError,
  MethodNotAllowedError,
  NotFoundError,
} from "@/lib/errors.ts";
import {
  bodyLimitFor,
  limitBody,
  MAX_API_BODY_BYTES,
  PayloadTooLargeError,
} from "@/lib/http/body_limit.ts";
import { clientIp } from "@/lib/http/client_ip.ts";
import {
  csrfToken,
  isCsrfValid,
  isWidgetForm,
  isWidgetFormValid,
  readCsrfSeed,
  setCsrfSeed,
} from "@/lib/http/csrf.ts";
import { clearFlash, readFlash } from "@/lib/http/flash.ts";
import { answersJson, jsonError } from "@/lib/http/json.ts";
import { askedLocale, localeIsNegotiated } from "@/lib/http/locale.ts";
import { setSecurityHeaders } from "@/lib/http/security_headers.ts";
import {
  readSessionToken,
  setSessionCookie,
} from "@/lib/http/session_cookie.ts";
import { themeFromCookie } from "@/lib/http/theme.ts";
import { InvalidQueryError, urlHasNul } from "@/lib/validation.ts";
import {
  DEFAULT_LOCALE,
  isLocale,
  resolveLocale,
  translator,
} from "@/lib/i18n/mod.ts";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function inArea(path: string, area: string): boolean {
  return path === area || path.startsWith(area + "/");
}

/**
 * Every request: client address, theme, CSRF seed, locale (from the
 * language cookie and the browser) and flash, none of which needs the
 * database, so an error page can always be drawn in the visitor's language
 * with a working form token; afterwards cookies and security headers on
 * whatever the response is, error pages included.
 */
async function frame(req: Request, ctx: FreshContext<State>) {
  const { config, keys } = ctx.state.services;
  const secure = config.appUrl.startsWith("https:");
  ctx.state.secure = secure;
  let business: Promise<BusinessSettings> | undefined;
  ctx.state.business = () =>
    business ??= loadBusinessSettings(ctx.state.services);
  ctx.state.clientIp = clientIp(req, ctx.remoteAddr, config.trustProxy);
  if (inArea(ctx.url.pathname, "/api")) {
    // Machine clients: no cookies, sessions, CSRF tokens or flash; the
    // locale only for an error page.
    ctx.state.csrf = "";
    ctx.state.locale = resolveLocale({
      acceptLanguage: req.headers.get("accept-language"),
    });
    ctx.state.t = translator(ctx.state.locale);
    return withHeaders(await ctx.next(), secure);
  }
  // The business's language only when the visitor asks for none of ours;
  // English when even that cannot be read, so an error page still draws.
  ctx.state.locale = askedLocale(req) ??
    await ctx.state.business().then(
      (business) => business.defaultLocale,
      () => DEFAULT_LOCALE,
    );
  ctx.state.t = translator(ctx.state.locale);
  ctx.state.theme = themeFromCookie(req.headers.get("cookie"));
  const seed = readCsrfSeed(req, secure);
  ctx.state.csrf = await csrfToken(keys, seed.seed);
  ctx.state.csrfSeed = seed;
  ctx.state.flash = readFlash(req, secure);

  const res = withHeaders(await ctx.next(), secure);
  const setCookies = res.headers.getSetCookie().join("\n");
  if (seed.fresh && !setCookies.includes("portico_csrf=")) {
    setCsrfSeed(res.headers, seed.seed, secure);
  }
  if (
    ctx.state.flash && res.status < 300 &&
    !setCookies.includes("portico_flash=")
  ) {
    clearFlash(res.headers, secure);
  }
  renewSessionCookies(req, ctx.state, res.headers, setCookies, secure);
  setCacheHeaders(req, ctx.state, res.headers);
  return res;
}

/**
 * A page shows the language of the cookie, the browser or the signed-in
 * person, and that person's own data: a shared cache must key it by the
 * cookie (and by `Accept-Language` when that chose the language), and
 * nothing may keep a signed-in person's answer at all. Answers meant for
 * everyone (`public`, e.g. a script) stay as they are.
 */
function setCacheHeaders(req: Request, state: State, headers: Headers) {
  const user = state.staffSession?.user ?? state.contactSession?.user;
  addVary(headers, "Cookie");
  if (!isLocale(user?.locale) && localeIsNegotiated(req)) {
    addVary(headers, "Accept-Language");
  }
  if (user && !/\bpublic\b/.test(headers.get("cache-control") ?? "")) {
    headers.set("cache-control", "private, no-store");
  }
}

/**
 * Refuses a NUL anywhere in the URL (400, a page or a JSON error) before
 * any route or query sees it: a text column cannot hold one.
 */
function refuseNul(_req: Request, ctx: FreshContext<State>) {
  if (urlHasNul(ctx.url.pathname + ctx.url.search)) {
    throw new InvalidQueryError("The address must not contain NUL characters.");
  }
  return ctx.next();
}

/**
 * What the route cannot take is answered before sessions, the body limit
 * and the CSRF check, none of which it should cost or depend on: a method
 * the route lacks is a 405 with `Allow` (a page, or under `/api` a JSON
 * error), OPTIONS a 204 with `Allow`, and a path no route has in a JSON
 * area (`/api`) a JSON 404.
 */
function routing(req: Request, ctx: FreshContext<State>) {
  if (ctx.destination === "notFound" && answersJson(req, ctx.url.pathname)) {
    throw new NotFoundError("No such address.");
  }
  if (ctx.destination !== "route") return ctx.next();
  if (req.method === "OPTIONS") {
    const allow = ctx.methods.join(", ");
    return Promise.resolve(
      new Response(null, { status: 204, headers: { allow } }),
    );
  }
  if (!ctx.methods.includes(req.method)) {
    throw new MethodNotAllowedError(ctx.methods);
  }
  return ctx.next();
}

/**
 * The signed-in person of the area (staff under /admin, portal contact
 * elsewhere), whose own language then wins. The first step that needs
 * the database: if it is away, this fails with a 503 inside `frame`.
 */
async function sessions(req: Request, ctx: FreshContext<State>) {
  const path = ctx.url.pathname;
  if (inArea(path, "/api")) {
    return await ctx.next();
  }
  const { db, now } = ctx.state.services;
  const { secure } = ctx.state;
  const staffToken = inArea(path, "/admin") &&
    readSessionToken(req, "staff", secure);
  if (staffToken) {
    ctx.state.staffSession = await findStaffSession(db, staffToken, now()) ??
      undefined;
  }
  // Under /admin the portal session is read only when there is no staff
  // one: a signed-in client is refused there (403), not asked to sign in.
  if (!ctx.state.staffSession) {
    const token = readSessionToken(req, "contact", secure);
    if (token) {
      ctx.state.contactSession = await findContactSession(db, token, now()) ??
        undefined;
    }
  }
  const user = ctx.state.staffSession?.user ?? ctx.state.contactSession?.user;
  if (isLocale(user?.locale)) {
    ctx.state.locale = user.locale;
    ctx.state.t = translator(user.locale);
  }
  return await ctx.next();
}

function renewSessionCookies(
  req: Request,
  state: State,
  headers: Headers,
  alreadySet: string,
  secure: boolean,
) {
  if (
    alreadySet.includes("portico_staff=") ||
    alreadySet.includes("portico_client=")
  ) return;
  if (state.staffSession?.renewed) {
    setSessionCookie(
      headers,
      "staff",
      readSessionToken(req, "staff", secure)!,
      secure,
    );
  }
  if (state.contactSession?.renewed) {
    setSessionCookie(
      headers,
      "contact",
      readSessionToken(req, "contact", secure)!,
      secure,
    );
  }
}

/**
 * Refuses a body over the limit (lib/http/body_limit.ts) with 413 before
 * anything reads it, the CSRF check included: a localised page, or under
 * `/api` a JSON error. Runs inside `frame`, so the answer still gets the
 * security headers and the visitor's language.
 */
async function bodyLimit(req: Request, ctx: FreshContext<State>) {
  const limit = bodyLimitFor(ctx.url.pathname);
  try {
    ctx.req = await limitBody(req, limit);
  } catch (error) {
    if (
      error instanceof PayloadTooLargeError && limit === MAX_API_BODY_BYTES
    ) {
      return jsonError(413, error.code, error.message);
    }
    throw error;
  }
  return await ctx.next();
}

/**
 * Refuses state changes without a valid CSRF token (APIs authenticate
 * otherwise). The booking widget's form has a token bound to no cookie,
 * so it acts as nobody: a session its cookies bring along is dropped.
 */
async function csrfGuard(req: Request, ctx: FreshContext<State>) {
  if (
    ctx.destination === "route" && UNSAFE.has(req.method) &&
    !inArea(ctx.url.pathname, "/api")
  ) {
    const { config, keys, now } = ctx.state.services;
    const allowed = [new URL(config.appUrl).origin, ctx.url.origin];
    const widget = isWidgetForm(ctx.url);
    if (widget) {
      ctx.state.staffSession = undefined;
      ctx.state.contactSession = undefined;
    }
    const valid = widget
      ? await isWidgetFormValid(req, keys, allowed, now())
      : await isCsrfValid(req, keys, ctx.state.csrfSeed, allowed);
    if (!valid) {
      throw new ForbiddenError(
        "The form could not be accepted.",
        "CSRF_REJECTED",
      );
    }
  }
  return await ctx.next();
}

function withHeaders(res: Response, secure: boolean): Response {
  // Responses from Response.redirect() or fetch() have immutable headers.
  const mutable = isMutable(res.headers) ? res : new Response(res.body, res);
  setSecurityHeaders(mutable.headers, secure);
  return mutable;
}

function isMutable(headers: Headers): boolean {
  try {
    headers.set("x-content-type-options", "nosniff");
    return true;
  } catch {
    return false;
  }
}

export const handler = [
  frame,
  refuseNul,
  routing,
  sessions,
  bodyLimit,
  csrfGuard,
];
