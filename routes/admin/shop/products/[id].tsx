import type { PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import type { Product } from "@/lib/db/schema.ts";
import {
  deleteProduct,
  getProduct,
  updateProduct,
} from "@/lib/shop/catalog.ts";
import { productForm, productFormValues } from "../(_shared)/offer_forms.ts";
import {
  offerHandlers,
  type OfferPageData,
  OfferPageHeader,
} from "../(_shared)/offer_page.tsx";
import { ProductForm } from "@/components/shop/OfferForms.tsx";

/** Admin → Shop → one product: edit it, or delete one nobody bought. */
export const handler = offerHandlers({
  noun: "product",
  schema: productForm,
  async load(db, id, locale) {
    const offer = await getProduct(db, id);
    return { offer, values: productFormValues(offer, locale), products: [] };
  },
  update: updateProduct,
  remove: deleteProduct,
});

export default function ProductPage(
  { state, data }: PageProps<OfferPageData<Product>, State>,
) {
  return (
    <>
      <OfferPageHeader state={state} offer={data.offer} />
      <ProductForm
        form={data.form}
        csrf={state.csrf}
        submitLabel={state.t("form.save")}
        t={state.t}
      />
    </>
  );
}
