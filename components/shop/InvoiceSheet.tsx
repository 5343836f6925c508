import type { InvoiceDetail, PaymentRow } from "@/lib/shop/invoices.ts";
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

/**
 * The invoice as a document: who it is for, the items and totals, what was
 * paid and what is still owed, and where to pay. Laid out to print.
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
  const amount = (cents: number) => money(view, cents, invoice.currency);
  return (
    <article class="card invoice-sheet" aria-labelledby="invoice-title">
      <header class="invoice-head">
        <div>
          <h2 id="invoice-title">
            {t("shopAdmin.invoice.title", { number: invoice.number })}
          </h2>
          <InvoiceStatusBadge
            status={invoice.status}
            overdue={detail.overdue}
            t={t}
          />
        </div>
        <dl class="details invoice-dates">
          <dt>{t("shopAdmin.invoice.issued")}</dt>
          <dd>{day(view, invoice.issued_at)}</dd>
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
      <section class="invoice-address">
        <h3>{t("shopAdmin.invoice.billTo")}</h3>
        <p class="pre-line">{invoice.billing_address}</p>
      </section>
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
            {detail.items.map((item) => (
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
              <th scope="row" colSpan={3}>{t("shopAdmin.invoice.subtotal")}</th>
              <td class="numeric">{amount(invoice.subtotal_cents)}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={3}>
                {t("shopAdmin.invoice.tax", {
                  rate: taxRatePercent(
                    invoice.tax_rate_basis_points,
                    view.locale,
                  ),
                })}
              </th>
              <td class="numeric">{amount(invoice.tax_cents)}</td>
            </tr>
            <tr class="invoice-total">
              <th scope="row" colSpan={3}>{t("shopAdmin.invoice.total")}</th>
              <td class="numeric">{amount(invoice.total_cents)}</td>
            </tr>
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
          </tfoot>
        </table>
      </div>
      {invoice.status === "open" && invoice.bank_details && (
        <section class="invoice-bank">
          <h3>{t("shopAdmin.invoice.payTo")}</h3>
          <p class="pre-line">{invoice.bank_details}</p>
          <p class="muted">
            {t("shopAdmin.invoice.reference", { number: invoice.number })}
          </p>
        </section>
      )}
      {detail.payments.length > 0 && (
        <section class="invoice-payments">
          <h3>{t("shopAdmin.invoice.payments")}</h3>
          <PaymentsTable
            payments={detail.payments}
            view={view}
            showRecorder={showRecorder}
          />
        </section>
      )}
    </article>
  );
}
