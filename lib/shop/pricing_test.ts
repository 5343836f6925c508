import assert from "node:assert/strict";
import { priceViewFor, shownPrice, UNKNOWN_VISITOR } from "./pricing.ts";
import { priceLines } from "../billing/invoices.ts";

const seller = { smallBusiness: false, belowOssThreshold: false };
const day = "2027-04-01";

Deno.test("each viewer sees the price the rule table makes theirs", () => {
  const cases = [
    [UNKNOWN_VISITOR, 1189, "gross"],
    [{ kind: "consumer", country: "FR" }, 1199, "gross"],
    [{ kind: "business", country: "DE" }, 999, "net"],
    [
      { kind: "business", country: "FR", vatId: "FR40303265045" },
      999,
      "reverseCharge",
    ],
    // A consumer's VAT ID changes nothing.
    [
      { kind: "consumer", country: "FR", vatId: "FR40303265045" },
      1199,
      "gross",
    ],
    [{ kind: "consumer", country: "US" }, 999, "noVat"],
  ] as const;
  for (const [viewer, cents, basis] of cases) {
    const view = priceViewFor(seller, viewer, day);
    assert.deepEqual(
      shownPrice(view, 999),
      { cents, basis },
      JSON.stringify(viewer),
    );
  }
  const small = priceViewFor(
    { ...seller, smallBusiness: true },
    UNKNOWN_VISITOR,
    day,
  );
  assert.deepEqual(shownPrice(small, 999), {
    cents: 999,
    basis: "smallBusiness",
  });
});

Deno.test("a VAT ID or country the rules refuse is reported and left out, never refusing the view", () => {
  const badId = priceViewFor(seller, {
    kind: "business",
    country: "FR",
    vatId: "FR123",
  }, day);
  assert.deepEqual(badId.problems, { vatId: "billing.vatId.format" });
  assert.equal(badId.vat.treatment, "oss");
  const badCountry = priceViewFor(
    seller,
    { kind: "consumer", country: "XX" },
    day,
  );
  assert.deepEqual(badCountry.problems, { country: "billing.country.unknown" });
  assert.equal(badCountry.vat.rateCountry, "DE");
});

Deno.test("lines are priced in cents one by one, the VAT on their sum (EN 16931 BR-CO-10)", () => {
  const priced = priceLines([
    { description: "a", quantity: 3, unitPriceCents: 333 },
    { description: "b", quantity: 1, unitPriceCents: 1 },
  ], 1900);
  assert.deepEqual(priced.lines.map((line) => line.netCents), [999, 1]);
  assert.equal(priced.netCents, 1000);
  assert.equal(priced.taxCents, 190);
  assert.equal(priced.totalCents, 1190);
});
