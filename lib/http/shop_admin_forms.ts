/**
 * The shop admin forms as zod schemas: what staff type (prices and
 * amounts in the currency's major unit, dates in
 * the business time zone, one checkbox per package product) becomes the
 * typed input of lib/shop/admin.ts. Messages are catalog keys.
 */
import { z } from "zod";
import type { Package, Product } from "../db/schema.ts";
import type { Locale } from "../i18n/mod.ts";
import type { PackageInput, ProductInput } from "../shop/catalog.ts";
import type { ShopSettingsView } from "../shop/settings.ts";
import { INVOICE_LIST_STATUSES } from "../shop/invoices.ts";
import { ORDER_STATUSES } from "../shop/orders.ts";
import {
  checkbox,
  type FormValues,
  optionalText,
  requiredText,
} from "./forms.ts";
import { pageParam } from "./params.ts";
import { priceCents, wholeNumber } from "./booking_admin_forms.ts";
import { isWithinDateYears } from "../validation.ts";

/** An amount in cents as the major unit staff type ("49.90", "49,90" in German). */
export function majorUnits(cents: number, locale: Locale): string {
  const text = (cents / 100).toFixed(2);
  return locale === "de" ? text.replace(".", ",") : text;
}

const currency = () =>
  z.string({ error: "form.required" }).trim().toUpperCase()
    .regex(/^[A-Z]{3}$/, "bookingAdmin.form.currency");

const offerFields = {
  slug: z.string({ error: "form.required" }).trim().toLowerCase()
    .min(1, "form.required")
    .regex(/^[a-z0-9][a-z0-9-]{1,59}$/, "shopAdmin.form.slug"),
  nameEn: requiredText(120),
  nameDe: requiredText(120),
  descriptionEn: optionalText(4000),
  descriptionDe: optionalText(4000),
  price: priceCents(),
  currency: currency(),
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
    price: majorUnits(offer.price_cents, locale),
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

/** The checkbox of a product in the package form. */
export function packageProductField(productId: string): string {
  return `product_${productId}`;
}

const PACKAGE_PRODUCT_FIELD = /^product_(.+)$/;

/** The package form; each checked `product_<id>` box is one of its products. */
export const packageForm = z.record(z.string(), z.unknown())
  .transform((raw, ctx): PackageInput => {
    const fields = z.object(offerFields).safeParse(raw);
    const productIds = Object.entries(raw)
      .filter(([name, value]) =>
        PACKAGE_PRODUCT_FIELD.test(name) && value === "on"
      )
      .map(([name]) => PACKAGE_PRODUCT_FIELD.exec(name)![1]);
    if (!fields.success) {
      for (const issue of fields.error.issues) {
        ctx.addIssue({
          code: "custom",
          path: issue.path,
          message: issue.message,
        });
      }
    }
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

/** An empty select option means "no filter"; a bad value is dropped. */
const optionalChoice = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => value === "" ? undefined : value, schema.optional())
    .catch(undefined);

const searchTerm = z.string().trim().max(100).catch("");

/** The order list's filters from the query string. */
export const orderFiltersQuery = z.object({
  status: optionalChoice(z.enum(ORDER_STATUSES)),
  q: searchTerm,
  page: pageParam,
});

/** The invoice list's filters from the query string. */
export const invoiceFiltersQuery = z.object({
  status: optionalChoice(z.enum(INVOICE_LIST_STATUSES)),
  q: searchTerm,
  page: pageParam,
});

/** How a payment arrived; the provider's webhook records its own method. */
export const PAYMENT_METHODS = [
  "bank_transfer",
  "card",
  "cash",
  "other",
] as const;

/** Recording a payment by hand. The date is a day in the business time zone. */
export const paymentForm = z.object({
  amount: priceCents().refine(
    (cents) => cents > 0,
    "shopAdmin.payment.amountPositive",
  ),
  paidOn: z.string({ error: "form.required" }).trim().min(1, "form.required")
    .pipe(z.iso.date("bookingAdmin.form.date"))
    .refine(isWithinDateYears, "bookingAdmin.form.date")
    .transform((text) => Temporal.PlainDate.from(text)),
  method: z.enum(PAYMENT_METHODS, { error: "form.invalid" }),
  transactionId: requiredText(200),
});

/** Today's date in `timeZone` at the instant `now`. */
export function todayIn(timeZone: string, now: Date): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime())
    .toZonedDateTimeISO(timeZone).toPlainDate();
}

/**
 * The instant a payment made on `day` is recorded at: now when it is
 * today, otherwise noon of that day, so it shows as that day in any
 * nearby zone. A later day stays in the future (and is refused).
 */
export function paymentInstant(
  day: Temporal.PlainDate,
  timeZone: string,
  now: Date,
): Date {
  if (day.equals(todayIn(timeZone, now))) return now;
  const noon = day.toZonedDateTime({ timeZone, plainTime: "12:00" });
  return new Date(noon.epochMilliseconds);
}

/** Cancelling an order, or retrying one of its license grants. */
export const orderActionForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("cancel") }),
  z.object({ intent: z.literal("retry"), grantId: z.uuid("form.invalid") }),
], { error: "form.invalid" });

/** Basis points as the percent staff type: 1900 → "19", 750 → "7.5" ("7,5"). */
export function taxRatePercent(basisPoints: number, locale: Locale): string {
  const text = String(basisPoints / 100);
  return locale === "de" ? text.replace(".", ",") : text;
}

/** A secret typed into a write-only field: empty keeps the stored one. */
const newSecret = () =>
  z.preprocess(
    (value) =>
      typeof value === "string" && value.trim() === "" ? undefined : value,
    z.string().trim().min(16, "shopAdmin.settings.secretTooShort")
      .max(500, "form.tooLong").optional(),
  );

/** The shop settings form. */
export const shopSettingsForm = z.object({
  licenseServerUrl: z.string().trim().max(500, "form.tooLong")
    .refine(
      (url) => url === "" || /^https?:\/\/[^\s/]+(\/\S*)?$/.test(url),
      "shopAdmin.settings.urlInvalid",
    )
    .transform((url) => url.replace(/\/+$/, "")),
  licenseServerApiKey: newSecret(),
  currency: currency(),
  invoicePrefix: z.string({ error: "form.required" }).trim().toUpperCase()
    .regex(/^[A-Z0-9-]{1,12}$/, "shopAdmin.settings.prefixInvalid"),
  paymentTermDays: wholeNumber(0, 120),
  webhookSecret: newSecret(),
  generateWebhookSecret: checkbox(),
}).refine(
  (form) => !(form.generateWebhookSecret && form.webhookSecret),
  { path: ["webhookSecret"], message: "shopAdmin.settings.secretOrGenerate" },
);

/** Stored settings as form values (secrets are never put back into a page). */
export function shopSettingsFormValues(
  settings: ShopSettingsView,
): FormValues {
  return {
    licenseServerUrl: settings.licenseServerUrl,
    currency: settings.currency,
    invoicePrefix: settings.invoicePrefix,
    paymentTermDays: String(settings.paymentTermDays),
  };
}
