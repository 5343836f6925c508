/**
 * The license server's Ed25519 key pair, made on first use and kept in
 * `options` with the private half encrypted under the app secret. Every
 * instance on the database converges on the first pair written.
 */
import { createPrivateKey, type KeyObject } from "node:crypto";
import type { Database } from "../db/database.ts";
import type { Keyring } from "../crypto.ts";
import { readOption } from "../options.ts";

const OPTION = "licensing.signing_key";

export interface SigningKey {
  privateKey: KeyObject;
  publicJwk: JsonWebKey;
}

interface StoredKey {
  publicJwk: JsonWebKey;
  /** Encrypted JSON of the private JWK. */
  privateSealed: string;
}

async function open(keys: Keyring, stored: StoredKey): Promise<SigningKey> {
  const privateJwk = JSON.parse(
    await keys.decrypt("license-signing-key", stored.privateSealed),
  );
  const privateKey = createPrivateKey({ key: privateJwk, format: "jwk" });
  return { privateKey, publicJwk: stored.publicJwk };
}

/** The server's signing key, created if none exists yet. */
export async function getSigningKey(
  db: Database,
  keys: Keyring,
): Promise<SigningKey> {
  const existing = await readOption(db, OPTION);
  if (existing) return await open(keys, JSON.parse(existing));
  const pair = await crypto.subtle.generateKey("Ed25519", true, [
    "sign",
    "verify",
  ]) as CryptoKeyPair;
  const publicJwk = await crypto.subtle.exportKey("jwk", pair.publicKey);
  const privateJwk = await crypto.subtle.exportKey("jwk", pair.privateKey);
  const stored: StoredKey = {
    publicJwk: { kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x },
    privateSealed: await keys.encrypt(
      "license-signing-key",
      JSON.stringify(privateJwk),
    ),
  };
  await db.insertInto("options").values({
    name: OPTION,
    value: JSON.stringify(stored),
  })
    .onConflict((oc) => oc.column("name").doNothing()).execute();
  // Another instance may have won the insert: use whatever is stored.
  return await open(keys, JSON.parse((await readOption(db, OPTION))!));
}
