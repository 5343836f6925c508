import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { z } from "zod";
import type { Paged } from "@/lib/db/paging.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import { statusListQuery } from "@/lib/http/form_fields.ts";
import {
  listOrders,
  ORDER_STATUSES,
  type OrderListRow,
} from "@/lib/shop/orders.ts";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { DataTable } from "@/components/admin/DataTable.tsx";
import { PagedList } from "@/components/admin/PagedList.tsx";
import { clientName } from "@/components/crm/clientName.ts";
import { ListFilters } from "@/components/shop/ListFilters.tsx";
import { OrderStatusBadge } from "@/components/shop/ShopBadges.tsx";
import { day, money, type ShopView } from "@/components/shop/format.ts";

const orderFiltersQuery = statusListQuery(ORDER_STATUSES);

interface OrdersPageData {
  orders: Paged<OrderListRow>;
  query: z.infer<typeof orderFiltersQuery>;
  timeZone: string;
}

/** Admin → Shop → Orders: filter by status, search by client, contact or invoice number. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, OrdersPageData>) {
    assertStaff(ctx.state);
    const { db } = ctx.state.services;
    const query = orderFiltersQuery.parse(
      Object.fromEntries(ctx.url.searchParams),
    );
    const [orders, settings] = await Promise.all([
      listOrders(db, query),
      ctx.state.business(),
    ]);
    return ctx.render({ orders, query, timeZone: settings.timeZone });
  },
};

export default function OrdersPage(
  { state, data, url }: PageProps<OrdersPageData, State>,
) {
  const { t, locale } = state;
  const { orders, query } = data;
  const view: ShopView = { t, locale, timeZone: data.timeZone };
  const statuses = Object.fromEntries(
    ORDER_STATUSES.map((
      status,
    ) => [status, t(`shopAdmin.order.status.${status}`)]),
  );
  const filtered = query.q !== "" || query.status !== undefined;
  return (
    <>
      <PageHeader
        title={t("shopAdmin.orders.title")}
        intro={t("shopAdmin.orders.intro")}
      />
      <ListFilters
        t={t}
        statuses={statuses}
        status={query.status}
        q={query.q}
        searchLabel={t("shopAdmin.orders.searchLabel")}
        clearHref="/admin/shop/orders"
      />
      <PagedList
        t={t}
        url={url}
        list={orders}
        filtered={filtered}
        noMatch={t("shopAdmin.orders.noMatch")}
        empty={
          <EmptyState
            title={t("shopAdmin.orders.emptyTitle")}
            text={t("shopAdmin.orders.empty")}
          >
            <a class="button" href="/shop">
              {t("shopAdmin.orders.openShop")}
            </a>
          </EmptyState>
        }
      >
        <DataTable
          rows={orders.rows}
          columns={[
            {
              label: t("shopAdmin.order.date"),
              nowrap: true,
              cell: (order) => (
                <a href={`/admin/shop/orders/${order.id}`}>
                  {day(view, order.created_at)}
                </a>
              ),
            },
            {
              label: t("shopAdmin.order.client"),
              cell: (order) => (
                <>
                  <strong>
                    {clientName(t, order.company, order.contact_name)}
                  </strong>
                  <div class="muted small">
                    {order.contact_name} · {order.contact_email}
                  </div>
                </>
              ),
            },
            { label: t("shopAdmin.order.items"), cell: (order) => order.items },
            {
              label: t("shopAdmin.order.invoice"),
              nowrap: true,
              cell: (order) =>
                order.invoice_id
                  ? (
                    <a href={`/admin/invoices/${order.invoice_id}`}>
                      {order.invoice_number}
                    </a>
                  )
                  : <span class="muted">{t("shopAdmin.none")}</span>,
            },
            {
              label: t("shopAdmin.order.total"),
              numeric: true,
              cell: (order) => money(view, order.total_cents, order.currency),
            },
            {
              label: t("shopAdmin.order.status"),
              cell: (order) => <OrderStatusBadge status={order.status} t={t} />,
            },
          ]}
        />
      </PagedList>
    </>
  );
}
