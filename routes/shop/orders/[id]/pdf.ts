import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { pdfDownload } from "@/lib/http/download.ts";
import { orderInvoicePdf } from "@/lib/shop/order_page.ts";
import { openedOrder } from "../(_shared)/opened.ts";

/** The invoice of the order behind the page link, as a PDF. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    const { orderId } = await openedOrder(ctx);
    return pdfDownload(await orderInvoicePdf(ctx.state.services.db, orderId));
  },
};
