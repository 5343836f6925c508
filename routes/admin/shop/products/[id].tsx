import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import type { Product } from "@/lib/db/schema.ts";
import { ConflictError } from "@/lib/errors.ts";
import { redirect } from "@/lib/http/flash.ts";
import {
  domainFieldErrors,
  formIntent,
  type FormState,
  parseForm,
} from "@/lib/http/forms.ts";
import { assertStaff, staffActor } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { productForm, productFormValues } from "@/lib/http/shop_admin_forms.ts";
import {
  deleteProduct,
  getProduct,
  updateProduct,
} from "@/lib/shop/catalog.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { PostButton } from "@/components/PostButton.tsx";
import { ProductForm } from "@/components/shop/OfferForms.tsx";
import { ActiveBadge } from "@/components/shop/ShopBadges.tsx";
import { localizedName } from "@/components/shop/format.ts";

interface ProductPageData {
  product: Product;
  form: FormState;
}

type Ctx = FreshContext<State, ProductPageData>;

async function renderForm(
  ctx: Ctx,
  productId: string,
  form?: FormState,
  status = 200,
) {
  const product = await getProduct(ctx.state.services.db, productId);
  return ctx.render({
    product,
    form: form ?? { values: productFormValues(product, ctx.state.locale) },
  }, { status });
}

async function remove(ctx: Ctx, productId: string) {
  const { db, now } = ctx.state.services;
  try {
    await deleteProduct(db, staffActor(ctx.state), productId, now());
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return redirect(`/admin/shop/products/${productId}`, {
      kind: "error",
      message: "shopAdmin.product.inUse",
    }, ctx.state.secure);
  }
  return redirect("/admin/shop", {
    kind: "success",
    message: "shopAdmin.product.deleted",
  }, ctx.state.secure);
}

/** Admin → Shop → one product: edit it, or delete one nobody bought. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    assertStaff(ctx.state);
    return renderForm(ctx, uuidParam(ctx.params.id));
  },
  async POST(req: Request, ctx: Ctx) {
    const actor = staffActor(ctx.state);
    const productId = uuidParam(ctx.params.id);
    if (await formIntent(req) === "delete") return await remove(ctx, productId);
    const { db, now } = ctx.state.services;
    const form = await parseForm(req, productForm);
    if (!form.ok) return renderForm(ctx, productId, form, 422);
    try {
      await updateProduct(db, actor, productId, form.data, now());
    } catch (error) {
      const errors = domainFieldErrors(error);
      return renderForm(ctx, productId, { values: form.values, errors }, 422);
    }
    return redirect(`/admin/shop/products/${productId}`, {
      kind: "success",
      message: "shopAdmin.product.saved",
    }, ctx.state.secure);
  },
};

export default function ProductPage(
  { state, data }: PageProps<ProductPageData, State>,
) {
  const { t, locale } = state;
  const { product } = data;
  return (
    <>
      <PageHeader
        title={localizedName(locale, product)}
        back={{ href: "/admin/shop", label: t("shopAdmin.catalog.back") }}
      >
        <ActiveBadge active={product.active} t={t} />
        {product.active && (
          <a class="button button-secondary" href={`/shop/${product.slug}`}>
            {t("shopAdmin.offer.view")}
          </a>
        )}
        <PostButton
          csrf={state.csrf}
          label={t("shopAdmin.offer.delete")}
          fields={{ intent: "delete" }}
          variant="danger"
        />
      </PageHeader>
      <ProductForm
        form={data.form}
        csrf={state.csrf}
        submitLabel={t("form.save")}
        t={t}
      />
    </>
  );
}
