import type { GrantStatus, OrderStatus } from "@/lib/db/schema.ts";
import type { InvoiceListStatus } from "@/lib/shop/invoices.ts";
import type { Translate } from "@/lib/i18n/mod.ts";

/** The shared badge colours: waiting amber, done green, cancelled grey, failed red. */
const ORDER_BADGE: Record<OrderStatus, string> = {
  pending: "badge-pending",
  paid: "badge-paid",
  cancelled: "badge-cancelled",
  refunded: "badge-failed",
};

const INVOICE_BADGE: Record<InvoiceListStatus, string> = {
  open: "badge-pending",
  overdue: "badge-failed",
  paid: "badge-paid",
  cancelled: "badge-cancelled",
};

const GRANT_BADGE: Record<GrantStatus, string> = {
  pending: "badge-pending",
  issued: "badge-paid",
  failed: "badge-failed",
};

/** An order's status. */
export function OrderStatusBadge(
  { status, t }: { status: OrderStatus; t: Translate },
) {
  return (
    <span class={`badge ${ORDER_BADGE[status]}`}>
      {t(`shopAdmin.order.status.${status}`)}
    </span>
  );
}

/** An invoice's status; an open one past its due date shows as overdue. */
export function InvoiceStatusBadge(
  { status, overdue, t }: {
    status: InvoiceListStatus;
    overdue?: boolean;
    t: Translate;
  },
) {
  const shown = overdue && status === "open" ? "overdue" : status;
  return (
    <span class={`badge ${INVOICE_BADGE[shown]}`}>
      {t(`shopAdmin.invoice.status.${shown}`)}
    </span>
  );
}

/** How issuing one license is going. */
export function GrantStatusBadge(
  { status, t }: { status: GrantStatus; t: Translate },
) {
  return (
    <span class={`badge ${GRANT_BADGE[status]}`}>
      {t(`shopAdmin.grant.status.${status}`)}
    </span>
  );
}

/** Active (on sale) or inactive. */
export function ActiveBadge({ active, t }: { active: boolean; t: Translate }) {
  return (
    <span class={`badge ${active ? "badge-active" : "badge-cancelled"}`}>
      {t(active ? "shopAdmin.catalog.active" : "shopAdmin.catalog.inactive")}
    </span>
  );
}
