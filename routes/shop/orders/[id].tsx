import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { type BuyerOrder, loadBuyerOrder } from "@/lib/shop/order_page.ts";
import { openedOrder } from "./(_shared)/opened.ts";
import { BuyerOrderView } from "@/components/shop/BuyerOrderView.tsx";
import { day, type ShopView } from "@/components/shop/format.ts";

interface Data {
  order: BuyerOrder;
  key: string;
  timeZone: string;
}

export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    const { db, keys, now } = ctx.state.services;
    const { orderId, key } = await openedOrder(ctx);
    const [order, settings] = await Promise.all([
      loadBuyerOrder(db, keys, orderId, ctx.state.locale, now()),
      ctx.state.business(),
    ]);
    return ctx.render({ order, key, timeZone: settings.timeZone });
  },
};

/** `/shop/orders/<id>`: the buyer's order, how to pay it, and the keys. */
export default function OrderPage({ state, data }: PageProps<Data, State>) {
  const { t, locale } = state;
  const view: ShopView = { t, locale, timeZone: data.timeZone };
  const { order, invoice } = data.order;
  const title = t("payments.order.title", {
    date: day(view, order.created_at),
  });
  return (
    <div class="order-page">
      <Head>
        <title>{`${title} · Portico`}</title>
        <meta name="robots" content="noindex" />
      </Head>
      <h1>{title}</h1>
      <BuyerOrderView
        data={data.order}
        view={view}
        pdfHref={invoice
          ? `/shop/orders/${order.id}/pdf?key=${encodeURIComponent(data.key)}`
          : null}
      />
    </div>
  );
}
