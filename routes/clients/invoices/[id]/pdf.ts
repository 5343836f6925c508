import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { pdfDownload } from "@/lib/http/download.ts";
import { invoicePdf } from "@/lib/billing/pdf.ts";

/** Portal → one of the client's own invoices as a PDF; another's is a 404. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    assertContact(ctx.state);
    const { clientId } = ctx.state.contactSession.user;
    const id = uuidParam(ctx.params.id);
    return pdfDownload(await invoicePdf(ctx.state.services.db, id, clientId));
  },
};
