import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { pdfDownload } from "@/lib/http/download.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { orderCreditNotePdf } from "@/lib/shop/order_page.ts";
import { openedOrder } from "../../(_shared)/opened.ts";

/** A credit note of the order behind the page link (a refund's), as a PDF. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    const { orderId } = await openedOrder(ctx);
    return pdfDownload(
      await orderCreditNotePdf(
        ctx.state.services.db,
        orderId,
        uuidParam(ctx.params.creditNoteId),
      ),
    );
  },
};
