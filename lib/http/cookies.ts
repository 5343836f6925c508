/**
 * Reading and writing cookies on plain `Request`/`Headers`. Cookies are
 * HttpOnly and SameSite=Lax unless said otherwise, and Secure (with the
 * `__Host-` prefix) when the app is served over https.
 */
import { parse, serialize } from "hono/utils/cookie";

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.get("cookie");
  if (!header) return undefined;
  return parse(header, name)[name];
}

export interface CookieOptions {
  /** Seconds; omit for a browser-session cookie, 0 to delete. */
  maxAge?: number;
  httpOnly?: boolean;
  secure: boolean;
}

/** The cookie's name on the wire: `__Host-` prefixed when secure. */
export function cookieName(name: string, secure: boolean): string {
  return secure ? `__Host-${name}` : name;
}

export function setCookie(
  headers: Headers,
  name: string,
  value: string,
  options: CookieOptions,
): void {
  headers.append(
    "set-cookie",
    serialize(cookieName(name, options.secure), value, {
      path: "/",
      httpOnly: options.httpOnly ?? true,
      sameSite: "Lax",
      secure: options.secure,
      maxAge: options.maxAge,
    }),
  );
}

export function deleteCookie(
  headers: Headers,
  name: string,
  secure: boolean,
): void {
  setCookie(headers, name, "", { maxAge: 0, secure });
}

/** Reads a cookie written by `setCookie` with the same `secure` flag. */
export function readAppCookie(req: Request, name: string, secure: boolean) {
  return readCookie(req, cookieName(name, secure));
}
