import type { JSX } from "preact";
import type { ClientOverview as Overview } from "@/lib/crm/client_overview.ts";
import {
  formatDate,
  formatDateTime,
  formatMoney,
  type Locale,
  type Translate,
} from "@/lib/i18n/mod.ts";

/** A card with its heading and a list, or a line saying it is empty. */
function ListCard<T>(
  { id, title, empty, items, item }: {
    id: string;
    title: string;
    /** Shown instead of the list when there is nothing; none: an empty list. */
    empty?: string;
    items: T[];
    item: (entry: T) => JSX.Element;
  },
) {
  return (
    <section class="card dashboard-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {items.length === 0 && empty
        ? <p class="muted">{empty}</p>
        : <ul class="dashboard-list">{items.map(item)}</ul>}
    </section>
  );
}

/**
 * A client's orders, invoices, bookings, licenses and portal activity on
 * their admin page, each list linking to its records. Bookings and
 * activity are null while their module is locked (their pages would be).
 */
export function ClientOverview(
  { overview, bookingsOpen, activityOpen, t, locale, timeZone }: {
    overview: Overview;
    bookingsOpen: boolean;
    activityOpen: boolean;
    t: Translate;
    locale: Locale;
    timeZone: string;
  },
) {
  const date = (at: Date) => formatDate(locale, at, timeZone);
  const money = (cents: number, currency: string) =>
    formatMoney(locale, cents, currency);
  return (
    <div class="dashboard-grid client-overview">
      <ListCard
        id="client-orders"
        title={t("crm.overview.orders")}
        empty={t("crm.overview.noOrders")}
        items={overview.orders}
        item={(order) => (
          <li>
            <a href={`/admin/shop/orders/${order.id}`}>
              {date(order.createdAt)}
            </a>
            <span class="muted">
              {` · ${money(order.totalCents, order.currency)} · ${
                t(`shopAdmin.order.status.${order.status}`)
              }`}
            </span>
          </li>
        )}
      />
      <ListCard
        id="client-invoices"
        title={t("crm.overview.invoices")}
        empty={t("crm.overview.noInvoices")}
        items={overview.invoices}
        item={(invoice) => (
          <li>
            <a href={`/admin/invoices/${invoice.id}`}>{invoice.number}</a>
            <span class="muted">
              {` · ${date(invoice.issuedAt)} · ${
                money(invoice.totalCents, invoice.currency)
              } · `}
            </span>
            <span
              class={`badge badge-${
                invoice.overdue
                  ? "revoked"
                  : invoice.status === "paid"
                  ? "active"
                  : "pending"
              }`}
            >
              {t(
                invoice.overdue
                  ? "shopAdmin.invoice.status.overdue"
                  : `shopAdmin.invoice.status.${invoice.status}`,
              )}
            </span>
          </li>
        )}
      />
      {bookingsOpen && (
        <ListCard
          id="client-bookings"
          title={t("crm.overview.bookings")}
          empty={t("crm.overview.noBookings")}
          items={overview.bookings}
          item={(booking) => (
            <li>
              <a href={`/admin/booking/${booking.id}`}>
                {formatDateTime(locale, booking.startsAt, timeZone)}
              </a>
              <span class="muted">
                {` · ${
                  locale === "de"
                    ? booking.serviceNameDe
                    : booking.serviceNameEn
                } · ${booking.staffName} · ${
                  t(`booking.status.${booking.status}`)
                }`}
              </span>
            </li>
          )}
        />
      )}
      <ListCard
        id="client-licenses"
        title={t("crm.overview.licenses")}
        empty={t("crm.overview.noLicenses")}
        items={overview.licenses}
        item={(license) => (
          <li>
            <a href={`/admin/licenses/${license.id}`}>
              {(locale === "de"
                ? license.productNameDe
                : license.productNameEn) ?? license.product}
            </a>
            <span class="muted">
              {` · ${t(`licensing.status.${license.status}`)}${
                license.domain ? ` · ${license.domain}` : ""
              }${
                license.expiresAt
                  ? ` · ${
                    t("crm.overview.until", {
                      date: date(license.expiresAt),
                    })
                  }`
                  : ""
              }`}
            </span>
          </li>
        )}
      />
      {activityOpen && (
        <ListCard
          id="client-activity"
          title={t("crm.overview.activity")}
          items={overview.activity}
          item={(contact) => (
            <li>
              <a href={`/admin/activity/${contact.contactId}`}>
                {contact.name}
              </a>
              <span class="muted">
                {` · ${
                  t("crm.overview.sessions", { count: contact.sessions })
                }${
                  contact.lastSeenAt
                    ? ` · ${
                      t("crm.overview.lastSeen", {
                        date: formatDateTime(
                          locale,
                          contact.lastSeenAt,
                          timeZone,
                        ),
                      })
                    }`
                    : ""
                }`}
              </span>
            </li>
          )}
        />
      )}
    </div>
  );
}
