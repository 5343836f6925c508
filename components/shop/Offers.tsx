/** Product and package cards for the public shop. */
import type { Package, Product } from "@/lib/db/schema.ts";
import {
  formatMoney,
  type Locale,
  type MessageKey,
  type Translate,
} from "@/lib/i18n/mod.ts";
import type { PriceBasis, ShownPrice } from "@/lib/shop/pricing.ts";

interface Ctx {
  t: Translate;
  locale: Locale;
}

/** What a shown price is, beside it ("incl. VAT", "plus VAT" …). */
export const PRICE_BASIS_LABELS: Record<PriceBasis, MessageKey> = {
  gross: "shop.price.gross",
  net: "shop.price.net",
  reverseCharge: "shop.price.reverseCharge",
  smallBusiness: "shop.price.smallBusiness",
  noVat: "shop.price.noVat",
};

/** A price as the viewer sees it, with what it includes; "Free" for 0. */
export function Price(
  { price, currency, ctx }: {
    price: ShownPrice;
    currency: string;
    ctx: Ctx;
  },
) {
  if (price.cents === 0) {
    return <span class="price">{ctx.t("shop.free")}</span>;
  }
  return (
    <span class="price">
      {formatMoney(ctx.locale, price.cents, currency)}{" "}
      <small class="muted">{ctx.t(PRICE_BASIS_LABELS[price.basis])}</small>
    </span>
  );
}

const localized = (
  item: { name_en: string; name_de: string },
  locale: Locale,
) => locale === "de" ? item.name_de : item.name_en;
const described = (
  item: { description_en: string; description_de: string },
  locale: Locale,
) => locale === "de" ? item.description_de : item.description_en;

/** One card: name, price, description, and a link to its page. */
export function OfferCard(
  { item, price, ctx, includes }: {
    item: Product | Package;
    price: ShownPrice;
    ctx: Ctx;
    includes?: Product[];
  },
) {
  return (
    <a class="card card-link offer" href={`/shop/${item.slug}`}>
      <span class="choice-title">{localized(item, ctx.locale)}</span>
      <Price price={price} currency={item.currency} ctx={ctx} />
      <span class="choice-text">{described(item, ctx.locale)}</span>
      {includes && (
        <span class="choice-meta">
          {ctx.t("shop.includes")}:{" "}
          {includes.map((p) => localized(p, ctx.locale)).join(", ")}
        </span>
      )}
    </a>
  );
}

export { described, localized };
