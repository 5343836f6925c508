import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertContact } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { getClientInvoice } from "@/lib/shop/portal.ts";
import type { InvoiceDetail } from "@/lib/shop/invoices.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { InvoiceSheet } from "@/components/shop/InvoiceSheet.tsx";
import { CreditNoteList } from "@/components/shop/CreditNoteSheet.tsx";
import type { ShopView } from "@/components/shop/format.ts";

interface PortalInvoiceData {
  detail: InvoiceDetail;
  timeZone: string;
}

/** Portal → one invoice, printable; another client's invoice is a 404. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, PortalInvoiceData>) {
    assertContact(ctx.state);
    const { db, now } = ctx.state.services;
    const [detail, settings] = await Promise.all([
      getClientInvoice(
        db,
        ctx.state.contactSession.user.clientId,
        uuidParam(ctx.params.id),
        now(),
      ),
      ctx.state.business(),
    ]);
    return ctx.render({ detail, timeZone: settings.timeZone });
  },
};

export default function PortalInvoicePage(
  { state, data }: PageProps<PortalInvoiceData, State>,
) {
  const { t, locale } = state;
  const view: ShopView = { t, locale, timeZone: data.timeZone };
  return (
    <>
      <PageHeader
        title={t("shopAdmin.invoice.title", {
          number: data.detail.invoice.number,
        })}
        back={{
          href: "/clients/invoices",
          label: t("shopAdmin.portal.invoicesTitle"),
        }}
      >
        <a
          class="button button-secondary"
          href={`/clients/invoices/${data.detail.invoice.id}/pdf`}
        >
          {t("billing.invoice.downloadPdf")}
        </a>
        <a
          class="button button-secondary"
          href={`/clients/invoices/${data.detail.invoice.id}/xml`}
        >
          {t("billing.invoice.downloadXml")}
        </a>
      </PageHeader>
      <p class="muted no-print">{t("shopAdmin.invoice.printHint")}</p>
      <InvoiceSheet detail={data.detail} view={view} />
      <CreditNoteList
        notes={data.detail.creditNotes}
        view={view}
        href={(id) => `/clients/credit-notes/${id}`}
      />
    </>
  );
}
