import assert from "node:assert/strict";
import { EU_MEMBER_STATES, isCountryCode } from "./countries.ts";
import {
  decideVat,
  type SellerVatStatus,
  STANDARD_RATES,
  standardRate,
  vatOf,
} from "./vat.ts";
import { normaliseVatId } from "./vat_ids.ts";
import { ValidationError } from "../errors.ts";

const REGULAR: SellerVatStatus = {
  smallBusiness: false,
  belowOssThreshold: false,
};
const SMALL: SellerVatStatus = {
  smallBusiness: true,
  belowOssThreshold: false,
};
const BELOW_THRESHOLD: SellerVatStatus = {
  smallBusiness: false,
  belowOssThreshold: true,
};

const TODAY = "2027-04-01";

/** The rule table of vat.ts, one row per case, with the date it applies on. */
const RULES: {
  rule: string;
  seller: SellerVatStatus;
  country: string;
  vatId?: string;
  date: string;
  treatment: string;
  rate: number;
  buyerVatId?: string;
}[] = [
  {
    rule: "1 small business, German buyer",
    seller: SMALL,
    country: "DE",
    date: TODAY,
    treatment: "small_business",
    rate: 0,
  },
  {
    rule: "1 small business, French company with VAT ID",
    seller: SMALL,
    country: "FR",
    vatId: "FR40303265045",
    date: TODAY,
    treatment: "small_business",
    rate: 0,
  },
  {
    rule: "2 German consumer",
    seller: REGULAR,
    country: "DE",
    date: TODAY,
    treatment: "domestic",
    rate: 1900,
  },
  {
    rule: "2 German company with VAT ID: still German VAT",
    seller: REGULAR,
    country: "de",
    vatId: "DE123456789",
    date: TODAY,
    treatment: "domestic",
    rate: 1900,
  },
  {
    rule: "2 German buyer in the 2020 rate cut",
    seller: REGULAR,
    country: "DE",
    date: "2020-12-31",
    treatment: "domestic",
    rate: 1600,
  },
  {
    rule: "3 French company with VAT ID: reverse charge",
    seller: REGULAR,
    country: "FR",
    vatId: "fr 40 303 265 045",
    date: TODAY,
    treatment: "reverse_charge",
    rate: 0,
    buyerVatId: "FR40303265045",
  },
  {
    rule: "3 Greek company, VAT ID without its EL prefix",
    seller: REGULAR,
    country: "GR",
    vatId: "123456789",
    date: TODAY,
    treatment: "reverse_charge",
    rate: 0,
    buyerVatId: "EL123456789",
  },
  {
    rule: "4 French consumer, seller below the threshold: German VAT",
    seller: BELOW_THRESHOLD,
    country: "FR",
    date: TODAY,
    treatment: "domestic",
    rate: 1900,
  },
  {
    rule: "5 French consumer: French VAT (OSS)",
    seller: REGULAR,
    country: "FR",
    date: TODAY,
    treatment: "oss",
    rate: 2000,
  },
  {
    rule: "5 Finnish consumer the day before the 2024 rise",
    seller: REGULAR,
    country: "FI",
    date: "2024-08-31",
    treatment: "oss",
    rate: 2400,
  },
  {
    rule: "5 Finnish consumer on the day of the 2024 rise",
    seller: REGULAR,
    country: "FI",
    date: "2024-09-01",
    treatment: "oss",
    rate: 2550,
  },
  {
    rule: "5 Romanian consumer after the 2025 rise",
    seller: REGULAR,
    country: "RO",
    date: TODAY,
    treatment: "oss",
    rate: 2100,
  },
  {
    rule: "6 US company: not taxable in Germany",
    seller: REGULAR,
    country: "US",
    date: TODAY,
    treatment: "export",
    rate: 0,
  },
  {
    rule: "6 Swiss consumer with a Swiss UID: export, UID ignored",
    seller: REGULAR,
    country: "CH",
    vatId: "CHE-123.456.789 MWST",
    date: TODAY,
    treatment: "export",
    rate: 0,
  },
];

for (const row of RULES) {
  Deno.test(`VAT rule ${row.rule}`, () => {
    const decision = decideVat(row.seller, {
      country: row.country,
      vatId: row.vatId,
    }, row.date);
    assert.equal(decision.treatment, row.treatment);
    assert.equal(decision.rateBasisPoints, row.rate);
    assert.equal(decision.buyerVatId, row.buyerVatId ?? null);
  });
}

Deno.test("an unknown country or a VAT ID of the wrong format is refused, never guessed", () => {
  const refused = (country: string, vatId: string | undefined, field: string) =>
    assert.throws(
      () => decideVat(REGULAR, { country, vatId }, TODAY),
      (error) =>
        error instanceof ValidationError &&
        field in error.fields,
    );
  refused("XX", undefined, "country");
  refused("UK", undefined, "country");
  refused("FR", "FR123", "vatId");
  refused("FR", "DE123456789", "vatId");
  refused("AT", "AT12345678", "vatId");
});

Deno.test("every EU member state has a standard rate from the table's start, and only they", () => {
  assert.deepEqual(Object.keys(STANDARD_RATES).sort(), [...EU_MEMBER_STATES]);
  for (const country of EU_MEMBER_STATES) {
    const rate = standardRate(country, "2020-01-01");
    assert.ok(rate >= 1500 && rate <= 2700, `${country}: ${rate}`);
    const periods = STANDARD_RATES[country];
    assert.equal(periods[0].from, "2020-01-01");
    for (let i = 1; i < periods.length; i++) {
      assert.ok(periods[i - 1].from < periods[i].from, `${country} in order`);
    }
  }
  assert.throws(() => standardRate("DE", "2019-12-31"), RangeError);
  assert.throws(() => standardRate("US", TODAY), RangeError);
});

/** A VAT ID of valid format per member state (made-up numbers). */
const VALID_VAT_IDS: Record<string, string> = {
  AT: "ATU12345678",
  BE: "BE0123456789",
  BG: "BG123456789",
  CY: "CY12345678X",
  CZ: "CZ12345678",
  DE: "DE123456789",
  DK: "DK12345678",
  EE: "EE123456789",
  ES: "ESX1234567X",
  FI: "FI12345678",
  FR: "FR40303265045",
  GR: "EL123456789",
  HR: "HR12345678901",
  HU: "HU12345678",
  IE: "IE1234567WA",
  IT: "IT12345678901",
  LT: "LT123456789",
  LU: "LU12345678",
  LV: "LV12345678901",
  MT: "MT12345678",
  NL: "NL123456789B01",
  PL: "PL1234567890",
  PT: "PT123456789",
  RO: "RO1234567",
  SE: "SE123456789001",
  SI: "SI12345678",
  SK: "SK1234567890",
};

Deno.test("VAT ID formats: one valid and one too long per member state", () => {
  assert.deepEqual(Object.keys(VALID_VAT_IDS), [...EU_MEMBER_STATES]);
  for (const [country, vatId] of Object.entries(VALID_VAT_IDS)) {
    assert.deepEqual(normaliseVatId(country, vatId), { vatId }, country);
    assert.deepEqual(
      normaliseVatId(country, vatId + "9999"),
      { problem: "billing.vatId.format" },
      `${country} too long`,
    );
  }
  assert.deepEqual(normaliseVatId("US", "123"), {
    problem: "billing.vatId.notEu",
  });
});

Deno.test("VAT is rounded half away from zero, so a credit note mirrors its invoice", () => {
  assert.equal(vatOf(10000, 1900), 1900);
  assert.equal(vatOf(50, 1900), 10); // 9.5 → 10
  assert.equal(vatOf(-50, 1900), -10);
  assert.equal(vatOf(12345, 2550), 3148); // 3147.975
});

Deno.test("the country list has the 249 assigned codes", () => {
  assert.ok(isCountryCode("DE") && isCountryCode("US") && isCountryCode("AX"));
  assert.ok(!isCountryCode("EU") && !isCountryCode("UK"));
});
