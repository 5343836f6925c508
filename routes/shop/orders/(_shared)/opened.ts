/** The order a buyer's page link opens, for the page and its PDF. */
import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { NotFoundError } from "@/lib/errors.ts";
import { opensOrderPage } from "@/lib/shop/order_page.ts";

/** The order behind `/shop/orders/<id>?key=…`; a wrong key is a 404 like an unknown order. */
export async function openedOrder(ctx: FreshContext<State>): Promise<{
  orderId: string;
  key: string;
}> {
  const orderId = uuidParam(ctx.params.id);
  const key = (ctx.url.searchParams.get("key") ?? "").slice(0, 100);
  if (!await opensOrderPage(ctx.state.services.keys, orderId, key)) {
    throw new NotFoundError();
  }
  return { orderId, key };
}
