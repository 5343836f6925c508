import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { downloadResponse } from "@/lib/http/download.ts";
import {
  invoicePdfName,
  loadInvoiceDocument,
  renderInvoicePdf,
} from "@/lib/billing/pdf.ts";

/** Portal → one of the client's own invoices as a PDF; another's is a 404. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    assertContact(ctx.state);
    const document = await loadInvoiceDocument(
      ctx.state.services.db,
      uuidParam(ctx.params.id),
      ctx.state.contactSession.user.clientId,
    );
    return downloadResponse(
      await renderInvoicePdf(document),
      "application/pdf",
      invoicePdfName(document.invoice),
    );
  },
};
