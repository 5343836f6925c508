import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { uuidParam, xmlSyntaxParam } from "@/lib/http/params.ts";
import { fileDownload } from "@/lib/http/download.ts";
import { creditNoteXml } from "@/lib/billing/einvoice_files.ts";

/** Portal → one of the client's own credit notes as an EN 16931 XML; another's is a 404. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    assertContact(ctx.state);
    const { clientId } = ctx.state.contactSession.user;
    const id = uuidParam(ctx.params.id);
    const syntax = xmlSyntaxParam.parse(ctx.url.searchParams.get("syntax"));
    return fileDownload(
      await creditNoteXml(ctx.state.services.db, id, syntax, clientId),
    );
  },
};
