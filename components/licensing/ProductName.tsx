import type { Locale } from "@/lib/i18n/mod.ts";
import type { ProductNames } from "@/lib/licensing/manage.ts";

/**
 * A license's product by the name the shop sells it under, its module key
 * small beside it; the key alone when no product sells the module.
 */
export function ProductName(
  { license, locale }: {
    license: ProductNames & { product: string };
    locale: Locale;
  },
) {
  const name = locale === "de"
    ? license.product_name_de
    : license.product_name_en;
  if (!name) return <code>{license.product}</code>;
  return (
    <>
      {name} <code class="muted">{license.product}</code>
    </>
  );
}

/** The product's name as plain text, e.g. for a label. */
export function productNameText(
  license: ProductNames & { product: string },
  locale: Locale,
): string {
  return (locale === "de"
    ? license.product_name_de
    : license.product_name_en) ?? license.product;
}
