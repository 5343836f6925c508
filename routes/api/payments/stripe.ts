import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { jsonEndpoint } from "@/lib/http/api.ts";
import { readBodyText } from "@/lib/http/body_limit.ts";
import { handleStripeWebhook } from "@/lib/shop/stripe.ts";
import { stripeEnv } from "@/lib/app/domains.ts";

/**
 * POST /api/payments/stripe: Stripe's webhook (docs/PAYMENTS.md lists the
 * events to enable). A bad or stale `Stripe-Signature` is a 400 and
 * writes nothing; every verified event is acknowledged with 200, once
 * recorded, so Stripe stops resending it.
 */
export const handler = {
  POST: jsonEndpoint(async (req: Request, ctx: FreshContext<State>) => {
    const { db, now } = ctx.state.services;
    const raw = await readBodyText(req);
    const result = await handleStripeWebhook(
      db,
      await stripeEnv(ctx.state.services),
      raw,
      req.headers.get("stripe-signature"),
      now(),
    );
    return Response.json({
      received: true,
      duplicate: result?.duplicate ?? false,
      outcome: result?.outcome ?? "ignored",
    });
  }),
};
