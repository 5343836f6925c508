import type { ComponentChildren } from "preact";
import type { Product } from "@/lib/db/schema.ts";
import type { FormState } from "@/lib/http/forms.ts";
import type { Locale, Translate } from "@/lib/i18n/mod.ts";
import { CsrfField, errorText, Field, FormError } from "../Field.tsx";
import { CheckboxField } from "../CheckboxField.tsx";
import { localizedName } from "./format.ts";

/** The checkbox of a product in the package form. */
export function packageProductField(productId: string): string {
  return `product_${productId}`;
}

/** The product id of a package form checkbox's name, if it is one. */
export function packageProductOf(name: string): string | undefined {
  return /^product_(.+)$/.exec(name)?.[1];
}

interface OfferFormProps {
  form: FormState;
  csrf: string;
  submitLabel: string;
  t: Translate;
}

/** The frame of both forms: the texts, price and display fields around the form's own. */
function OfferForm(
  { form, csrf, submitLabel, t, children }: OfferFormProps & {
    children: ComponentChildren;
  },
) {
  return (
    <form method="post" class="form form-wide" novalidate>
      <CsrfField token={csrf} />
      <input type="hidden" name="intent" value="save" />
      <FormError t={t} errors={form.errors} />
      <fieldset class="card">
        <legend>{t("shopAdmin.offer.texts")}</legend>
        <Field
          t={t}
          name="slug"
          label="shopAdmin.offer.slug"
          required
          hint={t("shopAdmin.offer.slugHint")}
          {...form}
        />
        <div class="field-row">
          <Field
            t={t}
            name="nameEn"
            label="shopAdmin.offer.nameEn"
            required
            {...form}
          />
          <Field
            t={t}
            name="nameDe"
            label="shopAdmin.offer.nameDe"
            required
            {...form}
          />
        </div>
        <div class="field-row">
          <Field
            t={t}
            name="descriptionEn"
            label="shopAdmin.offer.descriptionEn"
            multiline
            {...form}
          />
          <Field
            t={t}
            name="descriptionDe"
            label="shopAdmin.offer.descriptionDe"
            multiline
            {...form}
          />
        </div>
      </fieldset>
      <fieldset class="card">
        <legend>{t("shopAdmin.offer.priceSection")}</legend>
        <div class="field-row">
          <Field
            t={t}
            name="price"
            label="shopAdmin.offer.price"
            required
            hint={t("shopAdmin.offer.priceHint")}
            inputProps={{ inputMode: "decimal" }}
            {...form}
          />
          <Field
            t={t}
            name="currency"
            label="shopAdmin.offer.currency"
            required
            hint={t("shopAdmin.offer.currencyHint")}
            {...form}
          />
        </div>
      </fieldset>
      {children}
      <fieldset class="card">
        <legend>{t("shopAdmin.offer.display")}</legend>
        <Field
          t={t}
          name="position"
          label="shopAdmin.offer.position"
          type="number"
          required
          hint={t("shopAdmin.offer.positionHint")}
          {...form}
        />
        <CheckboxField
          t={t}
          name="active"
          label="shopAdmin.offer.active"
          hint={t("shopAdmin.offer.activeHint")}
          {...form}
        />
      </fieldset>
      <div class="form-actions">
        <button type="submit">{submitLabel}</button>
        <a class="button button-secondary" href="/admin/shop">
          {t("form.cancel")}
        </a>
      </div>
    </form>
  );
}

/** Creating or editing a product: one module and its license terms. */
export function ProductForm(props: OfferFormProps) {
  const { t, form } = props;
  return (
    <OfferForm {...props}>
      <fieldset class="card">
        <legend>{t("shopAdmin.product.licenseSection")}</legend>
        <div class="field-row">
          <Field
            t={t}
            name="moduleKey"
            label="shopAdmin.product.moduleKey"
            required
            hint={t("shopAdmin.product.moduleKeyHint")}
            {...form}
          />
          <Field
            t={t}
            name="trialDays"
            label="shopAdmin.product.trialDays"
            type="number"
            required
            hint={t("shopAdmin.product.trialDaysHint")}
            {...form}
          />
        </div>
      </fieldset>
    </OfferForm>
  );
}

/** Creating or editing a package: which products it bundles. */
export function PackageForm(
  props: OfferFormProps & { products: Product[]; locale: Locale },
) {
  const { t, form, products, locale } = props;
  const values = form.values ?? {};
  const error = form.errors?.products;
  return (
    <OfferForm {...props}>
      <fieldset class="card" aria-describedby="field-products-hint">
        <legend>{t("shopAdmin.package.products")}</legend>
        <span class="hint" id="field-products-hint">
          {t("shopAdmin.package.productsHint")}
        </span>
        {products.length === 0 && (
          <p class="muted">{t("shopAdmin.package.noProducts")}</p>
        )}
        <div class="checkbox-list">
          {products.map((product) => (
            <label>
              <input
                type="checkbox"
                name={packageProductField(product.id)}
                checked={values[packageProductField(product.id)] === "on"}
              />
              {localizedName(locale, product)} <code>{product.module_key}</code>
              {!product.active && (
                <span class="muted small">
                  {` (${t("shopAdmin.catalog.inactive")})`}
                </span>
              )}
            </label>
          ))}
        </div>
        {error && <span class="field-error">{errorText(t, error)}</span>}
      </fieldset>
    </OfferForm>
  );
}
