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
    <td>
      <a href={href}>
        <strong>{localizedName(locale, item)}</strong>
      </a>
      <div class="muted small">
        {localizedName(other, item)} · <code>/shop/{item.slug}</code>
      </div>
    </td>
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
          <table>
            <thead>
              <tr>
                <th scope="col">{t("shopAdmin.offer.name")}</th>
                <th scope="col">{t("shopAdmin.product.moduleKey")}</th>
                <th scope="col" class="numeric">
                  {t("shopAdmin.offer.price")}
                </th>
                <th scope="col">{t("shopAdmin.product.trial")}</th>
                <th scope="col">{t("shopAdmin.catalog.status")}</th>
              </tr>
            </thead>
            <tbody>
              {data.products.map((product) => (
                <tr>
                  <NameCell
                    href={`/admin/shop/products/${product.id}`}
                    item={product}
                    locale={locale}
                  />
                  <td>
                    <code>{product.module_key}</code>
                  </td>
                  <td class="numeric">
                    {price(
                      t,
                      locale,
                      product.price_cents,
                      product.currency,
                    )}
                  </td>
                  <td>
                    {product.trial_days > 0
                      ? t("shopAdmin.product.trialDaysValue", {
                        days: product.trial_days,
                      })
                      : <span class="muted">{t("shopAdmin.none")}</span>}
                  </td>
                  <td>
                    <ActiveBadge active={product.active} t={t} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
          <table>
            <thead>
              <tr>
                <th scope="col">{t("shopAdmin.offer.name")}</th>
                <th scope="col">{t("shopAdmin.package.products")}</th>
                <th scope="col" class="numeric">
                  {t("shopAdmin.offer.price")}
                </th>
                <th scope="col">{t("shopAdmin.catalog.status")}</th>
              </tr>
            </thead>
            <tbody>
              {data.packages.map((pkg) => (
                <tr>
                  <NameCell
                    href={`/admin/shop/packages/${pkg.id}`}
                    item={pkg}
                    locale={locale}
                  />
                  <td>
                    {pkg.products.map((product) =>
                      localizedName(locale, product)
                    ).join(", ")}
                  </td>
                  <td class="numeric">
                    {price(t, locale, pkg.price_cents, pkg.currency)}
                  </td>
                  <td>
                    <ActiveBadge active={pkg.active} t={t} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableOrEmpty>
      </section>
    </>
  );
}
