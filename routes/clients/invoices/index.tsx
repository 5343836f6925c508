import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { listClientInvoices } from "@/lib/shop/portal.ts";
import type { InvoiceSummary } from "@/lib/shop/invoices.ts";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { TableOrEmpty } from "@/components/admin/PagedList.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { InvoiceTable } from "@/components/shop/InvoiceTable.tsx";
import type { ShopView } from "@/components/shop/format.ts";

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
  { state, data }: PageProps<PortalInvoicesData, State>,
) {
  const { t, locale } = state;
  const view: ShopView = { t, locale, timeZone: data.timeZone };
  return (
    <>
      <PageHeader
        title={t("shopAdmin.portal.invoicesTitle")}
      />
      <TableOrEmpty
        rows={data.invoices.length}
        empty={
          <EmptyState text={t("shopAdmin.portal.noInvoices")}>
            <a class="button" href="/shop">{t("shopAdmin.portal.toShop")}</a>
          </EmptyState>
        }
      >
        <InvoiceTable
          view={view}
          invoices={data.invoices}
          href={(invoice) => `/clients/invoices/${invoice.id}`}
        />
      </TableOrEmpty>
    </>
  );
}
