/**
 * The answer of the two forms that place a shop order (the checkout and
 * the confirmation of a held one): start what the order needs after its
 * commit, then 303 to the shop with the thanks.
 */
import type { State } from "./state.ts";
import type { CheckoutResult } from "../shop/checkout.ts";
import { issueLicensesNow } from "../app/domains.ts";
import { redirect } from "./flash.ts";

/** Issues a free order's or trial's keys at once, else sends the order email soon. */
export async function orderPlacedRedirect(
  state: State,
  order: CheckoutResult,
): Promise<Response> {
  if (order.invoiceNumber) state.services.mail.kick();
  else await issueLicensesNow(state.services);
  return redirect(
    "/shop",
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
