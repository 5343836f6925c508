import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import { listOnline, type OnlineClient } from "@/lib/activity/online.ts";
import { getActivitySettings } from "@/lib/activity/settings.ts";
import { moduleOpen } from "@/lib/app/domains.ts";
import {
  getSellerSettings,
  missingSellerSettings,
} from "@/lib/billing/seller.ts";
import { formatMoney, type MessageKey } from "@/lib/i18n/mod.ts";
import { type AgendaDay, loadAgenda } from "@/lib/booking/admin.ts";
import {
  bookingOutcomes,
  type EndingTrial,
  listNewClients,
  listPendingBookings,
  listTrialsEnding,
  type NewClient,
  type OpenInvoiceTotals,
  openInvoiceTotals,
  type PendingBooking,
  weeklyBookings,
  weeklyRevenue,
  type WeekPoint,
} from "@/lib/dashboard/overview.ts";
import { dateIn } from "@/lib/wall_clock.ts";
import { LiveOnline } from "@/components/activity/LiveOnline.tsx";
import {
  getSetupChecklist,
  type SetupChecklist as Checklist,
} from "@/lib/setup/checklist.ts";
import { SetupChecklist } from "@/components/admin/SetupChecklist.tsx";
import {
  AgendaPreview,
  type DashboardView,
  InvoiceTiles,
  NewClients,
  PendingBookings,
  StatTile,
  TrialsEnding,
} from "@/components/admin/DashboardParts.tsx";
import { BarChart } from "@/components/charts/BarChart.tsx";

const WEEKS = 12;

/** The booking module's parts, present while its license is usable. */
interface BookingParts {
  pending: { rows: PendingBooking[]; total: number };
  agenda: AgendaDay[];
  weekly: WeekPoint[];
  outcomes: { completed: number; noShow: number };
}

interface Data {
  timeZone: string;
  currency: string;
  /** Null while the booking module is locked. */
  booking: BookingParts | null;
  /** Null while the activity module is locked. */
  online: OnlineClient[] | null;
  invoices: OpenInvoiceTotals;
  revenue: WeekPoint[];
  trials: EndingTrial[];
  newClients: NewClient[];
  /** Required seller settings not set: invoices cannot be issued. */
  missingSeller: string[];
  /** For administrators while setup is not done (and not hidden). */
  checklist: Checklist | null;
  bookingUrl: string;
}

export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    const { services } = ctx.state;
    const { db } = services;
    const now = services.now();
    const { timeZone, currency } = await ctx.state.business();
    const [bookingOpen, activityOpen] = await Promise.all([
      moduleOpen(services, "booking", now),
      moduleOpen(services, "activity", now),
    ]);
    const checklist = ctx.state.staffSession?.user.role === "admin"
      ? await getSetupChecklist(db, {
        smtpConfigured: Boolean(services.config.smtpUrl),
      })
      : null;
    const [booking, online, invoices, revenue, trials, newClients, seller] =
      await Promise.all([
        bookingOpen ? bookingParts(ctx.state, timeZone, now) : null,
        activityOpen
          ? getActivitySettings(db).then((settings) =>
            listOnline(db, settings, now)
          )
          : null,
        openInvoiceTotals(db, currency, now),
        weeklyRevenue(db, { timeZone, currency, weeks: WEEKS }, now),
        listTrialsEnding(db, now),
        listNewClients(db, now),
        getSellerSettings(db),
      ]);
    return ctx.render({
      timeZone,
      currency,
      booking,
      online,
      invoices,
      revenue,
      trials,
      newClients,
      missingSeller: missingSellerSettings(seller),
      checklist: checklist && !checklist.complete && !checklist.hidden
        ? checklist
        : null,
      bookingUrl: `${services.config.appUrl}/booking`,
    });
  },
};

async function bookingParts(
  state: State,
  timeZone: string,
  now: Date,
): Promise<BookingParts> {
  const { db } = state.services;
  const [pending, agenda, weekly, outcomes] = await Promise.all([
    listPendingBookings(db, now),
    loadAgenda(db, { from: dateIn(now, timeZone), days: 2, timeZone }),
    weeklyBookings(db, { timeZone, weeks: WEEKS }, now),
    bookingOutcomes(db, { timeZone, weeks: WEEKS }, now),
  ]);
  return { pending, agenda, weekly, outcomes };
}

/**
 * The admin start page: what needs a decision now, the next two days,
 * money owed, the last 12 weeks as charts, and who is online. Each part
 * only for the modules that are open.
 */
export default function Dashboard({ state, data }: PageProps<Data, State>) {
  assertStaff(state);
  const { t, locale } = state;
  const view: DashboardView = { t, locale, timeZone: data.timeZone };
  const weekLabel = (weekStart: string) =>
    Temporal.PlainDate.from(weekStart).toLocaleString(
      locale === "de" ? "de-DE" : "en-GB",
      { day: "numeric", month: "short" },
    );
  const money = (cents: number) => formatMoney(locale, cents, data.currency);
  const wholeMoney = (cents: number) =>
    new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB", {
      style: "currency",
      currency: data.currency,
      maximumFractionDigits: 0,
    }).format(cents / 100);
  const count = (value: number) =>
    new Intl.NumberFormat(locale === "de" ? "de-DE" : "en-GB").format(value);
  const weekly = (points: WeekPoint[]) =>
    points.map((point) => ({ key: point.weekStart, value: point.value }));
  const sum = (points: WeekPoint[]) =>
    points.reduce((total, point) => total + point.value, 0);
  const chartLabels = (value: MessageKey) => ({
    key: t("dashboard.chart.week"),
    value: t(value),
    table: t("dashboard.chart.table"),
  });
  const today = data.booking?.agenda[0]?.columns
    .reduce((total, column) => total + column.bookings.length, 0) ?? 0;
  return (
    <>
      <Head>
        <title>{`${t("admin.dashboard.title")} · Portico`}</title>
      </Head>
      <div class="page-header">
        <div>
          <h1>{t("admin.dashboard.title")}</h1>
          <p class="muted page-intro">
            {t(
              data.checklist
                ? "admin.dashboard.welcomeNew"
                : "admin.dashboard.welcome",
              { name: state.staffSession.user.name },
            )}
          </p>
        </div>
      </div>
      {data.checklist && (
        <SetupChecklist
          checklist={data.checklist}
          bookingUrl={data.bookingUrl}
          t={t}
          csrf={state.csrf}
        />
      )}
      {data.missingSeller.length > 0 && (
        <div class="alert alert-warning" role="status">
          {t("billing.dashboard.incomplete", {
            fields: data.missingSeller
              .map((field) =>
                t(`billing.field.${field}` as MessageKey)
              )
              .join(", "),
          })}{" "}
          <a href="/admin/settings/business">
            {t("billing.dashboard.complete")}
          </a>
        </div>
      )}
      {data.invoices.overdue.count > 0 && (
        <div class="alert alert-warning" role="status">
          {t("payments.dashboard.overdue", {
            count: data.invoices.overdue.count,
          })}{" "}
          <a href="/admin/invoices?status=overdue">
            {t("payments.dashboard.showOverdue")}
          </a>
        </div>
      )}
      <div class="stat-grid">
        {data.booking && (
          <>
            <StatTile
              label={t("dashboard.stat.pending")}
              value={count(data.booking.pending.total)}
              href="/admin/booking?status=pending"
              tone={data.booking.pending.total > 0 ? "warning" : undefined}
            />
            <StatTile
              label={t("dashboard.stat.today")}
              value={count(today)}
              href="/admin/booking/agenda"
            />
          </>
        )}
        <InvoiceTiles totals={data.invoices} view={view} />
      </div>
      {data.booking && (
        <div class="dashboard-grid">
          <PendingBookings
            pending={data.booking.pending}
            view={view}
            csrf={state.csrf}
          />
          <AgendaPreview days={data.booking.agenda} view={view} />
        </div>
      )}
      <div class="dashboard-grid">
        <section class="card dashboard-card">
          <BarChart
            id="revenue-chart"
            title={t("dashboard.chart.revenue")}
            points={weekly(data.revenue)}
            format={money}
            axisFormat={wholeMoney}
            unit={100}
            label={weekLabel}
            summary={t("dashboard.chart.revenueSummary", {
              total: money(sum(data.revenue)),
            })}
            labels={chartLabels("dashboard.chart.revenueValue")}
          />
        </section>
        {data.booking && (
          <section class="card dashboard-card">
            <BarChart
              id="bookings-chart"
              title={t("dashboard.chart.bookings")}
              points={weekly(data.booking.weekly)}
              format={count}
              label={weekLabel}
              summary={t("dashboard.chart.bookingsSummary", {
                total: count(sum(data.booking.weekly)),
              })}
              labels={chartLabels("dashboard.chart.bookingsValue")}
            />
            <p class="muted small" id="booking-outcomes">
              {t("dashboard.bookingOutcomes", {
                completed: count(data.booking.outcomes.completed),
                noShow: count(data.booking.outcomes.noShow),
              })}
            </p>
          </section>
        )}
      </div>
      <div class="dashboard-grid">
        <TrialsEnding trials={data.trials} view={view} />
        <NewClients clients={data.newClients} view={view} />
      </div>
      {data.online && (
        <LiveOnline
          online={data.online}
          t={t}
          locale={locale}
          timeZone={data.timeZone}
        />
      )}
    </>
  );
}
