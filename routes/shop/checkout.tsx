import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import { z } from "zod";
import type { State } from "@/lib/http/state.ts";
import { findOffer } from "@/lib/shop/catalog.ts";
import {
  CONFIRMATION_HOURS,
  submitCheckout,
} from "@/lib/shop/held_checkouts.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { clientBillingValues } from "@/lib/shop/portal.ts";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors.ts";
import {
  checkbox,
  domainFieldErrors,
  emailField,
  type FormState,
  optionalText,
  parseForm,
  requiredText,
} from "@/lib/http/forms.ts";
import { redirect } from "@/lib/http/flash.ts";
import { orderPlacedRedirect } from "./(_shared)/order_placed.ts";
import { consumeRateLimit } from "@/lib/rate_limit.ts";
import { CsrfField, Field, FormError } from "@/components/Field.tsx";
import { localized, Price } from "@/components/shop/Offers.tsx";
import { TermsField } from "@/components/shop/TermsField.tsx";

type Offer = Awaited<ReturnType<typeof findOffer>>;

interface Data {
  offer: Offer;
  mode: "buy" | "trial";
  form: FormState;
}

/** Checkouts per address in ten minutes. */
export const CHECKOUT_RATE_LIMIT = { limit: 10, windowSeconds: 600 };

const query = z.object({
  item: z.string().regex(/^[a-z0-9-]{2,60}$/),
  mode: z.enum(["buy", "trial"]).default("buy"),
});

const checkoutForm = z.object({
  item: z.string().regex(/^[a-z0-9-]{2,60}$/, "form.invalid"),
  mode: z.enum(["buy", "trial"]).default("buy"),
  name: requiredText(200),
  company: optionalText(200),
  vat_id: optionalText(30),
  buyer_reference: optionalText(100),
  email: emailField(),
  address: requiredText(300),
  postal_code: requiredText(20),
  city: requiredText(100),
  country: z.string({ error: "form.required" }).trim().toUpperCase()
    .regex(/^[A-Z]{2}$/, "form.invalid"),
  terms: checkbox().refine((accepted) => accepted, "shop.mustAccept"),
});

function signedInValues(state: State): Record<string, string> {
  const contact = state.contactSession?.user;
  return contact ? { name: contact.name, email: contact.email } : {};
}

async function loadOffer(
  ctx: FreshContext<State, Data>,
  slug: string,
): Promise<Offer> {
  return await findOffer(ctx.state.services.db, slug);
}

export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    const parsed = query.safeParse(Object.fromEntries(ctx.url.searchParams));
    if (!parsed.success) throw new NotFoundError();
    const offer = await loadOffer(ctx, parsed.data.item);
    const contact = ctx.state.contactSession?.user;
    const billing = contact
      ? await clientBillingValues(ctx.state.services.db, contact.clientId)
      : {};
    return ctx.render({
      offer,
      mode: parsed.data.mode,
      form: {
        values: { country: "DE", ...billing, ...signedInValues(ctx.state) },
      },
    });
  },

  async POST(req: Request, ctx: FreshContext<State, Data>) {
    const { db, now } = ctx.state.services;
    await consumeRateLimit(
      db,
      `checkout:ip:${ctx.state.clientIp}`,
      CHECKOUT_RATE_LIMIT,
      now(),
    );
    const form = await parseForm(req, checkoutForm);
    const slug = form.values.item ?? "";
    if (!/^[a-z0-9-]{2,60}$/.test(slug)) throw new NotFoundError();
    const offer = await loadOffer(ctx, slug);
    const mode = form.values.mode === "trial" ? "trial" : "buy";
    if (!form.ok) {
      // `item` and `mode` are hidden fields: no field can show their error.
      const hidden = form.errors.item || form.errors.mode;
      const errors = hidden
        ? { _form: "form.stale", ...form.errors }
        : form.errors;
      return ctx.render({ offer, mode, form: { ...form, errors } }, {
        status: 422,
      });
    }
    const contact = ctx.state.contactSession?.user;
    try {
      const outcome = await submitCheckout(
        db,
        await shopEnv(ctx.state.services),
        {
          slug,
          mode,
          name: form.data.name,
          company: form.data.company,
          vatId: form.data.vat_id,
          buyerReference: form.data.buyer_reference,
          email: contact?.email ?? form.data.email,
          address: form.data.address,
          postalCode: form.data.postal_code,
          city: form.data.city,
          country: form.data.country,
          locale: ctx.state.locale,
          contactId: contact?.id,
        },
        now(),
      );
      if (outcome.kind === "placed") {
        return await orderPlacedRedirect(ctx.state, outcome.order);
      }
      ctx.state.services.mail.kick();
      return redirect("/shop", {
        kind: "success",
        message: "shop.held",
        params: { email: outcome.email, hours: CONFIRMATION_HOURS },
      }, ctx.state.secure);
    } catch (error) {
      if (error instanceof ConflictError && error.code === "TRIAL_USED") {
        return ctx.render({
          offer,
          mode,
          form: { ...form, errors: { _form: "shop.trialUsed" } },
        }, {
          status: 409,
        });
      }
      if (error instanceof ValidationError) {
        return ctx.render({
          offer,
          mode,
          form: {
            ...form,
            errors: domainFieldErrors(error, { vatId: "vat_id" }),
          },
        }, { status: 422 });
      }
      throw error;
    }
  },
};

/** `/shop/checkout`: who is buying and where the invoice goes. */
export default function Checkout({ state, data }: PageProps<Data, State>) {
  const { t, locale } = state;
  const item = data.offer.kind === "product"
    ? data.offer.product
    : data.offer.pkg;
  const trial = data.mode === "trial";
  const contact = state.contactSession?.user;
  const form = data.form;
  return (
    <div class="booking-layout">
      <Head>
        <title>
          {`${
            t(trial ? "shop.checkout.trialTitle" : "shop.checkout.title")
          } · Portico`}
        </title>
      </Head>
      <aside class="booking-summary card">
        <h2>{localized(item, locale)}</h2>
        <p>
          <Price
            cents={trial ? 0 : item.price_cents}
            currency={item.currency}
            ctx={{ t, locale }}
          />
        </p>
      </aside>
      <section>
        <h1>{t(trial ? "shop.checkout.trialTitle" : "shop.checkout.title")}</h1>
        {contact && (
          <p class="muted">
            {t("shop.checkout.signedInAs", {
              name: contact.name,
              email: contact.email,
            })}
          </p>
        )}
        <form method="post" action="/shop/checkout" class="form" novalidate>
          <CsrfField token={state.csrf} />
          <input type="hidden" name="item" value={item.slug} />
          <input type="hidden" name="mode" value={data.mode} />
          <FormError t={t} errors={form.errors} />
          <Field
            t={t}
            name="name"
            label="shop.field.name"
            autocomplete="name"
            required
            {...form}
          />
          <Field
            t={t}
            name="company"
            label="shop.field.company"
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
          <Field
            t={t}
            name="country"
            label="shop.field.country"
            autocomplete="country"
            required
            {...form}
          />
          <TermsField t={t} errors={form.errors} />
          <button type="submit">
            {t(trial ? "shop.startTrial" : "shop.placeOrder")}
          </button>
        </form>
      </section>
    </div>
  );
}
