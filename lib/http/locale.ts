/** The visitor's language choice, kept in a cookie for a year. */
import type { Locale } from "../i18n/mod.ts";

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
