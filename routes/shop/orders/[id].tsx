import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { type BuyerOrder, loadBuyerOrder } from "@/lib/shop/order_page.ts";
import { openedOrder } from "./(_shared)/opened.ts";
import { getPaymentSettingsView } from "@/lib/shop/payment_settings.ts";
import { CsrfField } from "@/components/Field.tsx";
import { BuyerOrderView } from "@/components/shop/BuyerOrderView.tsx";
import { day, money, type ShopView } from "@/components/shop/format.ts";

interface Data {
  order: BuyerOrder;
  key: string;
  timeZone: string;
  /** Card payments through Stripe are offered, in test mode or not. */
  card: { testMode: boolean } | null;
  /** Back from Stripe's page, before its event has arrived. */
  cardDone: boolean;
}

export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    const { db, keys, now } = ctx.state.services;
    const { orderId, key } = await openedOrder(ctx);
    const [order, settings, payments] = await Promise.all([
      loadBuyerOrder(db, keys, orderId, ctx.state.locale, now()),
      ctx.state.business(),
      getPaymentSettingsView(db),
    ]);
    return ctx.render({
      order,
      key,
      timeZone: settings.timeZone,
      card: payments.stripeKeySet && order.transfer
        ? { testMode: payments.stripeTestMode }
        : null,
      cardDone: ctx.url.searchParams.get("card") === "done",
    });
  },
};

/** `/shop/orders/<id>`: the buyer's order, how to pay it, and the keys. */
export default function OrderPage({ state, data }: PageProps<Data, State>) {
  const { t, locale } = state;
  const view: ShopView = { t, locale, timeZone: data.timeZone };
  const { order, invoice } = data.order;
  const keyQuery = `key=${encodeURIComponent(data.key)}`;
  const transfer = data.order.transfer;
  const card = data.card && transfer && (
    <section class="card" id="card-payment">
      <h2>{t("payments.card.title")}</h2>
      {data.card.testMode && (
        <p class="alert alert-warning">{t("payments.card.testMode")}</p>
      )}
      <p class="muted">{t("payments.card.intro")}</p>
      <form method="post" action={`/shop/orders/${order.id}/pay?${keyQuery}`}>
        <CsrfField token={state.csrf} />
        <button type="submit">
          {t("payments.card.button", {
            amount: money(view, transfer.amountCents, transfer.currency),
          })}
        </button>
      </form>
    </section>
  );
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
      {data.cardDone && order.status === "pending" && (
        <p class="alert alert-success" role="status">
          {t("payments.card.done")}
        </p>
      )}
      <BuyerOrderView
        data={data.order}
        view={view}
        pdfHref={invoice ? `/shop/orders/${order.id}/pdf?${keyQuery}` : null}
        creditNoteHref={(id) =>
          `/shop/orders/${order.id}/credit-notes/${id}?${keyQuery}`}
        payment={card}
      />
    </div>
  );
}
