import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { downloadResponse } from "@/lib/http/download.ts";
import {
  invoicePdfName,
  loadInvoiceDocument,
  renderInvoicePdf,
} from "@/lib/billing/pdf.ts";

/** Admin → Invoices → one invoice as a PDF. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    assertStaff(ctx.state);
    const document = await loadInvoiceDocument(
      ctx.state.services.db,
      uuidParam(ctx.params.id),
    );
    return downloadResponse(
      await renderInvoicePdf(document),
      "application/pdf",
      invoicePdfName(document.invoice),
    );
  },
};
