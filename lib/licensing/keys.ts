/**
 * License keys: 27 random Crockford base32 characters (135 bits minus
 * the few a letter check costs, below) after a product prefix, with a
 * check character, grouped in fours for people: `BOOKING-7K3M-…-Q8ZC`.
 * The check character (mod 37, as Crockford specifies) tells a mistyped
 * key from an unknown one without a lookup.
 *
 * Crockford's check alphabet adds `* ~ $ = U` for the values 32–36, and
 * keys issued before were allowed to end in one; mail clients, chat apps
 * and auto-linkers drop such a last character. New keys are therefore
 * drawn again until their check value is below 32, so every character is
 * a letter or digit and the check still reads the same way (one parser,
 * every issued key stays valid). A pasted old key whose symbol was lost
 * on the way is recognised by its missing check character.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CHECK_ALPHABET = ALPHABET + "*~$=U";
/** The check characters copying tends to lose, all from keys issued before. */
const DROPPABLE_CHECKS = "*~$=";
const DATA_LENGTH = 27;

export interface ParsedKey {
  prefix: string;
  /** The canonical form, as issued: what is hashed and shown. */
  canonical: string;
}

function checkValue(data: string): number {
  let value = 0n;
  for (const char of data) value = value * 32n + BigInt(ALPHABET.indexOf(char));
  return Number(value % 37n);
}

function group(text: string): string {
  return text.match(/.{1,4}/g)!.join("-");
}

/** The key prefix for a product: its module key in capitals. */
export function keyPrefix(product: string): string {
  return product.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** A new random key for `product`: letters, digits and dashes only. */
export function generateLicenseKey(product: string): string {
  for (;;) {
    const random = crypto.getRandomValues(new Uint8Array(DATA_LENGTH));
    const data = Array.from(random, (byte) => ALPHABET[byte & 31]).join("");
    // 32 of 37 draws pass: about 0.2 bits less randomness, ~134.8 left.
    const check = checkValue(data);
    if (check < ALPHABET.length) {
      return `${keyPrefix(product)}-${group(data + ALPHABET[check])}`;
    }
  }
}

/**
 * Invisible characters a copy from a web page, chat or mail brings along
 * (zero-width spaces and joiners, the byte order mark, soft hyphens).
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Dashes word processors and chat apps put in place of a hyphen. */
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * Reads a key as people type or paste it (any case, spaces or dashes
 * anywhere, whitespace around it, O for 0 and I/L for 1); null when it
 * cannot be a key of ours.
 *
 * @example parseLicenseKey("  booking-7k3m-…  ")?.canonical // "BOOKING-7K3M-…"
 */
export function parseLicenseKey(input: string): ParsedKey | null {
  const trimmed = input.replace(INVISIBLE, "").replace(DASHES, "-").trim()
    .toUpperCase();
  const dash = trimmed.indexOf("-");
  if (dash < 1 || trimmed.length > 120) return null;
  const prefix = trimmed.slice(0, dash);
  if (!/^[A-Z0-9]{2,40}$/.test(prefix)) return null;
  const body = trimmed.slice(dash + 1).replace(/[\s-]/g, "")
    .replace(/O/g, "0").replace(/[IL]/g, "1");
  const data = body.slice(0, DATA_LENGTH);
  if (
    data.length !== DATA_LENGTH ||
    ![...data].every((c) => ALPHABET.includes(c))
  ) {
    return null;
  }
  const check = CHECK_ALPHABET[checkValue(data)];
  const typedCheck = body.slice(DATA_LENGTH);
  // Without its check character the key can only be an old one whose
  // symbol got lost; a new key always has its letter or digit.
  const complete = typedCheck === check ||
    (typedCheck === "" && DROPPABLE_CHECKS.includes(check));
  if (!complete) return null;
  return { prefix, canonical: `${prefix}-${group(data + check)}` };
}

/** What admin lists show of a key: the prefix and first group. */
export function displayPrefix(canonical: string): string {
  return canonical.split("-").slice(0, 2).join("-") + "-…";
}
