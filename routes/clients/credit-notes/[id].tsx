import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import {
  type CreditNoteDocument,
  loadCreditNote,
} from "@/lib/billing/credit_notes.ts";
import { CreditNotePage } from "@/components/shop/CreditNotePage.tsx";

interface Data {
  document: CreditNoteDocument;
  timeZone: string;
}

/** Portal → one of the client's own credit notes; another's is a 404. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    assertContact(ctx.state);
    const { db } = ctx.state.services;
    const [document, settings] = await Promise.all([
      loadCreditNote(
        db,
        uuidParam(ctx.params.id),
        ctx.state.contactSession.user.clientId,
      ),
      ctx.state.business(),
    ]);
    return ctx.render({ document, timeZone: settings.timeZone });
  },
};

export default function PortalCreditNotePage(
  { state, data }: PageProps<Data, State>,
) {
  const { t, locale } = state;
  return (
    <CreditNotePage
      document={data.document}
      view={{ t, locale, timeZone: data.timeZone }}
      base="/clients"
    />
  );
}
