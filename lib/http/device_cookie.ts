/** The known-device cookie of each realm: read at sign-in, renewed at each. */
import {
  DEVICE_COOKIE,
  DEVICE_COOKIE_MAX_AGE_SECONDS,
} from "../auth/known_devices.ts";
import type { Realm } from "../auth/sessions.ts";
import { readAppCookie, setCookie } from "./cookies.ts";

export function readDeviceCookie(
  req: Request,
  realm: Realm,
  secure: boolean,
): string | undefined {
  return readAppCookie(req, DEVICE_COOKIE[realm], secure);
}

export function setDeviceCookie(
  headers: Headers,
  realm: Realm,
  value: string,
  secure: boolean,
): void {
  setCookie(headers, DEVICE_COOKIE[realm], value, {
    secure,
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
}
