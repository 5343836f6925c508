import type { ComponentChildren } from "preact";
import type { InvoiceSummary } from "@/lib/shop/invoices.ts";
import { InvoiceStatusBadge } from "./ShopBadges.tsx";
import { day, money, type ShopView } from "./format.ts";

/**
 * Invoices as a list shows them: the number (a link to the invoice),
 * issued, due, total, what is still open and the status. Staff lists add
 * the client after the number.
 */
export function InvoiceTable<Row extends InvoiceSummary>(
  { view, invoices, href, client }: {
    view: ShopView;
    invoices: Row[];
    href: (invoice: Row) => string;
    /** The client column's cell, where the list has one. */
    client?: (invoice: Row) => ComponentChildren;
  },
) {
  const { t } = view;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t("shopAdmin.invoice.number")}</th>
          {client && <th scope="col">{t("shopAdmin.order.client")}</th>}
          <th scope="col">{t("shopAdmin.invoice.issued")}</th>
          <th scope="col">{t("shopAdmin.invoice.due")}</th>
          <th scope="col" class="numeric">
            {t("shopAdmin.invoice.total")}
          </th>
          <th scope="col" class="numeric">
            {t("shopAdmin.invoice.balance")}
          </th>
          <th scope="col">{t("shopAdmin.order.status")}</th>
        </tr>
      </thead>
      <tbody>
        {invoices.map((invoice) => (
          <tr>
            <td class="nowrap">
              <a href={href(invoice)}>
                <strong>{invoice.number}</strong>
              </a>
            </td>
            {client && <td>{client(invoice)}</td>}
            <td class="nowrap">{day(view, invoice.issued_at)}</td>
            <td class="nowrap">{day(view, invoice.due_at)}</td>
            <td class="numeric">
              {money(view, invoice.total_cents, invoice.currency)}
            </td>
            <td class="numeric">
              {money(view, invoice.balance_cents, invoice.currency)}
            </td>
            <td>
              <InvoiceStatusBadge
                status={invoice.status}
                overdue={invoice.overdue}
                t={t}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
