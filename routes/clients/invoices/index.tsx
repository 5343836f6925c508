import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { listClientInvoices } from "@/lib/shop/portal.ts";
import type { InvoiceSummary } from "@/lib/shop/invoices.ts";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { PortalNav } from "@/components/portal/PortalNav.tsx";
import { InvoiceStatusBadge } from "@/components/shop/ShopBadges.tsx";
import { day, money, type ShopView } from "@/components/shop/format.ts";

interface PortalInvoicesData {
  invoices: InvoiceSummary[];
  timeZone: string;
}

/** Portal → Invoices: the signed-in contact's company's invoices only. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, PortalInvoicesData>) {
    assertContact(ctx.state);
    const { db, now } = ctx.state.services;
    const [invoices, settings] = await Promise.all([
      listClientInvoices(db, ctx.state.contactSession.user.clientId, now()),
      ctx.state.business(),
    ]);
    return ctx.render({ invoices, timeZone: settings.timeZone });
  },
};

export default function PortalInvoicesPage(
  { state, data, url }: PageProps<PortalInvoicesData, State>,
) {
  const { t, locale } = state;
  const view: ShopView = { t, locale, timeZone: data.timeZone };
  return (
    <>
      <PageHeader
        title={t("shopAdmin.portal.invoicesTitle")}
      />
      <PortalNav path={url.pathname} t={t} />
      {data.invoices.length === 0
        ? (
          <div class="card">
            <EmptyState text={t("shopAdmin.portal.noInvoices")}>
              <a class="button" href="/shop">{t("shopAdmin.portal.toShop")}</a>
            </EmptyState>
          </div>
        )
        : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("shopAdmin.invoice.number")}</th>
                  <th scope="col">{t("shopAdmin.invoice.issued")}</th>
                  <th scope="col">{t("shopAdmin.invoice.due")}</th>
                  <th scope="col" class="numeric">
                    {t("shopAdmin.invoice.total")}
                  </th>
                  <th scope="col" class="numeric">
                    {t("shopAdmin.invoice.balance")}
                  </th>
                  <th scope="col">{t("shopAdmin.order.status")}</th>
                </tr>
              </thead>
              <tbody>
                {data.invoices.map((invoice) => (
                  <tr>
                    <td class="nowrap">
                      <a href={`/clients/invoices/${invoice.id}`}>
                        <strong>{invoice.number}</strong>
                      </a>
                    </td>
                    <td class="nowrap">{day(view, invoice.issued_at)}</td>
                    <td class="nowrap">{day(view, invoice.due_at)}</td>
                    <td class="numeric">
                      {money(view, invoice.total_cents, invoice.currency)}
                    </td>
                    <td class="numeric">
                      {money(view, invoice.balance_cents, invoice.currency)}
                    </td>
                    <td>
                      <InvoiceStatusBadge
                        status={invoice.status}
                        overdue={invoice.overdue}
                        t={t}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
    </>
  );
}
