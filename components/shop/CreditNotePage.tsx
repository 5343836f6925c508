import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { uuidParam } from "@/lib/http/params.ts";
import {
  type CreditNoteDocument,
  loadCreditNote,
} from "@/lib/billing/credit_notes.ts";
import type { Translate } from "@/lib/i18n/mod.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { CreditNoteSheet } from "./CreditNoteSheet.tsx";
import type { ShopView } from "./format.ts";

/**
 * One credit note page, for staff (`/admin`) and for its client in the
 * portal (`/clients`): the document, its PDF, and the way back to the
 * invoice it corrects.
 */
export function CreditNotePage(
  { document, view, base }: {
    document: CreditNoteDocument;
    view: ShopView;
    base: "/admin" | "/clients";
  },
) {
  const t: Translate = view.t;
  const invoiceHref = `${base}/invoices/${document.invoice.id}`;
  return (
    <>
      <PageHeader
        title={t("billing.creditNote.title", {
          number: document.creditNote.number,
        })}
        back={{ href: invoiceHref, label: document.invoice.number }}
      >
        <a
          class="button button-secondary"
          href={`${base}/credit-notes/${document.creditNote.id}/pdf`}
        >
          {t("billing.invoice.downloadPdf")}
        </a>
        <a
          class="button button-secondary"
          href={`${base}/credit-notes/${document.creditNote.id}/xml`}
        >
          {t("billing.creditNote.downloadXml")}
        </a>
      </PageHeader>
      <p class="muted no-print">{t("shopAdmin.invoice.printHint")}</p>
      <CreditNoteSheet
        document={document}
        view={view}
        invoiceHref={invoiceHref}
      />
    </>
  );
}

/** What a credit note route renders. */
export interface CreditNotePageData {
  document: CreditNoteDocument;
  timeZone: string;
}

/**
 * Renders the credit note of `ctx.params.id`; with `clientId` only that
 * client's (another's is a 404). The caller checks who may see it.
 */
export async function renderCreditNotePage(
  ctx: FreshContext<State, CreditNotePageData>,
  clientId?: string,
): Promise<Response> {
  const [document, settings] = await Promise.all([
    loadCreditNote(ctx.state.services.db, uuidParam(ctx.params.id), clientId),
    ctx.state.business(),
  ]);
  return ctx.render({ document, timeZone: settings.timeZone });
}
