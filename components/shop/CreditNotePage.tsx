import type { CreditNoteDocument } from "@/lib/billing/credit_notes.ts";
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
