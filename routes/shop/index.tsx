import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { listCatalog, type PackageWithProducts } from "@/lib/shop/catalog.ts";
import type { Product } from "@/lib/db/schema.ts";
import { type PriceView, shownPrice } from "@/lib/shop/pricing.ts";
import { OfferCard } from "@/components/shop/Offers.tsx";
import { visitorPriceView } from "./(_shared)/prices.ts";

interface Data {
  products: Product[];
  packages: PackageWithProducts[];
  prices: PriceView;
}

export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    const [catalog, prices] = await Promise.all([
      listCatalog(ctx.state.services.db),
      visitorPriceView(ctx.state),
    ]);
    return ctx.render({ ...catalog, prices });
  },
};

/** `/shop`: every module and package for sale. */
export default function Shop({ state, data }: PageProps<Data, State>) {
  const ctx = { t: state.t, locale: state.locale };
  const { t } = state;
  return (
    <>
      <Head>
        <title>{`${t("shop.title")} · Portico`}</title>
      </Head>
      <header class="booking-header">
        <h1>{t("shop.title")}</h1>
        <p class="lead">{t("shop.intro")}</p>
      </header>
      {data.products.length === 0 && data.packages.length === 0 && (
        <p class="empty-state">{t("shop.empty")}</p>
      )}
      {data.products.length > 0 && (
        <section>
          <h2>{t("shop.products")}</h2>
          <div class="choice-list">
            {data.products.map((product) => (
              <OfferCard
                item={product}
                price={shownPrice(data.prices, product.price_cents)}
                ctx={ctx}
              />
            ))}
          </div>
        </section>
      )}
      {data.packages.length > 0 && (
        <section>
          <h2>{t("shop.packages")}</h2>
          <div class="choice-list">
            {data.packages.map((pkg) => (
              <OfferCard
                item={pkg}
                price={shownPrice(data.prices, pkg.price_cents)}
                ctx={ctx}
                includes={pkg.products}
              />
            ))}
          </div>
        </section>
      )}
    </>
  );
}
