import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { findOffer } from "@/lib/shop/catalog.ts";
import { NotFoundError } from "@/lib/errors.ts";
import { type PriceView, shownPrice } from "@/lib/shop/pricing.ts";
import { described, localized, Price } from "@/components/shop/Offers.tsx";
import { visitorPriceView } from "./(_shared)/prices.ts";

type Data = {
  offer: Awaited<ReturnType<typeof findOffer>>;
  prices: PriceView;
};

export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    if (!/^[a-z0-9-]{2,60}$/.test(ctx.params.slug)) throw new NotFoundError();
    const [offer, prices] = await Promise.all([
      findOffer(ctx.state.services.db, ctx.params.slug),
      visitorPriceView(ctx.state),
    ]);
    return ctx.render({ offer, prices });
  },
};

/** `/shop/<slug>`: one product or package, with buy and trial buttons. */
export default function Offer({ state, data: page }: PageProps<Data, State>) {
  const ctx = { t: state.t, locale: state.locale };
  const { t } = state;
  const data = page.offer;
  const item = data.kind === "product" ? data.product : data.pkg;
  const trialDays = data.kind === "product" ? data.product.trial_days : 0;
  return (
    <article class="card offer-detail">
      <Head>
        <title>{`${localized(item, state.locale)} · ${t("shop.title")}`}</title>
      </Head>
      <h1>{localized(item, state.locale)}</h1>
      <p>
        <Price
          price={shownPrice(page.prices, item.price_cents)}
          currency={item.currency}
          ctx={ctx}
        />
      </p>
      <p>{described(item, state.locale)}</p>
      {data.kind === "package" && (
        <p class="muted">
          {t("shop.includes")}:{" "}
          {data.pkg.products.map((p) => localized(p, state.locale)).join(", ")}
        </p>
      )}
      <div class="form-actions offer-actions">
        <a class="button" href={`/shop/checkout?item=${item.slug}`}>
          {t(item.price_cents === 0 ? "shop.getFree" : "shop.buy")}
        </a>
        {trialDays > 0 && (
          <a
            class="button button-secondary"
            href={`/shop/checkout?item=${item.slug}&mode=trial`}
          >
            {t("shop.trial", { days: trialDays })}
          </a>
        )}
      </div>
    </article>
  );
}
