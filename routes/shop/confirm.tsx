import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import { z } from "zod";
import type { State } from "@/lib/http/state.ts";
import { billingAddress, buyerKind, offerLine } from "@/lib/shop/checkout.ts";
import { quoteCheckout } from "@/lib/shop/pricing.ts";
import {
  confirmHeldCheckout,
  findHeldCheckout,
  type HeldCheckoutView,
} from "@/lib/shop/held_checkouts.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { ConflictError, ValidationError } from "@/lib/errors.ts";
import { checkbox, type FormState, type FormValues } from "@/lib/http/forms.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { orderPlacedRedirect } from "./(_shared)/order_placed.ts";
import { CsrfField, FormError } from "@/components/Field.tsx";
import { MessagePage } from "@/components/MessagePage.tsx";
import { localized } from "@/components/shop/Offers.tsx";
import {
  TermsField,
  WithdrawalConsentField,
} from "@/components/shop/TermsField.tsx";
import {
  checkoutSummaryView,
  orderButtonKey,
} from "@/components/shop/checkout_summary.ts";
import {
  type CheckoutSummaryView,
  SummaryTable,
} from "@/islands/CheckoutSummary.tsx";

type Data =
  | { kind: "invalid" }
  | {
    kind: "confirm";
    token: string;
    held: HeldCheckoutView;
    /** Null for free products and trials. */
    summary: CheckoutSummaryView | null;
    form?: FormState;
    /** A refusal that confirming again cannot change (no form then). */
    refused?: boolean;
  };

/** Tokens are 43 characters; anything much longer is not one of ours. */
const tokenOf = (value: unknown) =>
  typeof value === "string" ? value.slice(0, 100) : "";

const confirmForm = z.object({
  token: z.string().min(1).max(100),
  terms: checkbox().refine((accepted) => accepted, "shop.mustAccept"),
  withdrawal_consent: checkbox(),
});

const invalid = (ctx: FreshContext<State, Data>) =>
  ctx.render({ kind: "invalid" }, { status: 410 });

/** The held order with its totals, as the page shows it. */
async function renderHeld(
  ctx: FreshContext<State, Data>,
  token: string,
  held: HeldCheckoutView,
  more: { form?: FormState; refused?: boolean } = {},
  status = 200,
): Promise<Response> {
  const { db, now } = ctx.state.services;
  const { form } = held;
  const { priceCents } = offerLine(held.offer, form.mode, ctx.state.locale);
  const summary = priceCents > 0
    ? checkoutSummaryView(
      await quoteCheckout(db, {
        ...form,
        kind: buyerKind(form),
        locale: ctx.state.locale,
      }, now()),
      ctx.state,
    )
    : null;
  return ctx.render({ kind: "confirm", token, held, summary, ...more }, {
    status,
  });
}

/**
 * The link mailed to the owner of an address a guest checked out with.
 * Opening it only shows the order; the CSRF-checked POST places it, so a
 * mail scanner fetching the link orders nothing.
 */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    const { db, now } = ctx.state.services;
    const token = tokenOf(ctx.url.searchParams.get("token"));
    const held = token && await findHeldCheckout(db, token, now());
    if (!held) return invalid(ctx);
    return await renderHeld(ctx, token, held);
  },

  async POST(req: Request, ctx: FreshContext<State, Data>) {
    const { db, now } = ctx.state.services;
    const heldOf = async (values: FormValues = {}) => {
      const token = tokenOf(values.token);
      const held = token ? await findHeldCheckout(db, token, now()) : null;
      return held && { token, held };
    };
    /** The held order being confirmed, once found. */
    let page: { token: string; held: HeldCheckoutView } | null = null;
    return await submitForm(req, ctx.state.secure, {
      schema: confirmForm,
      async run(data, values) {
        page = await heldOf(values);
        if (!page) return null;
        return await confirmHeldCheckout(
          db,
          await shopEnv(ctx.state.services),
          page.token,
          {
            locale: ctx.state.locale,
            withdrawalConsent: data.withdrawal_consent,
          },
          now(),
        );
      },
      async invalid(form, status) {
        const found = await heldOf(form.values);
        if (!found) return invalid(ctx);
        return await renderHeld(ctx, found.token, found.held, { form }, status);
      },
      refused(error, _, values) {
        if (!page) return undefined;
        const { token, held } = page;
        if (
          error instanceof ValidationError && error.fields.withdrawalConsent
        ) {
          const errors = { withdrawal_consent: error.fields.withdrawalConsent };
          return renderHeld(
            ctx,
            token,
            held,
            { form: { values, errors } },
            422,
          );
        }
        const trialUsed = error instanceof ConflictError &&
          error.code === "TRIAL_USED";
        if (!trialUsed && !(error instanceof ValidationError)) return undefined;
        const message = trialUsed ? "shop.trialUsed" : "shop.noTrial";
        return renderHeld(ctx, token, held, {
          form: { values, errors: { _form: message } },
          refused: true,
        }, trialUsed ? 409 : 422);
      },
      done: (order) =>
        order ? orderPlacedRedirect(ctx.state, order) : invalid(ctx),
    });
  },
};

/** `/shop/confirm`: the held order as the guest typed it, and the button. */
export default function ConfirmOrder({ state, data }: PageProps<Data, State>) {
  const { t, locale } = state;
  if (data.kind === "invalid") {
    return (
      <MessagePage
        t={t}
        title="shop.confirm.invalidTitle"
        text="shop.confirm.invalid"
      />
    );
  }
  const { form, email, offer } = data.held;
  const item = offer.kind === "product" ? offer.product : offer.pkg;
  const trial = form.mode === "trial";
  const page = data.form ?? {};
  const consent = data.summary !== null && buyerKind(form) === "consumer";
  return (
    <div class="booking-layout">
      <Head>
        <title>{`${t("shop.confirm.title")} · Portico`}</title>
      </Head>
      <aside class="booking-summary card">
        <h2>{localized(item, locale)}</h2>
        <p class="price">
          {data.summary ? data.summary.total.amount : t("shop.free")}
        </p>
      </aside>
      <section>
        <h1>{t("shop.confirm.title")}</h1>
        <p>{t("shop.confirm.intro", { email })}</p>
        <h2>{t("shop.confirm.billing")}</h2>
        <address>
          {billingAddress(form).map((line, i) => <div key={i}>{line}</div>)}
        </address>
        <FormError t={t} errors={page.errors} />
        {!data.refused && (
          <form method="post" action="/shop/confirm" class="form">
            <CsrfField token={state.csrf} />
            <input type="hidden" name="token" value={data.token} />
            <TermsField t={t} {...page} />
            {consent && <WithdrawalConsentField t={t} {...page} />}
            {data.summary && (
              <SummaryTable
                summary={data.summary}
                title={t("shop.summary.title")}
              />
            )}
            <button type="submit">
              {t(orderButtonKey(trial, Boolean(data.summary)))}
            </button>
          </form>
        )}
      </section>
    </div>
  );
}
