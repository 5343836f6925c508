/** The session cookie of each realm: set at sign-in, renewed, cleared. */
import {
  type Realm,
  SESSION_COOKIE,
  SESSION_TTL_MS,
} from "../auth/sessions.ts";
import { deleteCookie, readAppCookie, setCookie } from "./cookies.ts";

export function readSessionToken(req: Request, realm: Realm, secure: boolean) {
  return readAppCookie(req, SESSION_COOKIE[realm], secure);
}

export function setSessionCookie(
  headers: Headers,
  realm: Realm,
  token: string,
  secure: boolean,
): void {
  setCookie(headers, SESSION_COOKIE[realm], token, {
    secure,
    maxAge: SESSION_TTL_MS[realm] / 1000,
  });
}

export function clearSessionCookie(
  headers: Headers,
  realm: Realm,
  secure: boolean,
) {
  deleteCookie(headers, SESSION_COOKIE[realm], secure);
}
