import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import type { Package, Product } from "@/lib/db/schema.ts";
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
import { packageForm, packageFormValues } from "@/lib/http/shop_admin_forms.ts";
import {
  deletePackage,
  getPackage,
  listProducts,
  updatePackage,
} from "@/lib/shop/catalog.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { PostButton } from "@/components/PostButton.tsx";
import { PackageForm } from "@/components/shop/OfferForms.tsx";
import { ActiveBadge } from "@/components/shop/ShopBadges.tsx";
import { localizedName } from "@/components/shop/format.ts";

interface PackagePageData {
  pkg: Package;
  products: Product[];
  form: FormState;
}

type Ctx = FreshContext<State, PackagePageData>;

async function renderForm(
  ctx: Ctx,
  packageId: string,
  form?: FormState,
  status = 200,
) {
  const { db } = ctx.state.services;
  const [{ pkg, productIds }, products] = await Promise.all([
    getPackage(db, packageId),
    listProducts(db),
  ]);
  return ctx.render({
    pkg,
    products,
    form: form ??
      { values: packageFormValues(pkg, productIds, ctx.state.locale) },
  }, { status });
}

async function remove(ctx: Ctx, packageId: string) {
  const { db, now } = ctx.state.services;
  try {
    await deletePackage(db, staffActor(ctx.state), packageId, now());
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    return redirect(`/admin/shop/packages/${packageId}`, {
      kind: "error",
      message: "shopAdmin.package.inUse",
    }, ctx.state.secure);
  }
  return redirect("/admin/shop", {
    kind: "success",
    message: "shopAdmin.package.deleted",
  }, ctx.state.secure);
}

/** Admin → Shop → one package: edit it and its products, or delete it if never ordered. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    assertStaff(ctx.state);
    return renderForm(ctx, uuidParam(ctx.params.id));
  },
  async POST(req: Request, ctx: Ctx) {
    const actor = staffActor(ctx.state);
    const packageId = uuidParam(ctx.params.id);
    if (await formIntent(req) === "delete") return await remove(ctx, packageId);
    const { db, now } = ctx.state.services;
    const form = await parseForm(req, packageForm);
    if (!form.ok) return renderForm(ctx, packageId, form, 422);
    try {
      await updatePackage(db, actor, packageId, form.data, now());
    } catch (error) {
      const errors = domainFieldErrors(error);
      return renderForm(ctx, packageId, { values: form.values, errors }, 422);
    }
    return redirect(`/admin/shop/packages/${packageId}`, {
      kind: "success",
      message: "shopAdmin.package.saved",
    }, ctx.state.secure);
  },
};

export default function PackagePage(
  { state, data }: PageProps<PackagePageData, State>,
) {
  const { t, locale } = state;
  const { pkg } = data;
  return (
    <>
      <PageHeader
        title={localizedName(locale, pkg)}
        back={{ href: "/admin/shop", label: t("shopAdmin.catalog.back") }}
      >
        <ActiveBadge active={pkg.active} t={t} />
        {pkg.active && (
          <a class="button button-secondary" href={`/shop/${pkg.slug}`}>
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
      <PackageForm
        form={data.form}
        products={data.products}
        locale={locale}
        csrf={state.csrf}
        submitLabel={t("form.save")}
        t={t}
      />
    </>
  );
}
