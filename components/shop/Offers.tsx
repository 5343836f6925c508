/** Product and package cards for the public shop. */
import type { Package, Product } from "@/lib/db/schema.ts";
import { formatMoney, type Locale, type Translate } from "@/lib/i18n/mod.ts";

interface Ctx {
  t: Translate;
  locale: Locale;
}

export function Price(
  { cents, currency, ctx }: { cents: number; currency: string; ctx: Ctx },
) {
  if (cents === 0) return <span class="price">{ctx.t("shop.free")}</span>;
  return (
    <span class="price">
      {formatMoney(ctx.locale, cents, currency)}{" "}
      <small class="muted">{ctx.t("shop.netPrice")}</small>
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
  { item, ctx, includes }: {
    item: Product | Package;
    ctx: Ctx;
    includes?: Product[];
  },
) {
  return (
    <a class="card card-link offer" href={`/shop/${item.slug}`}>
      <span class="choice-title">{localized(item, ctx.locale)}</span>
      <Price cents={item.price_cents} currency={item.currency} ctx={ctx} />
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
