import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import type { Product } from "@/lib/db/schema.ts";
import { redirect } from "@/lib/http/flash.ts";
import {
  domainFieldErrors,
  type FormState,
  parseForm,
} from "@/lib/http/forms.ts";
import { assertStaff, staffActor } from "@/lib/http/guards.ts";
import { newOfferValues, packageForm } from "@/lib/http/shop_admin_forms.ts";
import { createPackage, listProducts } from "@/lib/shop/catalog.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { PackageForm } from "@/components/shop/OfferForms.tsx";

interface NewPackageData {
  products: Product[];
  form: FormState;
}

type Ctx = FreshContext<State, NewPackageData>;

async function renderForm(ctx: Ctx, form: FormState, status = 200) {
  const products = await listProducts(ctx.state.services.db);
  return ctx.render({ products, form }, { status });
}

/** Admin → Shop → New package; 303 to its page, or 422 with the form. */
export const handler = {
  async GET(_req: Request, ctx: Ctx) {
    assertStaff(ctx.state);
    const { currency } = await ctx.state.business();
    return renderForm(ctx, { values: newOfferValues(currency) });
  },
  async POST(req: Request, ctx: Ctx) {
    const actor = staffActor(ctx.state);
    const { db, now } = ctx.state.services;
    const form = await parseForm(req, packageForm);
    if (!form.ok) return renderForm(ctx, form, 422);
    let packageId: string;
    try {
      packageId = await createPackage(db, actor, form.data, now());
    } catch (error) {
      const errors = domainFieldErrors(error);
      return renderForm(ctx, { values: form.values, errors }, 422);
    }
    return redirect(`/admin/shop/packages/${packageId}`, {
      kind: "success",
      message: "shopAdmin.package.created",
      params: { name: form.data.nameEn },
    }, ctx.state.secure);
  },
};

export default function NewPackagePage(
  { state, data }: PageProps<NewPackageData, State>,
) {
  const { t, locale } = state;
  return (
    <>
      <PageHeader
        title={t("shopAdmin.package.new")}
        back={{ href: "/admin/shop", label: t("shopAdmin.catalog.back") }}
      />
      <PackageForm
        form={data.form}
        products={data.products}
        locale={locale}
        csrf={state.csrf}
        submitLabel={t("shopAdmin.package.create")}
        t={t}
      />
    </>
  );
}
