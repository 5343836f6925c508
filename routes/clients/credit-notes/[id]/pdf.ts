import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { pdfDownload } from "@/lib/http/download.ts";
import { creditNotePdf } from "@/lib/billing/pdf.ts";

/** Portal → one of the client's own credit notes as a PDF; another's is a 404. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    assertContact(ctx.state);
    const { clientId } = ctx.state.contactSession.user;
    const { db } = ctx.state.services;
    return pdfDownload(
      await creditNotePdf(db, uuidParam(ctx.params.id), clientId),
    );
  },
};
