import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import type { Product } from "@/lib/db/schema.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { assertStaff, staffActor } from "@/lib/http/guards.ts";
import { newOfferValues, packageForm } from "../(_shared)/offer_forms.ts";
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
    return await submitForm(req, ctx.state.secure, {
      schema: packageForm,
      run: (input) => createPackage(db, actor, input, now()),
      invalid: (form, status) => renderForm(ctx, form, status),
      done: (packageId, input) => ({
        to: `/admin/shop/packages/${packageId}`,
        flash: {
          kind: "success",
          message: "shopAdmin.package.created",
          params: { name: input.nameEn },
        },
      }),
    });
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
