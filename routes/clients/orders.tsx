import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { type ClientOrderRow, listClientOrders } from "@/lib/shop/portal.ts";
import { orderPagePath } from "@/lib/shop/order_page.ts";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { TableOrEmpty } from "@/components/admin/PagedList.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { OrderStatusBadge } from "@/components/shop/ShopBadges.tsx";
import { day, money, type ShopView } from "@/components/shop/format.ts";

interface PortalOrdersData {
  orders: (ClientOrderRow & { pagePath: string })[];
  timeZone: string;
}

/** Portal → Orders: what the contact's company ordered, with status and invoice. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, PortalOrdersData>) {
    assertContact(ctx.state);
    const { db, keys } = ctx.state.services;
    const [orders, settings] = await Promise.all([
      listClientOrders(db, ctx.state.contactSession.user.clientId),
      ctx.state.business(),
    ]);
    return ctx.render({
      orders: await Promise.all(orders.map(async (order) => ({
        ...order,
        pagePath: await orderPagePath(keys, order.id),
      }))),
      timeZone: settings.timeZone,
    });
  },
};

export default function PortalOrdersPage(
  { state, data }: PageProps<PortalOrdersData, State>,
) {
  const { t, locale } = state;
  const view: ShopView = { t, locale, timeZone: data.timeZone };
  return (
    <>
      <PageHeader
        title={t("shopAdmin.portal.ordersTitle")}
      />
      <TableOrEmpty
        rows={data.orders.length}
        empty={
          <EmptyState text={t("shopAdmin.portal.noOrders")}>
            <a class="button" href="/shop">{t("shopAdmin.portal.toShop")}</a>
          </EmptyState>
        }
      >
        <table>
          <thead>
            <tr>
              <th scope="col">{t("shopAdmin.order.date")}</th>
              <th scope="col">{t("shopAdmin.order.items")}</th>
              <th scope="col" class="numeric">
                {t("shopAdmin.order.total")}
              </th>
              <th scope="col">{t("shopAdmin.order.invoice")}</th>
              <th scope="col">{t("shopAdmin.order.status")}</th>
            </tr>
          </thead>
          <tbody>
            {data.orders.map((order) => (
              <tr>
                <td class="nowrap">
                  <a href={order.pagePath}>
                    {day(view, order.created_at)}
                  </a>
                </td>
                <td>
                  <ul class="plain-list">
                    {order.items.map((item, index) => (
                      <li key={index}>{item}</li>
                    ))}
                  </ul>
                </td>
                <td class="numeric">
                  {money(view, order.total_cents, order.currency)}
                </td>
                <td class="nowrap">
                  {order.invoice_id
                    ? (
                      <a href={`/clients/invoices/${order.invoice_id}`}>
                        {order.invoice_number}
                      </a>
                    )
                    : (
                      <span class="muted">
                        {t("shopAdmin.portal.noInvoiceNeeded")}
                      </span>
                    )}
                </td>
                <td>
                  <OrderStatusBadge status={order.status} t={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableOrEmpty>
    </>
  );
}
