import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertStaff } from "@/lib/http/guards.ts";
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

/** Admin → one credit note, printable. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    assertStaff(ctx.state);
    const { db } = ctx.state.services;
    const [document, settings] = await Promise.all([
      loadCreditNote(db, uuidParam(ctx.params.id)),
      ctx.state.business(),
    ]);
    return ctx.render({ document, timeZone: settings.timeZone });
  },
};

export default function AdminCreditNotePage(
  { state, data }: PageProps<Data, State>,
) {
  const { t, locale } = state;
  return (
    <CreditNotePage
      document={data.document}
      view={{ t, locale, timeZone: data.timeZone }}
      base="/admin"
    />
  );
}
