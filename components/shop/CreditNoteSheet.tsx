import type { CreditNoteDocument } from "@/lib/billing/credit_notes.ts";
import type { CreditNoteSummary } from "@/lib/billing/credit_notes.ts";
import {
  BillTo,
  DocumentItems,
  SellerBlock,
  SellerFooter,
  SellerLogo,
  vatNoteKey,
} from "./InvoiceSheet.tsx";
import { day, money, type ShopView } from "./format.ts";

/**
 * A credit note as a printable document: the seller and buyer of the
 * invoice it corrects, its number and date, the invoice's number and
 * date, the credited lines with negative amounts, net, VAT at the
 * invoice's rate (or its note) and total, and the reason.
 */
export function CreditNoteSheet(
  { document, view, invoiceHref }: {
    document: CreditNoteDocument;
    view: ShopView;
    /** Where the corrected invoice is shown to this reader. */
    invoiceHref: string;
  },
) {
  const { t } = view;
  const { creditNote, items, invoice } = document;
  const { seller } = invoice;
  const note = vatNoteKey(creditNote.vat_treatment);
  return (
    <article class="card invoice-sheet" aria-labelledby="credit-note-title">
      <header class="invoice-head">
        <div>
          <SellerLogo
            version={document.logo?.updatedAt.getTime()}
            name={seller.legalName}
          />
          {seller.legalName && <SellerBlock seller={seller} />}
          <h2 id="credit-note-title">
            {t("billing.creditNote.title", { number: creditNote.number })}
          </h2>
        </div>
        <dl class="details invoice-dates">
          <dt>{t("billing.creditNote.date")}</dt>
          <dd>{day(view, creditNote.issued_at)}</dd>
          <dt>{t("billing.creditNote.originalInvoice")}</dt>
          <dd>
            <a href={invoiceHref}>{invoice.number}</a>
          </dd>
          <dt>{t("billing.invoice.date")}</dt>
          <dd>{day(view, invoice.issued_at)}</dd>
        </dl>
      </header>
      <BillTo invoice={invoice} t={t} />
      <DocumentItems
        items={items}
        totals={creditNote}
        currency={creditNote.currency}
        view={view}
      />
      {note && <p class="invoice-note">{t(note)}</p>}
      <p>
        {t("billing.creditNote.corrects", {
          number: invoice.number,
          date: day(view, invoice.issued_at),
        })}
      </p>
      <p>
        <strong>{t("billing.creditNote.reason")}:</strong> {creditNote.reason}
      </p>
      {seller.legalName && <SellerFooter seller={seller} t={t} />}
    </article>
  );
}

/** The credit notes of an invoice, linked (nothing when there are none). */
export function CreditNoteList(
  { notes, view, href }: {
    notes: CreditNoteSummary[];
    view: ShopView;
    href: (id: string) => string;
  },
) {
  if (notes.length === 0) return null;
  const { t } = view;
  return (
    <section class="section no-print">
      <h2>{t("billing.creditNote.list")}</h2>
      <ul>
        {notes.map((note) => (
          <li>
            <a href={href(note.id)}>{note.number}</a> ·{" "}
            {day(view, note.issued_at)} ·{" "}
            {money(view, note.total_cents, note.currency)} · {note.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
