/**
 * Which VAT an invoice charges, decided per buyer by one rule table, for
 * a seller established in Germany selling software (electronically
 * supplied services, §3a Abs. 5 UStG / Art. 58 VAT Directive).
 *
 * The rules, first match wins:
 *
 * | # | seller / buyer                                         | treatment        | rate                   | note on the invoice                  |
 * |---|--------------------------------------------------------|------------------|------------------------|--------------------------------------|
 * | 1 | seller is a small business (§19 UStG)                  | `small_business` | 0                      | §19 UStG                             |
 * | 2 | buyer in Germany                                       | `domestic`       | German standard rate   | —                                    |
 * | 3 | buyer in another EU state with a VAT ID of its format  | `reverse_charge` | 0                      | reverse charge + the buyer's VAT ID  |
 * | 4 | other EU buyer, seller below €10,000 and not in OSS    | `domestic`       | German standard rate   | —                                    |
 * | 5 | other EU buyer (consumer or business without VAT ID)   | `oss`            | buyer state's standard | —                                    |
 * | 6 | buyer outside the EU                                   | `export`         | 0                      | not taxable in Germany               |
 *
 * Rates come from the dated table below: the rate in force on the date
 * of supply, so an invoice for a past date uses the rate of that date.
 */
import type { VatTreatment } from "../db/schema.ts";
import { ValidationError } from "../errors.ts";
import { isCountryCode, isEuMemberState } from "./countries.ts";
import { normaliseVatId } from "./vat_ids.ts";

export type { VatTreatment };

/** A standard rate (basis points: 1900 = 19 %) in force from `from` (inclusive). */
interface RatePeriod {
  from: string;
  basisPoints: number;
}

/**
 * Standard VAT rates of the EU-27, which apply to electronically supplied
 * services, with their changes since 2020, oldest first.
 *
 * Source: European Commission, DG TAXUD, "VAT rates applied in the Member
 * States of the European Union" (taxation-customs.ec.europa.eu, situation
 * at 1 January 2025) and the national changes announced for 2025:
 * Estonia 24 % from 2025-07-01, Romania 21 % from 2025-08-01.
 * Checked: 2025-08-01. Re-check at least every January and July and
 * add a period (never edit an old one: past invoices depend on it).
 */
export const STANDARD_RATES: Readonly<Record<string, readonly RatePeriod[]>> = {
  AT: [{ from: "2020-01-01", basisPoints: 2000 }],
  BE: [{ from: "2020-01-01", basisPoints: 2100 }],
  BG: [{ from: "2020-01-01", basisPoints: 2000 }],
  CY: [{ from: "2020-01-01", basisPoints: 1900 }],
  CZ: [{ from: "2020-01-01", basisPoints: 2100 }],
  DE: [
    { from: "2020-01-01", basisPoints: 1900 },
    // Temporary cut for the pandemic (Zweites Corona-Steuerhilfegesetz).
    { from: "2020-07-01", basisPoints: 1600 },
    { from: "2021-01-01", basisPoints: 1900 },
  ],
  DK: [{ from: "2020-01-01", basisPoints: 2500 }],
  EE: [
    { from: "2020-01-01", basisPoints: 2000 },
    { from: "2024-01-01", basisPoints: 2200 },
    { from: "2025-07-01", basisPoints: 2400 },
  ],
  ES: [{ from: "2020-01-01", basisPoints: 2100 }],
  FI: [
    { from: "2020-01-01", basisPoints: 2400 },
    { from: "2024-09-01", basisPoints: 2550 },
  ],
  FR: [{ from: "2020-01-01", basisPoints: 2000 }],
  GR: [{ from: "2020-01-01", basisPoints: 2400 }],
  HR: [{ from: "2020-01-01", basisPoints: 2500 }],
  HU: [{ from: "2020-01-01", basisPoints: 2700 }],
  IE: [
    { from: "2020-01-01", basisPoints: 2300 },
    { from: "2020-09-01", basisPoints: 2100 },
    { from: "2021-03-01", basisPoints: 2300 },
  ],
  IT: [{ from: "2020-01-01", basisPoints: 2200 }],
  LT: [{ from: "2020-01-01", basisPoints: 2100 }],
  LU: [
    { from: "2020-01-01", basisPoints: 1700 },
    { from: "2023-01-01", basisPoints: 1600 },
    { from: "2024-01-01", basisPoints: 1700 },
  ],
  LV: [{ from: "2020-01-01", basisPoints: 2100 }],
  MT: [{ from: "2020-01-01", basisPoints: 1800 }],
  NL: [{ from: "2020-01-01", basisPoints: 2100 }],
  PL: [{ from: "2020-01-01", basisPoints: 2300 }],
  PT: [{ from: "2020-01-01", basisPoints: 2300 }],
  RO: [
    { from: "2020-01-01", basisPoints: 1900 },
    { from: "2025-08-01", basisPoints: 2100 },
  ],
  SE: [{ from: "2020-01-01", basisPoints: 2500 }],
  SI: [{ from: "2020-01-01", basisPoints: 2200 }],
  SK: [
    { from: "2020-01-01", basisPoints: 2000 },
    { from: "2025-01-01", basisPoints: 2300 },
  ],
};

/** The earliest date the table covers. */
const TABLE_START = "2020-01-01";

/**
 * The standard rate of member state `country` on `date` (YYYY-MM-DD, the
 * date of supply in the seller's time zone).
 */
export function standardRate(country: string, date: string): number {
  const periods = STANDARD_RATES[country];
  if (!periods) throw new RangeError(`${country} is not an EU member state`);
  if (date < TABLE_START) {
    throw new RangeError(`no VAT rates before ${TABLE_START}`);
  }
  let rate = periods[0].basisPoints;
  for (const period of periods) {
    if (period.from <= date) rate = period.basisPoints;
  }
  return rate;
}

/** What the seller's settings say about its VAT status. */
export interface SellerVatStatus {
  smallBusiness: boolean;
  belowOssThreshold: boolean;
}

export interface Buyer {
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** As typed; empty for a consumer or a business without one. */
  vatId?: string;
}

export interface VatDecision {
  treatment: VatTreatment;
  rateBasisPoints: number;
  /** Whose rate: DE, the buyer's member state, or null when none is charged. */
  rateCountry: string | null;
  /** The buyer's VAT ID, canonical; only kept for reverse charge. */
  buyerVatId: string | null;
}

/**
 * Applies the rule table (module comment) to one buyer on `supplyDate`.
 * An unknown country, or a VAT ID that is not of the buyer's EU country's
 * format, is a `ValidationError` on `country` or `vatId`: a typo must not silently turn reverse
 * charge into VAT (or the other way).
 *
 * @example decideVat({ smallBusiness: false, belowOssThreshold: false }, { country: "FR", vatId: "FR40303265045" }, "2027-04-01")
 * // { treatment: "reverse_charge", rateBasisPoints: 0, rateCountry: null, buyerVatId: "FR40303265045" }
 */
export function decideVat(
  seller: SellerVatStatus,
  buyer: Buyer,
  supplyDate: string,
): VatDecision {
  const country = buyer.country.toUpperCase();
  if (!isCountryCode(country)) {
    throw new ValidationError({ country: "billing.country.unknown" });
  }
  const typedVatId = buyer.vatId?.trim() ?? "";
  let vatId: string | null = null;
  if (typedVatId) {
    const checked = normaliseVatId(country, typedVatId);
    if ("problem" in checked) {
      // Outside the EU a VAT ID changes nothing: it is not refused.
      if (checked.problem !== "billing.vatId.notEu") {
        throw new ValidationError({ vatId: checked.problem });
      }
    } else vatId = checked.vatId;
  }
  const none = (treatment: VatTreatment): VatDecision => ({
    treatment,
    rateBasisPoints: 0,
    rateCountry: null,
    buyerVatId: treatment === "reverse_charge" ? vatId : null,
  });
  const charged = (
    treatment: VatTreatment,
    rateCountry: string,
  ): VatDecision => ({
    treatment,
    rateBasisPoints: standardRate(rateCountry, supplyDate),
    rateCountry,
    buyerVatId: null,
  });
  if (seller.smallBusiness) return none("small_business");
  if (country === "DE") return charged("domestic", "DE");
  if (isEuMemberState(country)) {
    if (vatId) return none("reverse_charge");
    if (seller.belowOssThreshold) return charged("domestic", "DE");
    return charged("oss", country);
  }
  return none("export");
}

/**
 * VAT on a net amount in cents at a rate in basis points, rounded half
 * away from zero, so a credit note's VAT is exactly its invoice's negated.
 */
export function vatOf(netCents: number, rateBasisPoints: number): number {
  const vat = Math.round(Math.abs(netCents) * rateBasisPoints / 10000);
  return netCents < 0 ? -vat : vat;
}
