import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertContact } from "@/lib/http/guards.ts";
import {
  CreditNotePage,
  type CreditNotePageData,
  renderCreditNotePage,
} from "@/components/shop/CreditNotePage.tsx";

/** Portal → one of the client's own credit notes; another's is a 404. */
export const handler = {
  GET(_req: Request, ctx: FreshContext<State, CreditNotePageData>) {
    assertContact(ctx.state);
    return renderCreditNotePage(ctx, ctx.state.contactSession.user.clientId);
  },
};

export default function PortalCreditNotePage(
  { state, data }: PageProps<CreditNotePageData, State>,
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
