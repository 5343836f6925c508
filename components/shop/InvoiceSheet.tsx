import type { ComponentChildren } from "preact";
import type { InvoiceDetail, PaymentRow } from "@/lib/shop/invoices.ts";
import type { InvoiceSeller, VatTreatment } from "@/lib/db/schema.ts";
import { formatDate, type MessageKey, type Translate } from "@/lib/i18n/mod.ts";
import { sellerDate } from "@/lib/billing/invoices.ts";
import { InvoiceStatusBadge } from "./ShopBadges.tsx";
import {
  day,
  money,
  paymentMethodLabel,
  type ShopView,
  taxRatePercent,
} from "./format.ts";

/** The payments on an invoice: when, how much, how, and the transaction id. */
export function PaymentsTable(
  { payments, view, showRecorder }: {
    payments: PaymentRow[];
    view: ShopView;
    /** Admin only: who entered it (the webhook when nobody). */
    showRecorder?: boolean;
  },
) {
  const { t } = view;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("shopAdmin.payment.date")}</th>
            <th scope="col">{t("shopAdmin.payment.method")}</th>
            <th scope="col">{t("shopAdmin.payment.transactionId")}</th>
            {showRecorder && (
              <th scope="col">{t("shopAdmin.payment.recordedBy")}</th>
            )}
            <th scope="col" class="numeric">
              {t("shopAdmin.payment.amount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {payments.map((payment) => (
            <tr>
              <td>{day(view, payment.paid_at)}</td>
              <td>{paymentMethodLabel(t, payment.method)}</td>
              <td>
                <code>{payment.transaction_id}</code>
              </td>
              {showRecorder && (
                <td>
                  {payment.recorded_by_name ??
                    (
                      <span class="muted">
                        {t("shopAdmin.payment.automatic")}
                      </span>
                    )}
                </td>
              )}
              <td class="numeric">
                {money(view, payment.amount_cents, payment.currency)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The seller's logo when one is set (lib/billing/logo.ts). */
export function SellerLogo(
  { version, name }: { version: number | null | undefined; name: string },
) {
  return version
    ? <img src={`/seller-logo?v=${version}`} alt={name} class="invoice-logo" />
    : null;
}

/** The seller block: who issues the invoice, as copied when it was issued. */
export function SellerBlock({ seller }: { seller: InvoiceSeller }) {
  return (
    <address class="invoice-seller">
      <strong>{seller.legalName}</strong>
      <br />
      {seller.street}
      <br />
      {seller.postalCode} {seller.city}
      {seller.email && (
        <>
          <br />
          {seller.email}
        </>
      )}
      {seller.phone && (
        <>
          <br />
          {seller.phone}
        </>
      )}
    </address>
  );
}

/** Register, management and tax numbers, and the seller's own footer. */
export function SellerFooter(
  { seller, t }: { seller: InvoiceSeller; t: Translate },
) {
  const facts: [MessageKey, string][] = (
    [
      ["billing.field.vatId", seller.vatId],
      ["billing.field.taxNumber", seller.taxNumber],
      ["billing.field.registerCourt", seller.registerCourt],
      ["billing.field.registerNumber", seller.registerNumber],
      ["billing.field.managingDirector", seller.managingDirector],
    ] as [MessageKey, string][]
  ).filter(([, value]) => value);
  return (
    <footer class="invoice-footer">
      <dl class="details">
        {facts.map(([label, value]) => (
          <>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </>
        ))}
      </dl>
      {seller.invoiceFooter && <p class="pre-line">{seller.invoiceFooter}</p>}
    </footer>
  );
}

/** A line of an invoice or a credit note. */
interface DocumentLine {
  description: string;
  quantity: number;
  unit_price_cents: number;
  total_cents: number;
}

/**
 * The lines of an invoice or a credit note with net, VAT (rate and
 * amount) and total; `children` are further rows of the foot.
 */
export function DocumentItems(
  { items, totals, currency, view, children }: {
    items: DocumentLine[];
    totals: {
      subtotal_cents: number;
      tax_rate_basis_points: number;
      tax_cents: number;
      total_cents: number;
    };
    currency: string;
    view: ShopView;
    children?: ComponentChildren;
  },
) {
  const { t } = view;
  const amount = (cents: number) => money(view, cents, currency);
  return (
    <div class="table-wrap">
      <table class="invoice-items">
        <thead>
          <tr>
            <th scope="col">{t("shopAdmin.invoice.item")}</th>
            <th scope="col" class="numeric">
              {t("shopAdmin.invoice.quantity")}
            </th>
            <th scope="col" class="numeric">
              {t("shopAdmin.invoice.unitPrice")}
            </th>
            <th scope="col" class="numeric">
              {t("shopAdmin.invoice.lineTotal")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr>
              <td>{item.description}</td>
              <td class="numeric">{item.quantity}</td>
              <td class="numeric">{amount(item.unit_price_cents)}</td>
              <td class="numeric">{amount(item.total_cents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>{t("billing.invoice.net")}</th>
            <td class="numeric">{amount(totals.subtotal_cents)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={3}>
              {t("shopAdmin.invoice.tax", {
                rate: taxRatePercent(totals.tax_rate_basis_points, view.locale),
              })}
            </th>
            <td class="numeric">{amount(totals.tax_cents)}</td>
          </tr>
          <tr class="invoice-total">
            <th scope="row" colSpan={3}>{t("shopAdmin.invoice.total")}</th>
            <td class="numeric">{amount(totals.total_cents)}</td>
          </tr>
          {children}
        </tfoot>
      </table>
    </div>
  );
}

/** The buyer's address block of an invoice and of a credit note correcting it. */
export function BillTo(
  { invoice, t, children }: {
    invoice: { billing_address: string; buyer_vat_id: string | null };
    t: Translate;
    children?: ComponentChildren;
  },
) {
  return (
    <section class="invoice-address">
      <h3>{t("shopAdmin.invoice.billTo")}</h3>
      <p class="pre-line">{invoice.billing_address}</p>
      {invoice.buyer_vat_id && (
        <p>
          {t("billing.invoice.buyerVatId", { vatId: invoice.buyer_vat_id })}
        </p>
      )}
      {children}
    </section>
  );
}

/** The note a VAT treatment puts on the invoice, if any. */
export function vatNoteKey(treatment: VatTreatment): MessageKey | null {
  return treatment === "small_business" || treatment === "reverse_charge" ||
      treatment === "export"
    ? `billing.note.${treatment}`
    : null;
}

/**
 * The invoice as a document with every field §14 Abs. 4 UStG asks for:
 * seller and buyer, the seller's tax number or VAT ID, dates of issue and
 * supply, the items, net, VAT rate and amount or the reason for none, the
 * total, the buyer's VAT ID for reverse charge, payment terms and bank
 * account. Then what was paid. Laid out to print (the status badge and
 * payments stay on the screen).
 */
export function InvoiceSheet(
  { detail, view, showRecorder }: {
    detail: InvoiceDetail;
    view: ShopView;
    showRecorder?: boolean;
  },
) {
  const { t } = view;
  const { invoice } = detail;
  const { seller, buyer } = invoice;
  const amount = (cents: number) => money(view, cents, invoice.currency);
  const note = vatNoteKey(invoice.vat_treatment);
  const suppliedWhenIssued = sellerDate(invoice.issued_at) ===
    invoice.supplied_on.toISOString().slice(0, 10);
  return (
    <article class="card invoice-sheet" aria-labelledby="invoice-title">
      <header class="invoice-head">
        <div>
          <SellerLogo version={detail.logoVersion} name={seller.legalName} />
          {seller.legalName && <SellerBlock seller={seller} />}
          <h2 id="invoice-title">
            {t("shopAdmin.invoice.title", { number: invoice.number })}
          </h2>
          <span class="no-print">
            <InvoiceStatusBadge
              status={invoice.status}
              overdue={detail.overdue}
              t={t}
            />
          </span>
        </div>
        <dl class="details invoice-dates">
          <dt>{t("billing.invoice.date")}</dt>
          <dd>{day(view, invoice.issued_at)}</dd>
          <dt>{t("billing.invoice.supplied")}</dt>
          <dd>
            {suppliedWhenIssued
              ? t("billing.invoice.suppliedOnIssue")
              : formatDate(view.locale, invoice.supplied_on, "UTC")}
          </dd>
          <dt>{t("shopAdmin.invoice.due")}</dt>
          <dd>{day(view, invoice.due_at)}</dd>
          {invoice.paid_at && (
            <>
              <dt>{t("shopAdmin.invoice.paidOn")}</dt>
              <dd>{day(view, invoice.paid_at)}</dd>
            </>
          )}
        </dl>
      </header>
      <BillTo invoice={invoice} t={t}>
        {buyer.reference && (
          <p>
            {t("billing.invoice.buyerReference", {
              reference: buyer.reference,
            })}
          </p>
        )}
      </BillTo>
      <DocumentItems
        items={detail.items}
        totals={invoice}
        currency={invoice.currency}
        view={view}
      >
        {detail.creditedCents > 0 && (
          <tr>
            <th scope="row" colSpan={3}>{t("shopAdmin.invoice.credited")}</th>
            <td class="numeric">{amount(-detail.creditedCents)}</td>
          </tr>
        )}
        {detail.paidCents > 0 && (
          <tr>
            <th scope="row" colSpan={3}>{t("shopAdmin.invoice.paid")}</th>
            <td class="numeric">{amount(detail.paidCents)}</td>
          </tr>
        )}
        {invoice.status === "open" && (
          <tr class="invoice-balance">
            <th scope="row" colSpan={3}>
              {t("shopAdmin.invoice.balance")}
            </th>
            <td class="numeric">{amount(detail.balanceCents)}</td>
          </tr>
        )}
      </DocumentItems>
      {note && <p class="invoice-note">{t(note)}</p>}
      <section class="invoice-bank">
        <h3>{t("shopAdmin.invoice.payTo")}</h3>
        <p>
          {t("billing.invoice.terms", { date: day(view, invoice.due_at) })}
        </p>
        {invoice.bank_details && <p class="pre-line">{invoice.bank_details}</p>}
        <p class="muted">
          {t("shopAdmin.invoice.reference", { number: invoice.number })}
        </p>
      </section>
      {detail.payments.length > 0 && (
        <section class="invoice-payments no-print">
          <h3>{t("shopAdmin.invoice.payments")}</h3>
          <PaymentsTable
            payments={detail.payments}
            view={view}
            showRecorder={showRecorder}
          />
        </section>
      )}
      {seller.legalName && <SellerFooter seller={seller} t={t} />}
    </article>
  );
}
