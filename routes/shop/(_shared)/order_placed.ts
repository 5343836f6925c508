/**
 * The answer of the two forms that place a shop order (the checkout and
 * the confirmation of a held one): 303 to the buyer's order page (how to
 * pay, the keys) with the thanks. A free order's keys were issued after
 * its commit, and the order email wakes the mail worker itself.
 */
import type { State } from "@/lib/http/state.ts";
import type { CheckoutResult } from "@/lib/shop/checkout.ts";
import { redirect } from "@/lib/http/flash.ts";
import { orderPagePath } from "@/lib/shop/order_page.ts";

/** The order page, thanking for an invoice or for a free order. */
export async function orderPlacedRedirect(
  state: State,
  order: CheckoutResult,
): Promise<Response> {
  return redirect(
    await orderPagePath(state.services.keys, order.orderId),
    order.invoiceNumber
      ? {
        kind: "success",
        message: "shop.thanks.invoice",
        params: { number: order.invoiceNumber },
      }
      : { kind: "success", message: "shop.thanks.free" },
    state.secure,
  );
}
