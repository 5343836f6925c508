import type {
  EndingTrial,
  NewClient,
  OpenInvoiceTotals,
  PendingBooking,
} from "@/lib/dashboard/overview.ts";
import type { AgendaDay } from "@/lib/booking/admin.ts";
import {
  formatDate,
  formatMoney,
  formatTime,
  type Locale,
  type Translate,
} from "@/lib/i18n/mod.ts";
import { CsrfField } from "../Field.tsx";

/** What every dashboard part needs to write dates and words. */
export interface DashboardView {
  t: Translate;
  locale: Locale;
  timeZone: string;
}

/** A figure with its label, linking to the list behind it. */
export function StatTile(
  { label, value, href, tone }: {
    label: string;
    value: string;
    href: string;
    tone?: "warning";
  },
) {
  return (
    <a class={`card stat-tile${tone ? ` stat-${tone}` : ""}`} href={href}>
      <span class="stat-value">{value}</span>
      <span class="stat-label">{label}</span>
    </a>
  );
}

/**
 * Bookings waiting for a decision, each with Confirm in place and Decline
 * behind a second step (a reason, then the button): no JavaScript needed.
 */
export function PendingBookings(
  { pending, view, csrf }: {
    pending: { rows: PendingBooking[]; total: number };
    view: DashboardView;
    csrf: string;
  },
) {
  const { t, locale, timeZone } = view;
  return (
    <section class="card dashboard-card" aria-labelledby="pending-title">
      <div class="card-heading">
        <h2 id="pending-title">{t("dashboard.pending.title")}</h2>
        <a href="/admin/booking?status=pending">{t("dashboard.showAll")}</a>
      </div>
      {pending.rows.length === 0
        ? <p class="muted">{t("dashboard.pending.none")}</p>
        : (
          <ul class="dashboard-list">
            {pending.rows.map((booking) => (
              <li class="pending-booking">
                <div>
                  <a href={`/admin/booking/${booking.id}`}>{booking.name}</a>
                  <p class="muted">
                    {`${formatDate(locale, booking.startsAt, timeZone)}, ${
                      formatTime(locale, booking.startsAt, timeZone)
                    } · ${
                      locale === "de"
                        ? booking.serviceNameDe
                        : booking.serviceNameEn
                    } · ${booking.staffName}`}
                  </p>
                </div>
                <div class="row-actions">
                  <form method="post" action={`/admin/booking/${booking.id}`}>
                    <CsrfField token={csrf} />
                    <input type="hidden" name="intent" value="confirm" />
                    <input type="hidden" name="back" value="/admin" />
                    <button type="submit">
                      {t("dashboard.pending.confirm")}
                      <span class="visually-hidden">: {booking.name}</span>
                    </button>
                  </form>
                  <details class="confirm-step">
                    <summary class="button button-secondary">
                      {t("dashboard.pending.decline")}
                      <span class="visually-hidden">: {booking.name}</span>
                    </summary>
                    <form
                      method="post"
                      action={`/admin/booking/${booking.id}`}
                      class="form"
                    >
                      <CsrfField token={csrf} />
                      <input type="hidden" name="intent" value="cancel" />
                      <input type="hidden" name="back" value="/admin" />
                      <div class="field">
                        <label for={`decline-${booking.id}`}>
                          {t("bookingAdmin.detail.reason")}
                        </label>
                        <input
                          id={`decline-${booking.id}`}
                          name="reason"
                          maxLength={500}
                          aria-describedby={`decline-${booking.id}-hint`}
                        />
                        <p class="hint" id={`decline-${booking.id}-hint`}>
                          {t("bookingAdmin.detail.reasonHint")}
                        </p>
                      </div>
                      <button type="submit" class="button-danger">
                        {t("dashboard.pending.declineConfirm")}
                      </button>
                    </form>
                  </details>
                </div>
              </li>
            ))}
          </ul>
        )}
      {pending.total > pending.rows.length && (
        <p class="muted">
          {t("dashboard.pending.more", {
            count: pending.total - pending.rows.length,
          })}
        </p>
      )}
    </section>
  );
}

/** Today's and tomorrow's bookings, by time, with who takes them. */
export function AgendaPreview(
  { days, view }: { days: AgendaDay[]; view: DashboardView },
) {
  const { t, locale, timeZone } = view;
  const titles = [t("dashboard.agenda.today"), t("dashboard.agenda.tomorrow")];
  return (
    <section class="card dashboard-card" aria-labelledby="agenda-title">
      <div class="card-heading">
        <h2 id="agenda-title">{t("dashboard.agenda.title")}</h2>
        <a href="/admin/booking/agenda">{t("dashboard.agenda.open")}</a>
      </div>
      {days.map((day, i) => {
        const bookings = day.columns.flatMap((column) =>
          column.bookings.map((booking) => ({
            ...booking,
            staffName: column.staffName,
          }))
        ).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
        return (
          <div class="agenda-preview-day">
            <h3>
              {titles[i]}{" "}
              <span class="muted">
                {formatDate(locale, day.startsAt, timeZone)}
              </span>
            </h3>
            {bookings.length === 0
              ? <p class="muted">{t("dashboard.agenda.free")}</p>
              : (
                <ul class="dashboard-list agenda-preview">
                  {bookings.map((booking) => (
                    <li>
                      <span class="agenda-time">
                        {formatTime(locale, booking.startsAt, timeZone)}
                      </span>
                      <span>
                        <a href={`/admin/booking/${booking.id}`}>
                          {booking.name}
                        </a>
                        <span class="muted">
                          {` · ${
                            locale === "de"
                              ? booking.serviceNameDe
                              : booking.serviceNameEn
                          } · ${booking.staffName}`}
                        </span>
                      </span>
                      {booking.status === "pending" && (
                        <span class="badge badge-pending">
                          {t("dashboard.agenda.pending")}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
          </div>
        );
      })}
    </section>
  );
}

/** Open and overdue invoice balances as two tiles. */
export function InvoiceTiles(
  { totals, view }: { totals: OpenInvoiceTotals; view: DashboardView },
) {
  const { t, locale } = view;
  return (
    <>
      <StatTile
        label={t("dashboard.invoices.open", { count: totals.open.count })}
        value={formatMoney(locale, totals.open.balanceCents, totals.currency)}
        href="/admin/invoices?status=open"
      />
      <StatTile
        label={t("dashboard.invoices.overdue", {
          count: totals.overdue.count,
        })}
        value={formatMoney(
          locale,
          totals.overdue.balanceCents,
          totals.currency,
        )}
        href="/admin/invoices?status=overdue"
        tone={totals.overdue.count > 0 ? "warning" : undefined}
      />
    </>
  );
}

/** Trials that end within the week: a reason to get in touch. */
export function TrialsEnding(
  { trials, view }: { trials: EndingTrial[]; view: DashboardView },
) {
  const { t, locale, timeZone } = view;
  return (
    <section class="card dashboard-card" aria-labelledby="trials-title">
      <div class="card-heading">
        <h2 id="trials-title">{t("dashboard.trials.title")}</h2>
        <a href="/admin/licenses">{t("dashboard.showAll")}</a>
      </div>
      {trials.length === 0
        ? <p class="muted">{t("dashboard.trials.none")}</p>
        : (
          <ul class="dashboard-list">
            {trials.map((trial) => (
              <li>
                <a href={`/admin/licenses/${trial.licenseId}`}>
                  {(locale === "de"
                    ? trial.productNameDe
                    : trial.productNameEn) ?? trial.product}
                </a>
                <span class="muted">
                  {` · ${trial.holder} · ${
                    t("dashboard.trials.ends", {
                      date: formatDate(locale, trial.expiresAt, timeZone),
                    })
                  }`}
                </span>
              </li>
            ))}
          </ul>
        )}
    </section>
  );
}

/** Clients added in the last 30 days. */
export function NewClients(
  { clients, view }: { clients: NewClient[]; view: DashboardView },
) {
  const { t, locale, timeZone } = view;
  return (
    <section class="card dashboard-card" aria-labelledby="new-clients-title">
      <div class="card-heading">
        <h2 id="new-clients-title">{t("dashboard.clients.title")}</h2>
        <a href="/admin/clients">{t("dashboard.showAll")}</a>
      </div>
      {clients.length === 0
        ? <p class="muted">{t("dashboard.clients.none")}</p>
        : (
          <ul class="dashboard-list">
            {clients.map((client) => (
              <li>
                <a href={`/admin/clients/${client.id}`}>
                  {client.name || t("dashboard.clients.unnamed")}
                </a>
                <span class="muted">
                  {` · ${formatDate(locale, client.createdAt, timeZone)}`}
                </span>
              </li>
            ))}
          </ul>
        )}
    </section>
  );
}
