/**
 * Small cryptographic helpers on Web Crypto and node:crypto: random tokens,
 * SHA-256, HMAC with keys derived from the app secret, constant-time
 * comparison, and scrypt password hashes.
 */
import { Buffer } from "node:buffer";
import {
  createHash,
  createHmac,
  scrypt,
  timingSafeEqual as nodeTimingSafeEqual,
} from "node:crypto";

const encoder = new TextEncoder();

// Node's Buffer codecs are native; a byte-by-byte btoa loop cost a few
// microseconds per token on the license API's path.
const view = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function base64(bytes: Uint8Array): string {
  return view(bytes).toString("base64");
}

export function base64url(bytes: Uint8Array): string {
  return view(bytes).toString("base64url");
}

export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(Buffer.from(text, "base64url"));
}

/** `bytes` of CSPRNG output, base64url (32 bytes = 256 bits by default). */
export function randomToken(bytes = 32): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/**
 * Hex SHA-256 of a string: how tokens are stored. node:crypto hashes in
 * about a microsecond; Web Crypto's async digest costs ~75 µs here, which
 * mattered on every session lookup and heartbeat.
 */
export function sha256Hex(text: string): Promise<string> {
  return Promise.resolve(sha256HexSync(text));
}

/** `sha256Hex` without the promise, for paths that never wait. */
export function sha256HexSync(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Compares two strings without revealing where they differ. */
export function timingSafeEqual(a: string, b: string): boolean {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  if (left.length !== right.length) {
    // Still spend the time of a comparison.
    nodeTimingSafeEqual(left, left);
    return false;
  }
  return nodeTimingSafeEqual(left, right);
}

/** HMAC-SHA256 keys, one per purpose, derived from the app secret with HKDF. */
export class Keyring {
  #hmacKeys = new Map<string, Promise<Uint8Array>>();
  #base: Promise<CryptoKey>;

  constructor(secret: string) {
    this.#base = crypto.subtle.importKey(
      "raw",
      encoder.encode(secret),
      "HKDF",
      false,
      ["deriveKey", "deriveBits"],
    );
  }

  /** Raw key bytes for `purpose` (e.g. an AES key). */
  async bits(purpose: string, length = 256): Promise<ArrayBuffer> {
    return await crypto.subtle.deriveBits(
      {
        name: "HKDF",
        hash: "SHA-256",
        salt: encoder.encode("portico"),
        info: encoder.encode(purpose),
      },
      await this.#base,
      length,
    );
  }

  #aesKeys = new Map<string, Promise<CryptoKey>>();

  #aesKey(purpose: string): Promise<CryptoKey> {
    let key = this.#aesKeys.get(purpose);
    if (!key) {
      key = this.bits(`aes:${purpose}`).then((raw) =>
        crypto.subtle.importKey("raw", raw, "AES-GCM", false, [
          "encrypt",
          "decrypt",
        ])
      );
      this.#aesKeys.set(purpose, key);
    }
    return key;
  }

  /** AES-256-GCM with a random IV; base64url of IV + ciphertext. */
  async encrypt(purpose: string, plaintext: string): Promise<string> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = await crypto.subtle.encrypt(
      { name: "AES-GCM", iv },
      await this.#aesKey(purpose),
      encoder.encode(plaintext),
    );
    const out = new Uint8Array(12 + sealed.byteLength);
    out.set(iv);
    out.set(new Uint8Array(sealed), 12);
    return base64url(out);
  }

  /** Opens `encrypt`'s output; throws when it was altered or sealed under another key. */
  async decrypt(purpose: string, sealed: string): Promise<string> {
    const bytes = fromBase64url(sealed);
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: bytes.slice(0, 12) },
      await this.#aesKey(purpose),
      bytes.slice(12),
    );
    return new TextDecoder().decode(plain);
  }

  #hmacKey(purpose: string): Promise<Uint8Array> {
    let key = this.#hmacKeys.get(purpose);
    if (!key) {
      key = this.bits(`hmac:${purpose}`).then((raw) => new Uint8Array(raw));
      this.#hmacKeys.set(purpose, key);
    }
    return key;
  }

  /** base64url HMAC-SHA256 of `message` under the key for `purpose`. */
  async sign(purpose: string, message: string): Promise<string> {
    // node:crypto's HMAC is synchronous and fast; the CSRF token of every
    // page is one of these.
    const mac = createHmac("sha256", await this.#hmacKey(purpose)).update(
      message,
    ).digest();
    return base64url(new Uint8Array(mac));
  }

  /** True when `mac` is the HMAC of `message` for `purpose`. */
  async verify(
    purpose: string,
    message: string,
    mac: string,
  ): Promise<boolean> {
    return timingSafeEqual(await this.sign(purpose, message), mac);
  }
}

// scrypt with N=2^15, r=8: 32 MiB of memory per hash, about 0.1 s here.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 };

function scryptBytes(
  password: string,
  salt: Uint8Array,
  params: typeof SCRYPT,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize("NFKC"),
      salt,
      params.keyLength,
      {
        N: params.N,
        r: params.r,
        p: params.p,
        maxmem: 128 * params.N * params.r * 2,
      },
      (error, key) => error ? reject(error) : resolve(new Uint8Array(key)),
    )
  );
}

/** `scrypt$N$r$p$salt$hash`, self-describing so parameters can grow. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await scryptBytes(password, salt, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${base64url(salt)}$${
    base64url(hash)
  }`;
}

/**
 * Checks a password against a stored hash. With no hash (unknown account)
 * it still does the work, so the answer takes the same time either way.
 */
export async function verifyPassword(
  password: string,
  stored: string | null | undefined,
): Promise<boolean> {
  const parts = stored?.split("$");
  if (!parts || parts.length !== 6 || parts[0] !== "scrypt") {
    await scryptBytes(password, new Uint8Array(16), SCRYPT);
    return false;
  }
  const [, n, r, p, salt, hash] = parts;
  const params = { N: Number(n), r: Number(r), p: Number(p), keyLength: 32 };
  const actual = await scryptBytes(password, fromBase64url(salt), params);
  return timingSafeEqual(base64url(actual), hash);
}
