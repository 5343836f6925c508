/**
 * Signed license tokens: base64url(JSON payload) "." base64url(Ed25519
 * signature). A client that pinned the server's public key can trust a
 * cached token offline; anyone can verify one with only that key.
 */
import { type KeyObject, sign } from "node:crypto";
import { base64url, fromBase64url } from "../crypto.ts";

export interface LicenseTokenPayload {
  /** License id. */
  lid: string;
  product: string;
  domain: string;
  type: "full" | "trial";
  status: "active" | "revoked" | "expired";
  expires_at: string | null;
  issued_at: string;
  /** issued_at + 8 days: how long a client may lean on this answer. */
  valid_until: string;
}

export const TOKEN_LIFETIME_MS = 8 * 24 * 3600 * 1000;

const encoder = new TextEncoder();

/**
 * Signs a payload with the server's private key. Synchronous through
 * `node:crypto`: Web Crypto's promise-based signing cost several times as
 * much per call on the license API's busiest path.
 */
export function signLicenseToken(
  privateKey: KeyObject,
  payload: LicenseTokenPayload,
): string {
  const body = base64url(encoder.encode(JSON.stringify(payload)));
  const signature = sign(null, encoder.encode(body), privateKey);
  return `${body}.${base64url(new Uint8Array(signature))}`;
}

/** The payload when `token` carries a valid signature by `publicJwk`, else null. */
export async function verifyLicenseToken(
  publicJwk: JsonWebKey,
  token: string,
): Promise<LicenseTokenPayload | null> {
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  try {
    const key = await crypto.subtle.importKey(
      "jwk",
      publicJwk,
      "Ed25519",
      false,
      ["verify"],
    );
    const valid = await crypto.subtle.verify(
      "Ed25519",
      key,
      fromBase64url(signature),
      encoder.encode(body),
    );
    return valid ? readLicenseToken(token) : null;
  } catch {
    return null;
  }
}

/**
 * The payload of `token` without checking its signature: only for tokens
 * verified before they were stored under the app's own seal.
 */
export function readLicenseToken(token: string): LicenseTokenPayload | null {
  try {
    const body = token.split(".")[0];
    return JSON.parse(new TextDecoder().decode(fromBase64url(body)));
  } catch {
    return null;
  }
}
