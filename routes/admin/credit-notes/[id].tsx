import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import {
  CreditNotePage,
  type CreditNotePageData,
  renderCreditNotePage,
} from "@/components/shop/CreditNotePage.tsx";

/** Admin → one credit note, printable. */
export const handler = {
  GET(_req: Request, ctx: FreshContext<State, CreditNotePageData>) {
    assertStaff(ctx.state);
    return renderCreditNotePage(ctx);
  },
};

export default function AdminCreditNotePage(
  { state, data }: PageProps<CreditNotePageData, State>,
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
