import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { redirect } from "@/lib/http/flash.ts";
import {
  domainFieldErrors,
  type FormState,
  parseForm,
} from "@/lib/http/forms.ts";
import { assertStaff, staffActor } from "@/lib/http/guards.ts";
import { newOfferValues, productForm } from "@/lib/http/shop_admin_forms.ts";
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
    const form = await parseForm(req, productForm);
    if (!form.ok) return ctx.render(form, { status: 422 });
    let productId: string;
    try {
      productId = await createProduct(db, actor, form.data, now());
    } catch (error) {
      const errors = domainFieldErrors(error);
      return ctx.render({ values: form.values, errors }, { status: 422 });
    }
    return redirect(`/admin/shop/products/${productId}`, {
      kind: "success",
      message: "shopAdmin.product.created",
      params: { name: form.data.nameEn },
    }, ctx.state.secure);
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
