/**
 * The product and package forms as zod schemas: what staff type (prices
 * in the currency's major unit, one checkbox per package product) becomes
 * the typed input of lib/shop/catalog.ts, and stored offers as form values.
 * Messages are catalog keys.
 */
import { z } from "zod";
import type { Package, Product } from "@/lib/db/schema.ts";
import type { Locale } from "@/lib/i18n/mod.ts";
import type { PackageInput, ProductInput } from "@/lib/shop/catalog.ts";
import {
  checkbox,
  type FormValues,
  forwardIssues,
  optionalText,
  requiredText,
} from "@/lib/http/forms.ts";
import {
  amountCents,
  amountText,
  currencyCode,
  wholeNumber,
} from "@/lib/http/form_fields.ts";
import {
  packageProductField,
  packageProductOf,
} from "@/components/shop/OfferForms.tsx";

const offerFields = {
  slug: z.string({ error: "form.required" }).trim().toLowerCase()
    .min(1, "form.required")
    .regex(/^[a-z0-9][a-z0-9-]{1,59}$/, "shopAdmin.form.slug"),
  nameEn: requiredText(120),
  nameDe: requiredText(120),
  descriptionEn: optionalText(4000),
  descriptionDe: optionalText(4000),
  price: amountCents(),
  currency: currencyCode(),
  position: wholeNumber(-9999, 9999),
  active: checkbox(),
};

type OfferFields = z.infer<z.ZodObject<typeof offerFields>>;

function offerInput(form: OfferFields) {
  return {
    slug: form.slug,
    nameEn: form.nameEn,
    nameDe: form.nameDe,
    descriptionEn: form.descriptionEn ?? "",
    descriptionDe: form.descriptionDe ?? "",
    priceCents: form.price,
    currency: form.currency,
    position: form.position,
    active: form.active,
  };
}

function offerValues(offer: Product | Package, locale: Locale): FormValues {
  return {
    slug: offer.slug,
    nameEn: offer.name_en,
    nameDe: offer.name_de,
    descriptionEn: offer.description_en,
    descriptionDe: offer.description_de,
    price: amountText(offer.price_cents, locale),
    currency: offer.currency,
    position: String(offer.position),
    ...(offer.active ? { active: "on" } : {}),
  };
}

/** The values of an empty product or package form. */
export function newOfferValues(currencyCode: string): FormValues {
  return {
    price: "0",
    currency: currencyCode,
    position: "0",
    trialDays: "0",
    active: "on",
  };
}

/** The product form. */
export const productForm = z.object({
  ...offerFields,
  moduleKey: z.string({ error: "form.required" }).trim().toLowerCase()
    .min(1, "form.required")
    .regex(/^[a-z][a-z0-9_-]{1,39}$/, "shopAdmin.form.moduleKey"),
  trialDays: wholeNumber(0, 365),
}).transform((form): ProductInput => ({
  ...offerInput(form),
  moduleKey: form.moduleKey,
  trialDays: form.trialDays,
}));

/** A stored product as form values (the price in major units). */
export function productFormValues(
  product: Product,
  locale: Locale,
): FormValues {
  return {
    ...offerValues(product, locale),
    moduleKey: product.module_key,
    trialDays: String(product.trial_days),
  };
}

/** The package form; each checked `product_<id>` box is one of its products. */
export const packageForm = z.record(z.string(), z.unknown())
  .transform((raw, ctx): PackageInput => {
    const fields = z.object(offerFields).safeParse(raw);
    const productIds = Object.entries(raw)
      .filter(([, value]) => value === "on")
      .map(([name]) => packageProductOf(name))
      .filter((id) => id !== undefined);
    if (!fields.success) forwardIssues(fields.error, ctx);
    if (
      !productIds.length ||
      !productIds.every((id) => z.uuid().safeParse(id).success)
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["products"],
        message: "shopAdmin.package.productsRequired",
      });
    }
    return fields.success
      ? { ...offerInput(fields.data), productIds }
      : z.NEVER;
  });

/** A stored package as form values. */
export function packageFormValues(
  pkg: Package,
  productIds: string[],
  locale: Locale,
): FormValues {
  return {
    ...offerValues(pkg, locale),
    ...Object.fromEntries(
      productIds.map((id) => [packageProductField(id), "on"]),
    ),
  };
}
