/**
 * Signed license tokens: base64url(JSON payload) "." base64url(Ed25519
 * signature). A client that pinned the server's public key can trust a
 * cached token offline; anyone can verify one with only that key.
 */
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

/** Signs a payload with the server's private key. */
export async function signLicenseToken(
  privateKey: CryptoKey,
  payload: LicenseTokenPayload,
): Promise<string> {
  const body = base64url(encoder.encode(JSON.stringify(payload)));
  const signature = await crypto.subtle.sign(
    "Ed25519",
    privateKey,
    encoder.encode(body),
  );
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
    if (!valid) return null;
    return JSON.parse(new TextDecoder().decode(fromBase64url(body)));
  } catch {
    return null;
  }
}
