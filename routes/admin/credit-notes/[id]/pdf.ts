import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { pdfDownload } from "@/lib/http/download.ts";
import { creditNotePdf } from "@/lib/billing/pdf.ts";

/** Admin → one credit note as a PDF. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    assertStaff(ctx.state);
    const { db } = ctx.state.services;
    return pdfDownload(await creditNotePdf(db, uuidParam(ctx.params.id)));
  },
};
