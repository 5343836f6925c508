/** The visitor's language choice, kept in a cookie for a year. */
import {
  isLocale,
  type Locale,
  localeFromAcceptLanguage,
  resolveLocale,
} from "../i18n/mod.ts";
import { readCookie } from "./cookies.ts";

export const LOCALE_COOKIE = "lang";

export function setLocaleCookie(
  headers: Headers,
  locale: Locale,
  secure: boolean,
) {
  // Not prefixed: readable by name whatever the scheme, and not secret.
  headers.append(
    "set-cookie",
    `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax${
      secure ? "; Secure" : ""
    }`,
  );
}

/**
 * True when the language comes from `Accept-Language`: no language cookie
 * chose one (a signed-in person's own setting aside).
 */
export function localeIsNegotiated(req: Request): boolean {
  return !isLocale(readCookie(req, LOCALE_COOKIE));
}

/**
 * The language a request asks for without knowing who sent it: the
 * language cookie, then `Accept-Language`. A signed-in person's own
 * setting (from the database) may override it later.
 */
export function requestLocale(req: Request): Locale {
  return resolveLocale({
    cookie: readCookie(req, LOCALE_COOKIE),
    acceptLanguage: req.headers.get("accept-language"),
  });
}

/**
 * The language the visitor asked for (the cookie, then `Accept-Language`),
 * or undefined when neither names one of ours: the business's language
 * applies then.
 */
export function askedLocale(req: Request): Locale | undefined {
  const cookie = readCookie(req, LOCALE_COOKIE);
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage(req.headers.get("accept-language"));
}
