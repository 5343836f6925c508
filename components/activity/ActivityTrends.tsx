import type { DayPoint, PageCount } from "@/lib/activity/trends.ts";
import type { WeekPoint } from "@/lib/dashboard/overview.ts";
import type { Locale, Translate } from "@/lib/i18n/mod.ts";
import { BarChart } from "../charts/BarChart.tsx";
import { portalSectionTitle } from "../portal/PortalNav.tsx";

/**
 * The activity overview: sessions per day and active clients per week as
 * charts, and the portal pages visited most, by section title.
 */
export function ActivityTrends(
  { daily, weekly, pages, t, locale }: {
    daily: DayPoint[];
    weekly: WeekPoint[];
    pages: PageCount[];
    t: Translate;
    locale: Locale;
  },
) {
  const tag = locale === "de" ? "de-DE" : "en-GB";
  const dateLabel = (iso: string) =>
    Temporal.PlainDate.from(iso).toLocaleString(tag, {
      day: "numeric",
      month: "short",
    });
  const count = (value: number) => new Intl.NumberFormat(tag).format(value);
  const total = (points: { value: number }[]) =>
    count(points.reduce((sum, point) => sum + point.value, 0));
  return (
    <div class="dashboard-grid activity-trends">
      <section class="card dashboard-card">
        <BarChart
          id="sessions-chart"
          title={t("activity.trends.sessions")}
          points={daily.map((point) => ({
            key: point.day,
            value: point.value,
          }))}
          format={count}
          label={dateLabel}
          summary={t("activity.trends.sessionsSummary", {
            total: total(daily),
          })}
          labels={{
            key: t("activity.trends.day"),
            value: t("activity.trends.sessionsValue"),
            table: t("dashboard.chart.table"),
          }}
        />
      </section>
      <section class="card dashboard-card">
        <BarChart
          id="active-clients-chart"
          title={t("activity.trends.active")}
          points={weekly.map((point) => ({
            key: point.weekStart,
            value: point.value,
          }))}
          format={count}
          label={dateLabel}
          summary={t("activity.trends.activeSummary", {
            highest: count(Math.max(0, ...weekly.map((point) => point.value))),
          })}
          labels={{
            key: t("dashboard.chart.week"),
            value: t("activity.trends.activeValue"),
            table: t("dashboard.chart.table"),
          }}
        />
      </section>
      <section
        class="card dashboard-card"
        aria-labelledby="top-pages-title"
      >
        <h2 id="top-pages-title" class="chart-title">
          {t("activity.trends.pages")}
        </h2>
        {pages.length === 0
          ? <p class="muted">{t("activity.trends.noPages")}</p>
          : (
            <table class="top-pages">
              <thead>
                <tr>
                  <th scope="col">{t("activity.trends.page")}</th>
                  <th scope="col" class="numeric">
                    {t("activity.trends.visits")}
                  </th>
                  <th scope="col" class="numeric">
                    {t("activity.trends.visitors")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {pages.map((page) => (
                  <tr>
                    <td>
                      {portalSectionTitle(page.path, t) ?? page.path}
                      {portalSectionTitle(page.path, t) &&
                        page.path.split("/").length > 3 && (
                        <span class="muted">{` · ${page.path}`}</span>
                      )}
                    </td>
                    <td class="numeric">{count(page.visits)}</td>
                    <td class="numeric">{count(page.visitors)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
      </section>
    </div>
  );
}
