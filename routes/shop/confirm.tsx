import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import { z } from "zod";
import type { State } from "@/lib/http/state.ts";
import { billingAddress } from "@/lib/shop/checkout.ts";
import {
  confirmHeldCheckout,
  findHeldCheckout,
  type HeldCheckoutView,
} from "@/lib/shop/held_checkouts.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import {
  ConflictError,
  type FieldErrors,
  ValidationError,
} from "@/lib/errors.ts";
import { checkbox, parseForm } from "@/lib/http/forms.ts";
import { orderPlacedRedirect } from "@/lib/http/shop_checkout.ts";
import { CsrfField, FormError } from "@/components/Field.tsx";
import { MessagePage } from "@/components/MessagePage.tsx";
import { localized, Price } from "@/components/shop/Offers.tsx";
import { TermsField } from "@/components/shop/TermsField.tsx";

type Data =
  | { kind: "invalid" }
  | {
    kind: "confirm";
    token: string;
    held: HeldCheckoutView;
    errors?: FieldErrors;
    /** A refusal that confirming again cannot change (no form then). */
    refused?: boolean;
  };

/** Tokens are 43 characters; anything much longer is not one of ours. */
const tokenOf = (value: unknown) =>
  typeof value === "string" ? value.slice(0, 100) : "";

const confirmForm = z.object({
  token: z.string().min(1).max(100),
  terms: checkbox().refine((accepted) => accepted, "shop.mustAccept"),
});

const invalid = (ctx: FreshContext<State, Data>) =>
  ctx.render({ kind: "invalid" }, { status: 410 });

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
    return ctx.render({ kind: "confirm", token, held });
  },

  async POST(req: Request, ctx: FreshContext<State, Data>) {
    const { db, now } = ctx.state.services;
    const form = await parseForm(req, confirmForm);
    const token = tokenOf(form.values.token);
    const held = token && await findHeldCheckout(db, token, now());
    if (!held) return invalid(ctx);
    if (!form.ok) {
      return ctx.render({ kind: "confirm", token, held, errors: form.errors }, {
        status: 422,
      });
    }
    try {
      const order = await confirmHeldCheckout(
        db,
        await shopEnv(ctx.state.services),
        token,
        ctx.state.locale,
        now(),
      );
      if (!order) return invalid(ctx);
      return await orderPlacedRedirect(ctx.state, order);
    } catch (error) {
      const trialUsed = error instanceof ConflictError &&
        error.code === "TRIAL_USED";
      if (!trialUsed && !(error instanceof ValidationError)) throw error;
      const message = trialUsed ? "shop.trialUsed" : "shop.noTrial";
      return ctx.render({
        kind: "confirm",
        token,
        held,
        errors: { _form: message },
        refused: true,
      }, { status: trialUsed ? 409 : 422 });
    }
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
  return (
    <div class="booking-layout">
      <Head>
        <title>{`${t("shop.confirm.title")} · Portico`}</title>
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
        <h1>{t("shop.confirm.title")}</h1>
        <p>{t("shop.confirm.intro", { email })}</p>
        <h2>{t("shop.confirm.billing")}</h2>
        <address>
          {billingAddress(form).map((line, i) => <div key={i}>{line}</div>)}
        </address>
        <FormError t={t} errors={data.errors} />
        {!data.refused && (
          <form method="post" action="/shop/confirm" class="form">
            <CsrfField token={state.csrf} />
            <input type="hidden" name="token" value={data.token} />
            <TermsField t={t} errors={data.errors} />
            <button type="submit">
              {t(trial ? "shop.startTrial" : "shop.placeOrder")}
            </button>
          </form>
        )}
      </section>
    </div>
  );
}
