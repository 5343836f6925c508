import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { pdfDownload } from "@/lib/http/download.ts";
import { invoicePdf } from "@/lib/billing/pdf.ts";

/** Admin → Invoices → one invoice as a PDF (ZUGFeRD / Factur-X: its XML inside). */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    assertStaff(ctx.state);
    const { db } = ctx.state.services;
    return pdfDownload(await invoicePdf(db, uuidParam(ctx.params.id)));
  },
};
