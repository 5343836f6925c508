import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { z } from "zod";
import type { Paged } from "@/lib/db/paging.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import { statusListQuery } from "@/lib/http/form_fields.ts";
import {
  INVOICE_LIST_STATUSES,
  type InvoiceListRow,
  listInvoices,
} from "@/lib/shop/invoices.ts";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { PagedList } from "@/components/admin/PagedList.tsx";
import { clientName } from "@/components/crm/clientName.ts";
import { ListFilters } from "@/components/shop/ListFilters.tsx";
import { InvoiceTable } from "@/components/shop/InvoiceTable.tsx";
import type { ShopView } from "@/components/shop/format.ts";

const invoiceFiltersQuery = statusListQuery(INVOICE_LIST_STATUSES);

interface InvoicesPageData {
  invoices: Paged<InvoiceListRow>;
  query: z.infer<typeof invoiceFiltersQuery>;
  timeZone: string;
}

/** Admin → Invoices: filter by status (overdue too), search by number or client. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, InvoicesPageData>) {
    assertStaff(ctx.state);
    const { db, now } = ctx.state.services;
    const query = invoiceFiltersQuery.parse(
      Object.fromEntries(ctx.url.searchParams),
    );
    const [invoices, settings] = await Promise.all([
      listInvoices(db, query, now()),
      ctx.state.business(),
    ]);
    return ctx.render({ invoices, query, timeZone: settings.timeZone });
  },
};

export default function InvoicesPage(
  { state, data, url }: PageProps<InvoicesPageData, State>,
) {
  const { t, locale } = state;
  const { invoices, query } = data;
  const view: ShopView = { t, locale, timeZone: data.timeZone };
  const statuses = Object.fromEntries(
    INVOICE_LIST_STATUSES.map((
      status,
    ) => [status, t(`shopAdmin.invoice.status.${status}`)]),
  );
  const filtered = query.q !== "" || query.status !== undefined;
  return (
    <>
      <PageHeader
        title={t("shopAdmin.invoices.title")}
        intro={t("shopAdmin.invoices.intro")}
      >
        {state.staffSession?.user.role === "admin" && (
          <a class="button button-secondary" href="/admin/accounting">
            {t("billing.export.link")}
          </a>
        )}
      </PageHeader>
      <ListFilters
        t={t}
        statuses={statuses}
        status={query.status}
        q={query.q}
        searchLabel={t("shopAdmin.invoices.searchLabel")}
        clearHref="/admin/invoices"
      />
      <PagedList
        t={t}
        url={url}
        list={invoices}
        filtered={filtered}
        noMatch={t("shopAdmin.invoices.noMatch")}
        empty={<EmptyState text={t("shopAdmin.invoices.empty")} />}
      >
        <InvoiceTable
          view={view}
          invoices={invoices.rows}
          href={(invoice) => `/admin/invoices/${invoice.id}`}
          client={(invoice) => (
            <>
              {clientName(t, invoice.company, invoice.contact_name)}
              <div class="muted small">{invoice.contact_email}</div>
            </>
          )}
        />
      </PagedList>
    </>
  );
}
