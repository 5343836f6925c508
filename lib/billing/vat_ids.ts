/**
 * VAT identification numbers of EU member states: normalised and checked
 * for the format each state issues (the structure VIES documents). A
 * valid format says nothing about whether the number exists; that needs
 * an online VIES query, which this module does not make.
 */
import { isEuMemberState } from "./countries.ts";

/** VAT ID prefix per member state where it is not the ISO code. */
const PREFIX_EXCEPTIONS: Record<string, string> = { GR: "EL" };

/** The number after the prefix, per member state (ISO code). */
const VAT_ID_FORMATS: Record<string, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  ES: /^[0-9A-Z]\d{7}[0-9A-Z]$/,
  FI: /^\d{8}$/,
  FR: /^[0-9A-HJ-NP-Z]{2}\d{9}$/,
  GR: /^\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^(\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^[1-9]\d{1,9}$/,
  SE: /^\d{10}01$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
};

/** Every member state's prefix. */
const VAT_ID_PREFIXES = new Set(
  Object.keys(VAT_ID_FORMATS).map((country) =>
    PREFIX_EXCEPTIONS[country] ?? country
  ),
);

/** The prefix a VAT ID of `country` starts with ("EL" for Greece). */
export function vatIdPrefix(country: string): string {
  return PREFIX_EXCEPTIONS[country] ?? country;
}

/** Why a VAT ID cannot be used for `country`, as a message key. */
export type VatIdProblem =
  | "billing.vatId.notEu"
  | "billing.vatId.otherCountry"
  | "billing.vatId.format";

/**
 * The VAT ID in its canonical form (prefix, upper case, no spaces, dots
 * or dashes), or the reason it is not one of `country`. A number typed
 * without its prefix gets it.
 *
 * @example normaliseVatId("FR", "fr 40 303 265 045") // { vatId: "FR40303265045" }
 */
export function normaliseVatId(
  country: string,
  input: string,
): { vatId: string } | { problem: VatIdProblem } {
  if (!isEuMemberState(country)) return { problem: "billing.vatId.notEu" };
  const compact = input.toUpperCase().replace(/[\s.\-]/g, "");
  const prefix = vatIdPrefix(country);
  const format = VAT_ID_FORMATS[country];
  if (compact.startsWith(prefix) && format.test(compact.slice(2))) {
    return { vatId: compact };
  }
  // Another state's prefix is that state's number, even where the rest
  // would fit this state's format (a French number may start with letters).
  if (
    VAT_ID_PREFIXES.has(compact.slice(0, 2)) && compact.slice(0, 2) !== prefix
  ) {
    return { problem: "billing.vatId.otherCountry" };
  }
  return format.test(compact)
    ? { vatId: prefix + compact }
    : { problem: "billing.vatId.format" };
}
