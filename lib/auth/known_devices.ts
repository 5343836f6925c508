/**
 * Known devices: a browser that signed in to an account keeps a cookie,
 * signed with the app's keys, that names the account (up to five per
 * browser, most recent first, for a shared office computer). A password
 * attempt from such a browser draws on its own small failure budget
 * instead of the account's, so failures strangers run up elsewhere never
 * keep the holder out of a device they use (lib/auth/sign_in_limits.ts).
 * The cookie grants nothing else: the password is checked as always.
 */
import type { Keyring } from "../crypto.ts";
import { randomToken } from "../crypto.ts";
import type { Realm } from "./sessions.ts";

/** Cookie name per realm (prefixed with `__Host-` over https). */
export const DEVICE_COOKIE: Record<Realm, string> = {
  staff: "portico_device_staff",
  contact: "portico_device_client",
};

/**
 * How long a device stays known after its last sign-in. Browsers cap a
 * cookie at 400 days; the signed date also ends a copied cookie's use.
 */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 3600;

const MAX_ACCOUNTS = 5;
const ID = /^[A-Za-z0-9_-]{22}$/;
const ACCOUNT_ID = /^[0-9a-f-]{36}$/;

export interface KnownDevice {
  /** Random, chosen at the browser's first sign-in. */
  id: string;
  /** Accounts that signed in on it, most recent first. */
  accountIds: string[];
}

const purpose = (realm: Realm) => `known-device:${realm}`;

/**
 * The device a cookie value describes, or null when it is missing,
 * malformed, signed by other keys or for the other realm, or too old.
 * Format: `id.issuedAtSeconds.accountId~accountId….mac`.
 */
export async function readKnownDevice(
  keys: Keyring,
  realm: Realm,
  value: string | undefined,
  now: Date,
): Promise<KnownDevice | null> {
  const parts = value && value.length <= 512 ? value.split(".") : [];
  if (parts.length !== 4) return null;
  const [id, issuedAt, accounts, mac] = parts;
  const accountIds = accounts.split("~");
  if (
    !ID.test(id) || !/^\d{1,12}$/.test(issuedAt) ||
    !accountIds.every((a) => ACCOUNT_ID.test(a))
  ) return null;
  const age = now.getTime() / 1000 - Number(issuedAt);
  if (age > DEVICE_COOKIE_MAX_AGE_SECONDS) return null;
  const signed = `${id}.${issuedAt}.${accounts}`;
  if (!await keys.verify(purpose(realm), signed, mac)) return null;
  return { id, accountIds };
}

/**
 * The cookie value after `accountId` signed in on `device` (or on a
 * browser not known yet): the account first, the date renewed.
 */
export async function rememberDevice(
  keys: Keyring,
  realm: Realm,
  device: KnownDevice | null,
  accountId: string,
  now: Date,
): Promise<{ device: KnownDevice; cookie: string }> {
  const remembered = {
    id: device?.id ?? randomToken(16),
    accountIds: [
      accountId,
      ...(device?.accountIds ?? []).filter((id) => id !== accountId),
    ].slice(0, MAX_ACCOUNTS),
  };
  const signed = `${remembered.id}.${Math.floor(now.getTime() / 1000)}.${
    remembered.accountIds.join("~")
  }`;
  const mac = await keys.sign(purpose(realm), signed);
  return { device: remembered, cookie: `${signed}.${mac}` };
}
