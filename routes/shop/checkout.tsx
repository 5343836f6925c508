import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import { z } from "zod";
import type { State } from "@/lib/http/state.ts";
import { findOffer } from "@/lib/shop/catalog.ts";
import {
  CONFIRMATION_HOURS,
  submitCheckout,
} from "@/lib/shop/held_checkouts.ts";
import {
  buyerKind,
  missingCheckoutFields,
  offerLine,
} from "@/lib/shop/checkout.ts";
import { quoteCheckout } from "@/lib/shop/pricing.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { clientBillingValues } from "@/lib/shop/portal.ts";
import { countryOptions, isCountryCode } from "@/lib/billing/countries.ts";
import type { BuyerKind, CheckoutForm } from "@/lib/db/schema.ts";
import { ConflictError, NotFoundError } from "@/lib/errors.ts";
import {
  checkbox,
  domainFieldErrors,
  emailField,
  formIntent,
  type FormState,
  type FormValues,
  optionalText,
  parseForm,
  requiredText,
} from "@/lib/http/forms.ts";
import { redirect } from "@/lib/http/flash.ts";
import { orderPlacedRedirect } from "./(_shared)/order_placed.ts";
import { consumeRateLimit } from "@/lib/rate_limit.ts";
import { CsrfField, Field, FormError } from "@/components/Field.tsx";
import { localized } from "@/components/shop/Offers.tsx";
import {
  TermsField,
  WithdrawalConsentField,
} from "@/components/shop/TermsField.tsx";
import {
  checkoutSummaryView,
  orderButtonKey,
} from "@/components/shop/checkout_summary.ts";
import CheckoutSummary, {
  type CheckoutSummaryView,
} from "@/islands/CheckoutSummary.tsx";

type Offer = Awaited<ReturnType<typeof findOffer>>;

interface Data {
  offer: Offer;
  mode: "buy" | "trial";
  form: FormState;
  /** Null for free products and trials, which ask only name, email and country. */
  summary: CheckoutSummaryView | null;
}

/** Checkouts per address in ten minutes. */
export const CHECKOUT_RATE_LIMIT = { limit: 10, windowSeconds: 600 };

const FORM_ID = "checkout-form";

const query = z.object({
  item: z.string().regex(/^[a-z0-9-]{2,60}$/),
  mode: z.enum(["buy", "trial"]).default("buy"),
});

/**
 * The fields every checkout has; the paid-order ones are optional here
 * and required by `missingCheckoutFields`, which knows the price.
 */
const checkoutForm = z.object({
  item: z.string().regex(/^[a-z0-9-]{2,60}$/, "form.invalid"),
  mode: z.enum(["buy", "trial"]).default("buy"),
  buyer: z.enum(["consumer", "business"], "form.invalid").optional(),
  name: requiredText(200),
  company: optionalText(200),
  vat_id: optionalText(30),
  buyer_reference: optionalText(100),
  email: emailField(),
  address: optionalText(300),
  postal_code: optionalText(20),
  city: optionalText(100),
  country: z.string({ error: "billing.country.unknown" }).trim().toUpperCase()
    .refine(isCountryCode, "billing.country.unknown"),
  terms: checkbox().refine((accepted) => accepted, "shop.mustAccept"),
  withdrawal_consent: checkbox(),
});

/** Domain field names as the form calls them. */
const FORM_FIELDS: Record<string, string> = {
  vatId: "vat_id",
  postalCode: "postal_code",
  buyerReference: "buyer_reference",
  withdrawalConsent: "withdrawal_consent",
};

/** The fields free products and trials ask (and the form-level error). */
const FREE_FIELDS = new Set(["_form", "name", "email", "country", "terms"]);

/** The fields of a paid order's form. */
const PAID_FIELDS = new Set([
  ...FREE_FIELDS,
  "buyer",
  "company",
  "vat_id",
  "buyer_reference",
  "address",
  "postal_code",
  "city",
  "withdrawal_consent",
]);

const text = (value: string | undefined) => value?.trim() || undefined;

/** The form as typed, in the domain's terms (before or without zod). */
function typedCheckout(values: FormValues, slug: string): CheckoutForm {
  const buyer = values.buyer;
  return {
    slug,
    mode: values.mode === "trial" ? "trial" : "buy",
    buyer: buyer === "consumer" || buyer === "business" ? buyer : undefined,
    name: values.name ?? "",
    company: text(values.company),
    email: values.email ?? "",
    address: text(values.address),
    postalCode: text(values.postal_code),
    city: text(values.city),
    country: (values.country ?? "").trim().toUpperCase(),
    vatId: text(values.vat_id),
    buyerReference: text(values.buyer_reference),
    withdrawalConsent: values.withdrawal_consent === "on",
  };
}

function signedInValues(state: State): Record<string, string> {
  const contact = state.contactSession?.user;
  return contact ? { name: contact.name, email: contact.email } : {};
}

/** Renders the form with its summary, priced for the values as sent. */
async function renderCheckout(
  ctx: FreshContext<State, Data>,
  offer: Offer,
  form: FormState,
  status = 200,
): Promise<Response> {
  const { db, now } = ctx.state.services;
  const values = form.values ?? {};
  const typed = typedCheckout(values, "");
  const mode = typed.mode;
  const slug = offer.kind === "product" ? offer.product.slug : offer.pkg.slug;
  const paid = offerLine(offer, mode, ctx.state.locale).priceCents > 0;
  // The list's codes are upper case, whatever was stored or typed.
  form = { ...form, values: { ...values, country: typed.country } };
  const shown = paid ? PAID_FIELDS : FREE_FIELDS;
  if (Object.keys(form.errors ?? {}).some((field) => !shown.has(field))) {
    // A hidden field (or one the short form leaves out) cannot show its error.
    form = { ...form, errors: { _form: "form.stale", ...form.errors } };
  }
  const summary = paid
    ? checkoutSummaryView(
      await quoteCheckout(db, {
        slug,
        mode,
        kind: buyerKind(typed),
        country: typed.country,
        vatId: typed.vatId,
        locale: ctx.state.locale,
      }, now()),
      ctx.state,
    )
    : null;
  return ctx.render({ offer, mode, form, summary }, { status });
}

export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    const parsed = query.safeParse(Object.fromEntries(ctx.url.searchParams));
    if (!parsed.success) throw new NotFoundError();
    const offer = await findOffer(ctx.state.services.db, parsed.data.item);
    const contact = ctx.state.contactSession?.user;
    const billing = contact
      ? await clientBillingValues(ctx.state.services.db, contact.clientId)
      : {};
    const values: FormValues = {
      country: "DE",
      ...billing,
      ...signedInValues(ctx.state),
      mode: parsed.data.mode,
    };
    values.buyer = buyerKind(typedCheckout(values, parsed.data.item));
    return await renderCheckout(ctx, offer, { values });
  },

  async POST(req: Request, ctx: FreshContext<State, Data>) {
    const { db, now } = ctx.state.services;
    const quoting = await formIntent(req) === "quote";
    if (!quoting) {
      await consumeRateLimit(
        db,
        `checkout:ip:${ctx.state.clientIp}`,
        CHECKOUT_RATE_LIMIT,
        now(),
      );
    }
    const form = await parseForm(req, checkoutForm);
    const slug = form.values.item ?? "";
    if (!/^[a-z0-9-]{2,60}$/.test(slug)) throw new NotFoundError();
    const offer = await findOffer(db, slug);
    // "Update total" (the form without JavaScript): prices, orders nothing.
    if (quoting) return await renderCheckout(ctx, offer, form);
    const typed = typedCheckout(form.values, slug);
    const price = offerLine(offer, typed.mode, ctx.state.locale).priceCents;
    const missing = Object.fromEntries(
      Object.entries(missingCheckoutFields(typed, price))
        .map(([field, message]) => [FORM_FIELDS[field] ?? field, message]),
    );
    if (!form.ok || Object.keys(missing).length) {
      const errors = form.ok ? missing : { ...form.errors, ...missing };
      return await renderCheckout(ctx, offer, { ...form, errors }, 422);
    }
    const contact = ctx.state.contactSession?.user;
    try {
      const outcome = await submitCheckout(
        db,
        await shopEnv(ctx.state.services),
        {
          slug,
          mode: form.data.mode,
          buyer: form.data.buyer,
          name: form.data.name,
          company: form.data.company,
          vatId: form.data.vat_id,
          buyerReference: form.data.buyer_reference,
          email: contact?.email ?? form.data.email,
          address: form.data.address,
          postalCode: form.data.postal_code,
          city: form.data.city,
          country: form.data.country,
          withdrawalConsent: form.data.withdrawal_consent,
          locale: ctx.state.locale,
          contactId: contact?.id,
        },
        now(),
      );
      if (outcome.kind === "placed") {
        return await orderPlacedRedirect(ctx.state, outcome.order);
      }
      return redirect("/shop", {
        kind: "success",
        message: "shop.held",
        params: { email: outcome.email, hours: CONFIRMATION_HOURS },
      }, ctx.state.secure);
    } catch (error) {
      if (error instanceof ConflictError && error.code === "TRIAL_USED") {
        return await renderCheckout(ctx, offer, {
          ...form,
          errors: { _form: "shop.trialUsed" },
        }, 409);
      }
      return await renderCheckout(ctx, offer, {
        ...form,
        errors: domainFieldErrors(error, FORM_FIELDS),
      }, 422);
    }
  },
};

/** The consumer / business choice; the business fields follow it (CSS). */
function BuyerKindField(
  { t, value }: { t: State["t"]; value: BuyerKind },
) {
  return (
    <fieldset class="field buyer-kind">
      <legend>{t("shop.field.buyer")}</legend>
      {(["consumer", "business"] as const).map((kind) => (
        <label class="radio">
          <input
            type="radio"
            name="buyer"
            value={kind}
            checked={value === kind}
          />{" "}
          {t(
            kind === "consumer" ? "shop.buyer.consumer" : "shop.buyer.business",
          )}
        </label>
      ))}
    </fieldset>
  );
}

/** `/shop/checkout`: who is buying, where the invoice goes, and the total before the button. */
export default function Checkout({ state, data }: PageProps<Data, State>) {
  const { t, locale } = state;
  const item = data.offer.kind === "product"
    ? data.offer.product
    : data.offer.pkg;
  const trial = data.mode === "trial";
  const contact = state.contactSession?.user;
  const form = data.form;
  const values = form.values ?? {};
  const kind = buyerKind(typedCheckout(values, item.slug));
  const countries = Object.fromEntries(
    countryOptions(locale).map(({ code, name }) => [code, name]),
  );
  const title = trial ? "shop.checkout.trialTitle" : "shop.checkout.title";
  return (
    <div class="booking-layout">
      <Head>
        <title>{`${t(title)} · Portico`}</title>
      </Head>
      <aside class="booking-summary card">
        <h2>{localized(item, locale)}</h2>
        {data.summary
          ? <p class="price">{data.summary.total.amount}</p>
          : <p class="price">{t("shop.free")}</p>}
      </aside>
      <section>
        <h1>{t(title)}</h1>
        {contact && (
          <p class="muted">
            {t("shop.checkout.signedInAs", {
              name: contact.name,
              email: contact.email,
            })}
          </p>
        )}
        <form
          method="post"
          action="/shop/checkout"
          class="form checkout-form"
          id={FORM_ID}
          novalidate
        >
          <CsrfField token={state.csrf} />
          <input type="hidden" name="item" value={item.slug} />
          <input type="hidden" name="mode" value={data.mode} />
          <FormError t={t} errors={form.errors} />
          {data.summary && <BuyerKindField t={t} value={kind} />}
          <Field
            t={t}
            name="name"
            label="shop.field.name"
            autocomplete="name"
            required
            {...form}
          />
          {contact
            ? <input type="hidden" name="email" value={contact.email} />
            : (
              <Field
                t={t}
                name="email"
                label="shop.field.email"
                type="email"
                autocomplete="email"
                required
                {...form}
              />
            )}
          {data.summary && (
            <div class="business-fields">
              <Field
                t={t}
                name="company"
                label="shop.field.companyName"
                autocomplete="organization"
                {...form}
              />
              <Field
                t={t}
                name="vat_id"
                label="shop.field.vatId"
                hint={t("shop.field.vatIdHint")}
                {...form}
              />
              <Field
                t={t}
                name="buyer_reference"
                label="shop.field.buyerReference"
                hint={t("shop.field.buyerReferenceHint")}
                {...form}
              />
            </div>
          )}
          {data.summary && (
            <>
              <Field
                t={t}
                name="address"
                label="shop.field.address"
                autocomplete="address-line1"
                required
                {...form}
              />
              <Field
                t={t}
                name="postal_code"
                label="shop.field.postalCode"
                autocomplete="postal-code"
                required
                {...form}
              />
              <Field
                t={t}
                name="city"
                label="shop.field.city"
                autocomplete="address-level2"
                required
                {...form}
              />
            </>
          )}
          <Field
            t={t}
            name="country"
            label="shop.field.country"
            autocomplete="country"
            options={countries}
            required
            {...form}
          />
          <TermsField t={t} {...form} />
          {data.summary && (
            <div class="consumer-fields">
              <WithdrawalConsentField t={t} {...form} />
            </div>
          )}
          {data.summary && (
            <CheckoutSummary
              summary={data.summary}
              title={t("shop.summary.title")}
              updateLabel={t("shop.summary.update")}
              formId={FORM_ID}
              endpoint="/shop/checkout/summary"
            />
          )}
          <button type="submit" name="intent" value="order">
            {t(orderButtonKey(trial, Boolean(data.summary)))}
          </button>
        </form>
      </section>
    </div>
  );
}
