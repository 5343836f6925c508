import type { ClientOverview as Overview } from "@/lib/crm/client_overview.ts";
import {
  formatDate,
  formatDateTime,
  formatMoney,
  type Locale,
  type Translate,
} from "@/lib/i18n/mod.ts";

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
      <section class="card dashboard-card" aria-labelledby="client-orders">
        <h2 id="client-orders">{t("crm.overview.orders")}</h2>
        {overview.orders.length === 0
          ? <p class="muted">{t("crm.overview.noOrders")}</p>
          : (
            <ul class="dashboard-list">
              {overview.orders.map((order) => (
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
              ))}
            </ul>
          )}
      </section>
      <section class="card dashboard-card" aria-labelledby="client-invoices">
        <h2 id="client-invoices">{t("crm.overview.invoices")}</h2>
        {overview.invoices.length === 0
          ? <p class="muted">{t("crm.overview.noInvoices")}</p>
          : (
            <ul class="dashboard-list">
              {overview.invoices.map((invoice) => (
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
              ))}
            </ul>
          )}
      </section>
      {bookingsOpen && (
        <section class="card dashboard-card" aria-labelledby="client-bookings">
          <h2 id="client-bookings">{t("crm.overview.bookings")}</h2>
          {overview.bookings.length === 0
            ? <p class="muted">{t("crm.overview.noBookings")}</p>
            : (
              <ul class="dashboard-list">
                {overview.bookings.map((booking) => (
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
                ))}
              </ul>
            )}
        </section>
      )}
      <section class="card dashboard-card" aria-labelledby="client-licenses">
        <h2 id="client-licenses">{t("crm.overview.licenses")}</h2>
        {overview.licenses.length === 0
          ? <p class="muted">{t("crm.overview.noLicenses")}</p>
          : (
            <ul class="dashboard-list">
              {overview.licenses.map((license) => (
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
              ))}
            </ul>
          )}
      </section>
      {activityOpen && (
        <section class="card dashboard-card" aria-labelledby="client-activity">
          <h2 id="client-activity">{t("crm.overview.activity")}</h2>
          <ul class="dashboard-list">
            {overview.activity.map((contact) => (
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
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
