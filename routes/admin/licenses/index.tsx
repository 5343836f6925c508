import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { z } from "zod";
import type { Paged } from "@/lib/db/paging.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import { searchTerm } from "@/lib/http/form_fields.ts";
import { pageParam } from "@/lib/http/params.ts";
import { formatDateTime } from "@/lib/i18n/mod.ts";
import {
  LICENSE_STATUSES,
  type LicenseListRow,
  listLicenseProducts,
  searchLicenses,
} from "@/lib/licensing/manage.ts";
import { Field } from "@/components/Field.tsx";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { ProductName } from "@/components/licensing/ProductName.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { DataTable } from "@/components/admin/DataTable.tsx";
import { PagedList } from "@/components/admin/PagedList.tsx";
import {
  LicenseStatusBadge,
  LicenseTypeBadge,
} from "@/components/licensing/LicenseBadges.tsx";

/** The query of admin → Licenses; anything unreadable is no filter. */
const licenseSearchQuery = z.object({
  q: searchTerm(200),
  product: z.string().regex(/^[a-z][a-z0-9_-]{1,39}$/).optional()
    .catch(undefined),
  status: z.enum(LICENSE_STATUSES).optional().catch(undefined),
  page: pageParam,
});

type LicenseSearchQuery = z.infer<typeof licenseSearchQuery>;

interface LicensesPageData {
  licenses: Paged<LicenseListRow>;
  products: string[];
  query: LicenseSearchQuery;
  timeZone: string;
}

/** Admin → Licenses: search by key prefix, email, domain or product; filter by status. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, LicensesPageData>) {
    assertStaff(ctx.state);
    const { db, now } = ctx.state.services;
    const query = licenseSearchQuery.parse(
      Object.fromEntries(ctx.url.searchParams),
    );
    const [licenses, products, settings] = await Promise.all([
      searchLicenses(db, query, now()),
      listLicenseProducts(db),
      ctx.state.business(),
    ]);
    return ctx.render({
      licenses,
      products,
      query,
      timeZone: settings.timeZone,
    });
  },
};

export default function LicensesPage(
  { state, data, url }: PageProps<LicensesPageData, State>,
) {
  const { t, locale } = state;
  const { licenses, query, timeZone } = data;
  const filtered = query.q !== "" || query.product || query.status;
  const productOptions: Record<string, string> = {
    "": t("licensing.filter.allProducts"),
  };
  for (const product of data.products) productOptions[product] = product;
  const statusOptions: Record<string, string> = {
    "": t("licensing.filter.allStatuses"),
  };
  for (const status of LICENSE_STATUSES) {
    statusOptions[status] = t(`licensing.status.${status}`);
  }
  return (
    <>
      <PageHeader title={t("licensing.title")} intro={t("licensing.intro")}>
        <a class="button button-secondary" href="/admin/licenses/api-keys">
          {t("licensing.apiKeys.link")}
        </a>
      </PageHeader>
      <form method="get" class="toolbar" role="search">
        <div class="field license-search">
          <label for="license-search">{t("licensing.search.label")}</label>
          <input id="license-search" type="search" name="q" value={query.q} />
        </div>
        <Field
          t={t}
          name="product"
          label="licensing.filter.product"
          options={productOptions}
          values={{ product: query.product ?? "" }}
        />
        <Field
          t={t}
          name="status"
          label="licensing.filter.status"
          options={statusOptions}
          values={{ status: query.status ?? "" }}
        />
        <button type="submit" class="button-secondary">
          {t("licensing.filter.apply")}
        </button>
        {filtered && (
          <a class="button button-secondary" href="/admin/licenses">
            {t("licensing.filter.clear")}
          </a>
        )}
      </form>
      <PagedList
        t={t}
        url={url}
        list={licenses}
        filtered={Boolean(filtered)}
        noMatch={t("licensing.noMatch")}
        empty={
          <EmptyState
            title={t("licensing.empty.title")}
            text={t("licensing.empty.text")}
          >
            <a class="button" href="/admin/licenses/api-keys">
              {t("licensing.apiKeys.link")}
            </a>
          </EmptyState>
        }
      >
        <DataTable
          rows={licenses.rows}
          columns={[
            {
              label: t("licensing.col.key"),
              cell: (license) => (
                <a href={`/admin/licenses/${license.id}`}>
                  <code>{license.key_prefix}</code>
                </a>
              ),
            },
            {
              label: t("licensing.col.product"),
              cell: (license) => (
                <>
                  <ProductName license={license} locale={locale} />{" "}
                  <LicenseTypeBadge type={license.type} t={t} />
                  {license.own_installation && (
                    <>
                      {" "}
                      <span class="badge badge-active">
                        {t("licensing.ownInstallation")}
                      </span>
                    </>
                  )}
                </>
              ),
            },
            {
              label: t("licensing.col.holder"),
              cell: (license) => (
                <>
                  {license.name && <div>{license.name}</div>}
                  <div class={license.name ? "muted" : undefined}>
                    {license.email}
                  </div>
                </>
              ),
            },
            {
              label: t("licensing.col.domain"),
              cell: (license) =>
                license.domain ??
                  <span class="muted">{t("licensing.notBound")}</span>,
            },
            {
              label: t("licensing.col.status"),
              cell: (license) => (
                <LicenseStatusBadge status={license.status} t={t} />
              ),
            },
            {
              label: t("licensing.col.expires"),
              cell: (license) =>
                license.expires_at
                  ? formatDateTime(locale, license.expires_at, timeZone)
                  : <span class="muted">{t("licensing.noExpiry")}</span>,
            },
          ]}
        />
      </PagedList>
    </>
  );
}
