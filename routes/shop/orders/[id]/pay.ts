import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { ConflictError } from "@/lib/errors.ts";
import { redirect } from "@/lib/http/flash.ts";
import { orderPagePath } from "@/lib/shop/order_page.ts";
import {
  CardPaymentUnavailableError,
  startCardPayment,
} from "@/lib/shop/stripe.ts";
import { stripeEnv } from "@/lib/app/domains.ts";
import { openedOrder } from "../(_shared)/opened.ts";

/**
 * POST /shop/orders/<id>/pay?key=…: hands the order to Stripe Checkout
 * (303 to Stripe's page); when that fails, back to the order page, which
 * offers the bank transfer and another try.
 */
export const handler = {
  async POST(_req: Request, ctx: FreshContext<State>) {
    const { orderId } = await openedOrder(ctx);
    const { db, keys, now } = ctx.state.services;
    const back = await orderPagePath(keys, orderId);
    try {
      const url = await startCardPayment(
        db,
        await stripeEnv(ctx.state.services),
        orderId,
        now(),
      );
      return new Response(null, { status: 303, headers: { location: url } });
    } catch (error) {
      const notPayable = error instanceof ConflictError;
      if (!notPayable && !(error instanceof CardPaymentUnavailableError)) {
        throw error;
      }
      return redirect(back, {
        kind: notPayable ? "warning" : "error",
        message: notPayable
          ? "payments.card.notPayable"
          : "payments.card.failed",
      }, ctx.state.secure);
    }
  },
};
