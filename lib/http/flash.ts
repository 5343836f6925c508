/**
 * One-shot messages across a POST → 303 → GET: the POST handler sets a
 * cookie naming a catalog message, the next page shows it and clears it.
 */
import {
  isMessageKey,
  type MessageKey,
  type MessageParams,
} from "../i18n/mod.ts";
import { base64url, fromBase64url } from "../crypto.ts";
import { deleteCookie, readAppCookie, setCookie } from "./cookies.ts";

export interface Flash {
  kind: "success" | "error" | "warning";
  message: MessageKey;
  params?: MessageParams;
}

const COOKIE = "portico_flash";

/** Adds a flash to a response (typically a redirect). */
export function setFlash(
  headers: Headers,
  flash: Flash,
  secure: boolean,
): void {
  const value = base64url(new TextEncoder().encode(JSON.stringify(flash)));
  setCookie(headers, COOKIE, value, { secure, maxAge: 60 });
}

/** Reads the pending flash, if any (only known message keys are accepted). */
export function readFlash(req: Request, secure: boolean): Flash | undefined {
  const value = readAppCookie(req, COOKIE, secure);
  if (!value) return undefined;
  try {
    const flash = JSON.parse(new TextDecoder().decode(fromBase64url(value)));
    if (
      ["success", "error", "warning"].includes(flash.kind) &&
      isMessageKey(flash.message)
    ) {
      return { kind: flash.kind, message: flash.message, params: flash.params };
    }
  } catch {
    // A mangled cookie is simply dropped.
  }
  return undefined;
}

export function clearFlash(headers: Headers, secure: boolean): void {
  deleteCookie(headers, COOKIE, secure);
}

/** A 303 redirect to `location`, optionally with a flash message. */
export function redirect(
  location: string,
  flash?: Flash,
  secure = false,
): Response {
  const headers = new Headers({ location });
  if (flash) setFlash(headers, flash, secure);
  return new Response(null, { status: 303, headers });
}
