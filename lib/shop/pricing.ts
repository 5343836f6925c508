/**
 * Prices as buyers expect them (Preisangabenverordnung): a product keeps
 * its net price; a consumer sees the price including the VAT the rule
 * table (billing/vat.ts) charges them, a business the net price plus
 * VAT. A visitor nobody knows is a consumer in Germany, so the shop shows
 * German gross prices (or the seller's §19 prices) until told otherwise.
 *
 * The checkout quote is what the invoice will charge: the same VAT
 * decision and the same `priceLines` (line nets first, VAT on their sum,
 * EN 16931 BR-CO-10), only without the seller's identity, so it can be
 * shown (and recomputed) before the order button.
 */
import type { Database } from "../db/database.ts";
import { type FieldErrors, ValidationError } from "../errors.ts";
import { priceLines, sellerDate } from "../billing/invoices.ts";
import { getSellerSettings } from "../billing/seller.ts";
import {
  type Buyer,
  decideVat,
  type SellerVatStatus,
  type VatDecision,
  vatOf,
} from "../billing/vat.ts";
import type { BuyerKind, CheckoutForm, Locale } from "../db/schema.ts";
import { checkoutOffer, offerLine } from "./checkout.ts";

export type { BuyerKind };

/** Whom prices are shown to. */
export interface Viewer {
  kind: BuyerKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** A business's VAT ID, as typed. */
  vatId?: string;
}

/** A visitor who has told the shop nothing: a consumer in Germany. */
export const UNKNOWN_VISITOR: Viewer = { kind: "consumer", country: "DE" };

/**
 * How a shown amount is meant: `gross` includes VAT, `net` is plus VAT,
 * the others carry no VAT (reverse charge, §19 UStG, outside the EU).
 */
export type PriceBasis =
  | "gross"
  | "net"
  | "reverseCharge"
  | "smallBusiness"
  | "noVat";

/** An amount as one viewer sees it. */
export interface ShownPrice {
  cents: number;
  basis: PriceBasis;
}

/** The VAT one viewer pays and how their prices are shown. */
export interface PriceView {
  vat: VatDecision;
  basis: PriceBasis;
}

function basisOf(kind: BuyerKind, vat: VatDecision): PriceBasis {
  switch (vat.treatment) {
    case "small_business":
      return "smallBusiness";
    case "export":
      return "noVat";
    case "reverse_charge":
      return "reverseCharge";
    default:
      return kind === "business" ? "net" : "gross";
  }
}

/** A consumer has no VAT ID: one typed anyway changes nothing. */
function buyerOf(viewer: Viewer): Buyer {
  return viewer.kind === "business"
    ? { country: viewer.country, vatId: viewer.vatId }
    : { country: viewer.country };
}

/**
 * The price view of `viewer` under `seller`'s VAT status on `date`. A
 * VAT ID or country the rule table refuses is reported in `problems`
 * (field → message key) and left out: the VAT ID ignored, the country
 * taken as Germany.
 */
export function priceViewFor(
  seller: SellerVatStatus,
  viewer: Viewer,
  date: string,
): PriceView & { problems: FieldErrors } {
  const problems: FieldErrors = {};
  const fallbacks: Buyer[] = [
    buyerOf(viewer),
    { country: viewer.country },
    UNKNOWN_VISITOR,
  ];
  for (const buyer of fallbacks) {
    try {
      const vat = decideVat(seller, buyer, date);
      return { vat, basis: basisOf(viewer.kind, vat), problems };
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      for (const [field, message] of Object.entries(error.fields)) {
        problems[field] ??= message;
      }
    }
  }
  throw new Error("Germany is always a country of the rule table");
}

/**
 * A portal client as a viewer: a business when its record names a
 * company or VAT ID, in its country (Germany when none is recorded).
 */
export async function clientViewer(
  db: Database,
  clientId: string,
): Promise<Viewer> {
  const client = await db.selectFrom("clients")
    .select(["company", "vat_number", "country"])
    .where("id", "=", clientId).executeTakeFirst();
  if (!client) return UNKNOWN_VISITOR;
  return {
    kind: client.company || client.vat_number ? "business" : "consumer",
    country: client.country ?? UNKNOWN_VISITOR.country,
    vatId: client.vat_number ?? undefined,
  };
}

/** The price view of `viewer` now, with the seller's current settings. */
export async function priceView(
  db: Database,
  viewer: Viewer,
  now: Date,
): Promise<PriceView> {
  const seller = await getSellerSettings(db);
  return priceViewFor(seller, viewer, sellerDate(now));
}

/** A net price as `view` sees it: gross for consumers, else net. */
export function shownPrice(view: PriceView, netCents: number): ShownPrice {
  return {
    cents: view.basis === "gross"
      ? netCents + vatOf(netCents, view.vat.rateBasisPoints)
      : netCents,
    basis: view.basis,
  };
}

/** What the checkout summary shows before the order button. */
export interface CheckoutQuote {
  currency: string;
  basis: PriceBasis;
  vat: VatDecision;
  /** Each line with its net and the amount shown (gross for consumers). */
  lines: { description: string; netCents: number; shownCents: number }[];
  netCents: number;
  taxCents: number;
  totalCents: number;
  /** Why a typed VAT ID or country was not used, by form field. */
  problems: FieldErrors;
}

/** The checkout fields a quote depends on. */
export type QuoteInput =
  & Pick<CheckoutForm, "slug" | "mode" | "country" | "vatId">
  & { kind: BuyerKind; locale: Locale };

/**
 * The totals a checkout of `input` would invoice now. Reads only; a bad
 * VAT ID or country does not refuse the quote (see `priceViewFor`).
 */
export async function quoteCheckout(
  db: Database,
  input: QuoteInput,
  now: Date,
): Promise<CheckoutQuote> {
  const offer = await checkoutOffer(db, input.slug, input.mode);
  const line = offerLine(offer, input.mode, input.locale);
  const seller = await getSellerSettings(db);
  const view = priceViewFor(seller, {
    kind: input.kind,
    country: input.country.toUpperCase(),
    vatId: input.vatId,
  }, sellerDate(now));
  const priced = priceLines([{
    description: line.description,
    quantity: 1,
    unitPriceCents: line.priceCents,
  }], view.vat.rateBasisPoints);
  return {
    currency: line.currency,
    basis: view.basis,
    vat: view.vat,
    lines: priced.lines.map((priced) => ({
      description: priced.description,
      netCents: priced.netCents,
      shownCents: shownPrice(view, priced.netCents).cents,
    })),
    netCents: priced.netCents,
    taxCents: priced.taxCents,
    totalCents: priced.totalCents,
    problems: view.problems,
  };
}
