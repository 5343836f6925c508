/**
 * License keys: 135 random bits in Crockford base32 after a product
 * prefix, with a check character, grouped in fours for people:
 * `BOOKING-7K3M-…-Q8ZC`. The check character (mod 37, as Crockford
 * specifies) tells a mistyped key from an unknown one without a lookup.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CHECK_ALPHABET = ALPHABET + "*~$=U";
const DATA_LENGTH = 27;

export interface ParsedKey {
  prefix: string;
  /** The canonical form, as issued: what is hashed and shown. */
  canonical: string;
}

function checkSymbol(data: string): string {
  let value = 0n;
  for (const char of data) value = value * 32n + BigInt(ALPHABET.indexOf(char));
  return CHECK_ALPHABET[Number(value % 37n)];
}

function group(text: string): string {
  return text.match(/.{1,4}/g)!.join("-");
}

/** The key prefix for a product: its module key in capitals. */
export function keyPrefix(product: string): string {
  return product.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** A new random key for `product`. */
export function generateLicenseKey(product: string): string {
  const random = crypto.getRandomValues(new Uint8Array(DATA_LENGTH));
  const data = Array.from(random, (byte) => ALPHABET[byte & 31]).join("");
  return `${keyPrefix(product)}-${group(data + checkSymbol(data))}`;
}

/**
 * Reads a key as people type it (any case, spaces or dashes anywhere,
 * O for 0 and I/L for 1); null when it cannot be a key of ours.
 */
export function parseLicenseKey(input: string): ParsedKey | null {
  const trimmed = input.trim().toUpperCase();
  const dash = trimmed.indexOf("-");
  if (dash < 1 || trimmed.length > 120) return null;
  const prefix = trimmed.slice(0, dash);
  if (!/^[A-Z0-9]{2,40}$/.test(prefix)) return null;
  const body = trimmed.slice(dash + 1).replace(/[\s-]/g, "")
    .replace(/O/g, "0").replace(/[IL]/g, "1");
  if (body.length !== DATA_LENGTH + 1) return null;
  const data = body.slice(0, DATA_LENGTH);
  if (![...data].every((c) => ALPHABET.includes(c))) return null;
  if (checkSymbol(data) !== body[DATA_LENGTH]) return null;
  return { prefix, canonical: `${prefix}-${group(body)}` };
}

/** What admin lists show of a key: the prefix and first group. */
export function displayPrefix(canonical: string): string {
  return canonical.split("-").slice(0, 2).join("-") + "-…";
}
