/**
 * The answer of the two forms that place a shop order (the checkout and
 * the confirmation of a held one): issue a free order's keys, then 303 to
 * the buyer's order page (how to pay, the keys) with the thanks. The order
 * email wakes the mail worker itself, after its commit.
 */
import type { State } from "@/lib/http/state.ts";
import type { CheckoutResult } from "@/lib/shop/checkout.ts";
import { issueLicensesNow } from "@/lib/app/domains.ts";
import { redirect } from "@/lib/http/flash.ts";
import { orderPagePath } from "@/lib/shop/order_page.ts";

/** Issues a free order's or trial's keys at once. */
export async function orderPlacedRedirect(
  state: State,
  order: CheckoutResult,
): Promise<Response> {
  if (!order.invoiceNumber) await issueLicensesNow(state.services);
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
