import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import { uuidParam, xmlSyntaxParam } from "@/lib/http/params.ts";
import { fileDownload } from "@/lib/http/download.ts";
import { creditNoteXml } from "@/lib/billing/einvoice_files.ts";

/** Admin → one credit note as an EN 16931 XML (CII; `?syntax=ubl`: UBL). */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    assertStaff(ctx.state);
    const { db } = ctx.state.services;
    const syntax = xmlSyntaxParam.parse(ctx.url.searchParams.get("syntax"));
    return fileDownload(
      await creditNoteXml(db, uuidParam(ctx.params.id), syntax),
    );
  },
};
