import type { PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import type { Package } from "@/lib/db/schema.ts";
import {
  deletePackage,
  getPackage,
  listProducts,
  updatePackage,
} from "@/lib/shop/catalog.ts";
import { packageForm, packageFormValues } from "../(_shared)/offer_forms.ts";
import {
  offerHandlers,
  type OfferPageData,
  OfferPageHeader,
} from "../(_shared)/offer_page.tsx";
import { PackageForm } from "@/components/shop/OfferForms.tsx";

/** Admin → Shop → one package: edit it and its products, or delete it if never ordered. */
export const handler = offerHandlers({
  noun: "package",
  schema: packageForm,
  async load(db, id, locale) {
    const [{ pkg, productIds }, products] = await Promise.all([
      getPackage(db, id),
      listProducts(db),
    ]);
    const values = packageFormValues(pkg, productIds, locale);
    return { offer: pkg, values, products };
  },
  update: updatePackage,
  remove: deletePackage,
});

export default function PackagePage(
  { state, data }: PageProps<OfferPageData<Package>, State>,
) {
  return (
    <>
      <OfferPageHeader state={state} offer={data.offer} />
      <PackageForm
        form={data.form}
        products={data.products}
        locale={state.locale}
        csrf={state.csrf}
        submitLabel={state.t("form.save")}
        t={state.t}
      />
    </>
  );
}
