import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { z } from "zod";
import { type ClientListRow, listClients } from "@/lib/crm/clients.ts";
import type { Paged } from "@/lib/db/paging.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import { pageParam } from "@/lib/http/params.ts";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { PagedList, SearchBar } from "@/components/admin/PagedList.tsx";
import { DataTable } from "@/components/admin/DataTable.tsx";
import { clientName } from "@/components/crm/clientName.ts";

interface ClientsPageData {
  clients: Paged<ClientListRow>;
  search: string;
}

const querySchema = z.object({
  q: z.string().trim().max(100).catch(""),
  page: pageParam,
});

/** Admin → Clients: search by company, contact name or email; page by page. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, ClientsPageData>) {
    assertStaff(ctx.state);
    const query = querySchema.parse(Object.fromEntries(ctx.url.searchParams));
    const clients = await listClients(ctx.state.services.db, {
      search: query.q,
      page: query.page,
    });
    return ctx.render({ clients, search: query.q });
  },
};

export default function ClientsPage(
  { state, data, url }: PageProps<ClientsPageData, State>,
) {
  const { t } = state;
  const { clients, search } = data;
  return (
    <>
      <PageHeader title={t("crm.clients.title")}>
        <a class="button" href="/admin/clients/new">{t("crm.clients.new")}</a>
      </PageHeader>
      <SearchBar
        id="client-search"
        label={t("crm.clients.searchLabel")}
        submit={t("crm.clients.search")}
        clear={t("crm.clients.clearSearch")}
        value={search}
        clearHref="/admin/clients"
      />
      <PagedList
        t={t}
        url={url}
        list={clients}
        filtered={search !== ""}
        noMatch={t("crm.clients.noMatch", { search })}
        empty={
          <EmptyState
            title={t("crm.clients.empty.title")}
            text={t("crm.clients.empty.text")}
          >
            <a class="button" href="/admin/clients/new">
              {t("crm.clients.new")}
            </a>
          </EmptyState>
        }
      >
        <DataTable
          rows={clients.rows}
          columns={[
            {
              label: t("crm.clients.client"),
              cell: (client) => (
                <a href={`/admin/clients/${client.id}`}>
                  <strong>
                    {clientName(t, client.company, client.primary_name)}
                  </strong>
                </a>
              ),
            },
            {
              label: t("crm.clients.primaryContact"),
              cell: (client) => (
                <>
                  {client.primary_name}
                  {client.primary_email && (
                    <div class="muted">{client.primary_email}</div>
                  )}
                </>
              ),
            },
            {
              label: t("crm.clients.contacts"),
              cell: (client) => client.contact_count,
            },
            {
              label: t("crm.clients.location"),
              cell: (client) =>
                [client.city, client.country].filter(Boolean).join(", "),
            },
          ]}
        />
      </PagedList>
    </>
  );
}
