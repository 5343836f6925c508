import type { ComponentChildren } from "preact";
import type { InvoiceSummary } from "@/lib/shop/invoices.ts";
import { InvoiceStatusBadge } from "./ShopBadges.tsx";
import { day, money, type ShopView } from "./format.ts";
import { DataTable } from "../admin/DataTable.tsx";

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
    <DataTable
      rows={invoices}
      columns={[
        {
          label: t("shopAdmin.invoice.number"),
          nowrap: true,
          cell: (invoice) => (
            <a href={href(invoice)}>
              <strong>{invoice.number}</strong>
            </a>
          ),
        },
        ...(client
          ? [{ label: t("shopAdmin.order.client"), cell: client }]
          : []),
        {
          label: t("shopAdmin.invoice.issued"),
          nowrap: true,
          cell: (invoice) => day(view, invoice.issued_at),
        },
        {
          label: t("shopAdmin.invoice.due"),
          nowrap: true,
          cell: (invoice) => day(view, invoice.due_at),
        },
        {
          label: t("shopAdmin.invoice.total"),
          numeric: true,
          cell: (invoice) => money(view, invoice.total_cents, invoice.currency),
        },
        {
          label: t("shopAdmin.invoice.balance"),
          numeric: true,
          cell: (invoice) =>
            money(view, invoice.balance_cents, invoice.currency),
        },
        {
          label: t("shopAdmin.order.status"),
          cell: (invoice) => (
            <InvoiceStatusBadge
              status={invoice.status}
              overdue={invoice.overdue}
              t={t}
            />
          ),
        },
      ]}
    />
  );
}
