import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { assertStaff, staffActor } from "@/lib/http/guards.ts";
import { newOfferValues, productForm } from "../(_shared)/offer_forms.ts";
import { createProduct } from "@/lib/shop/catalog.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { ProductForm } from "@/components/shop/OfferForms.tsx";

type Ctx = FreshContext<State, FormState>;

/** Admin → Shop → New product; 303 to its page, or 422 with the form. */
export const handler = {
  async GET(_req: Request, ctx: Ctx) {
    assertStaff(ctx.state);
    const { currency } = await ctx.state.business();
    return ctx.render({ values: newOfferValues(currency) });
  },
  async POST(req: Request, ctx: Ctx) {
    const actor = staffActor(ctx.state);
    const { db, now } = ctx.state.services;
    return await submitForm(req, ctx.state.secure, {
      schema: productForm,
      run: (input) => createProduct(db, actor, input, now()),
      invalid: (form, status) => ctx.render(form, { status }),
      done: (productId, input) => ({
        to: `/admin/shop/products/${productId}`,
        flash: {
          kind: "success",
          message: "shopAdmin.product.created",
          params: { name: input.nameEn },
        },
      }),
    });
  },
};

export default function NewProductPage(
  { state, data }: PageProps<FormState, State>,
) {
  const { t } = state;
  return (
    <>
      <PageHeader
        title={t("shopAdmin.product.new")}
        back={{ href: "/admin/shop", label: t("shopAdmin.catalog.back") }}
      />
      <ProductForm
        form={data}
        csrf={state.csrf}
        submitLabel={t("shopAdmin.product.create")}
        t={t}
      />
    </>
  );
}
