import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { pdfDownload } from "@/lib/http/download.ts";
import { invoiceFacturX } from "@/lib/billing/einvoice_files.ts";

/** Portal → one of the client's own invoices as a (Factur-X) PDF; another's is a 404. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    assertContact(ctx.state);
    const { clientId } = ctx.state.contactSession.user;
    const id = uuidParam(ctx.params.id);
    const { db } = ctx.state.services;
    return pdfDownload(await invoiceFacturX(db, id, clientId));
  },
};
