import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import type { Product } from "@/lib/db/schema.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import {
  listPackages,
  listProducts,
  type PackageListRow,
} from "@/lib/shop/catalog.ts";
import { formatMoney, type Locale, type Translate } from "@/lib/i18n/mod.ts";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { TableOrEmpty } from "@/components/admin/PagedList.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { ActiveBadge } from "@/components/shop/ShopBadges.tsx";
import { localizedName } from "@/components/shop/format.ts";
import { DataTable } from "@/components/admin/DataTable.tsx";

interface CatalogData {
  products: Product[];
  packages: PackageListRow[];
}

/** Admin → Shop: every product and package, on sale or not. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, CatalogData>) {
    assertStaff(ctx.state);
    const { db } = ctx.state.services;
    const [products, packages] = await Promise.all([
      listProducts(db),
      listPackages(db),
    ]);
    return ctx.render({ products, packages });
  },
};

function price(t: Translate, locale: Locale, cents: number, currency: string) {
  return cents === 0 ? t("shop.free") : formatMoney(locale, cents, currency);
}

/** The name in the reader's language, the other one below, linking to the form. */
function NameCell(
  { href, item, locale }: {
    href: string;
    item: { name_en: string; name_de: string; slug: string };
    locale: Locale;
  },
) {
  const other = locale === "de" ? "en" : "de";
  return (
    <>
      <a href={href}>
        <strong>{localizedName(locale, item)}</strong>
      </a>
      <div class="muted small">
        {localizedName(other, item)} · <code>/shop/{item.slug}</code>
      </div>
    </>
  );
}

export default function CatalogPage(
  { state, data }: PageProps<CatalogData, State>,
) {
  const { t, locale } = state;
  const newProduct = (
    <a class="button" href="/admin/shop/products/new">
      {t("shopAdmin.product.new")}
    </a>
  );
  const newPackage = (
    <a class="button button-secondary" href="/admin/shop/packages/new">
      {t("shopAdmin.package.new")}
    </a>
  );
  return (
    <>
      <PageHeader
        title={t("shopAdmin.catalog.title")}
        intro={t("shopAdmin.catalog.intro")}
      >
        {newProduct}
        {newPackage}
      </PageHeader>

      <section class="section">
        <h2>{t("shopAdmin.catalog.products")}</h2>
        <TableOrEmpty
          rows={data.products.length}
          empty={
            <EmptyState
              title={t("shopAdmin.catalog.noProductsTitle")}
              text={t("shopAdmin.catalog.noProducts")}
            >
              {newProduct}
            </EmptyState>
          }
        >
          <DataTable
            rows={data.products}
            columns={[
              {
                label: t("shopAdmin.offer.name"),
                cell: (product) => (
                  <NameCell
                    href={`/admin/shop/products/${product.id}`}
                    item={product}
                    locale={locale}
                  />
                ),
              },
              {
                label: t("shopAdmin.product.moduleKey"),
                cell: (product) => <code>{product.module_key}</code>,
              },
              {
                label: t("shopAdmin.offer.price"),
                numeric: true,
                cell: (product) =>
                  price(t, locale, product.price_cents, product.currency),
              },
              {
                label: t("shopAdmin.product.trial"),
                cell: (product) =>
                  product.trial_days > 0
                    ? t("shopAdmin.product.trialDaysValue", {
                      days: product.trial_days,
                    })
                    : <span class="muted">{t("shopAdmin.none")}</span>,
              },
              {
                label: t("shopAdmin.catalog.status"),
                cell: (product) => (
                  <ActiveBadge
                    active={product.active}
                    t={t}
                  />
                ),
              },
            ]}
          />
        </TableOrEmpty>
      </section>

      <section class="section">
        <h2>{t("shopAdmin.catalog.packages")}</h2>
        <TableOrEmpty
          rows={data.packages.length}
          empty={
            <EmptyState text={t("shopAdmin.catalog.noPackages")}>
              {data.products.length > 0 && newPackage}
            </EmptyState>
          }
        >
          <DataTable
            rows={data.packages}
            columns={[
              {
                label: t("shopAdmin.offer.name"),
                cell: (pkg) => (
                  <NameCell
                    href={`/admin/shop/packages/${pkg.id}`}
                    item={pkg}
                    locale={locale}
                  />
                ),
              },
              {
                label: t("shopAdmin.package.products"),
                cell: (pkg) =>
                  pkg.products.map((product) => localizedName(locale, product))
                    .join(", "),
              },
              {
                label: t("shopAdmin.offer.price"),
                numeric: true,
                cell: (pkg) => price(t, locale, pkg.price_cents, pkg.currency),
              },
              {
                label: t("shopAdmin.catalog.status"),
                cell: (pkg) => <ActiveBadge active={pkg.active} t={t} />,
              },
            ]}
          />
        </TableOrEmpty>
      </section>
    </>
  );
}
