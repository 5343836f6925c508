import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import { z } from "zod";
import {
  type ClientActivityRow,
  listClientActivity,
} from "@/lib/activity/reports.ts";
import type { Paged } from "@/lib/db/paging.ts";
import { pageParam } from "@/lib/http/params.ts";
import { formatDateTime } from "@/lib/i18n/mod.ts";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { PagedList, SearchBar } from "@/components/admin/PagedList.tsx";
import {
  ConsentBadge,
  OnlineBadge,
} from "@/components/activity/ConsentBadge.tsx";
import { formatDuration } from "@/components/activity/format.ts";
import type { ActivityAdminState } from "./_middleware.ts";
import {
  dailySessions,
  type DayPoint,
  type PageCount,
  topPortalPages,
  weeklyActiveClients,
} from "@/lib/activity/trends.ts";
import type { WeekPoint } from "@/lib/dashboard/overview.ts";
import { ActivityTrends } from "@/components/activity/ActivityTrends.tsx";
import { DataTable } from "@/components/admin/DataTable.tsx";

interface Data {
  clients: Paged<ClientActivityRow>;
  search: string;
  daily: DayPoint[];
  weekly: WeekPoint[];
  pages: PageCount[];
}

const querySchema = z.object({
  q: z.string().trim().max(100).catch(""),
  page: pageParam,
});

/** Admin → Activity: every client contact with consent or activity. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<ActivityAdminState, Data>) {
    const query = querySchema.parse(Object.fromEntries(ctx.url.searchParams));
    const { db, now } = ctx.state.services;
    const at = now();
    const { timeZone } = ctx.state;
    const [clients, daily, weekly, pages] = await Promise.all([
      listClientActivity(db, {
        q: query.q,
        page: query.page,
        onlineWindowSeconds: ctx.state.activitySettings.onlineWindowSeconds,
      }, at),
      dailySessions(db, { timeZone, days: 30 }, at),
      weeklyActiveClients(db, { timeZone, weeks: 12 }, at),
      topPortalPages(db, { days: 30, limit: 8 }, at),
    ]);
    return ctx.render({ clients, search: query.q, daily, weekly, pages });
  },
};

export default function ActivityPage(
  { state, data, url }: PageProps<Data, ActivityAdminState>,
) {
  const { t, locale, timeZone } = state;
  const { clients, search } = data;
  return (
    <>
      <PageHeader title={t("activity.title")} intro={t("activity.intro")}>
        {state.staffSession.user.role === "admin" && (
          <a class="button button-secondary" href="/admin/activity/settings">
            {t("activity.settings.link")}
          </a>
        )}
      </PageHeader>
      <section
        id="live-online"
        class="card admin-section live-online-slot"
        aria-label={t("activity.live.label")}
      >
        <p class="muted">{t("activity.live.placeholder")}</p>
      </section>
      <ActivityTrends
        daily={data.daily}
        weekly={data.weekly}
        pages={data.pages}
        t={t}
        locale={locale}
      />
      <SearchBar
        id="activity-search"
        label={t("activity.search.label")}
        submit={t("activity.search.submit")}
        clear={t("activity.search.clear")}
        value={search}
        clearHref="/admin/activity"
      />
      <PagedList
        t={t}
        url={url}
        list={clients}
        filtered={search !== ""}
        noMatch={t("activity.list.noMatch", { search })}
        empty={
          <EmptyState
            title={t("activity.list.empty.title")}
            text={t("activity.list.empty.text")}
          />
        }
      >
        <DataTable
          class="activity-table"
          rows={clients.rows}
          rowAttributes={(row) => ({ "data-contact": row.contactId })}
          columns={[
            {
              label: t("activity.col.contact"),
              cell: (row) => (
                <>
                  <a href={`/admin/activity/${row.contactId}`}>
                    <strong>{row.name}</strong>
                  </a>{" "}
                  {row.online && <OnlineBadge t={t} />}
                  <div class="muted">{row.email}</div>
                </>
              ),
            },
            {
              label: t("activity.col.company"),
              cell: (row) => row.company ?? t("crm.client.privatePerson"),
            },
            {
              label: t("activity.col.consent"),
              cell: (row) => <ConsentBadge status={row.consent} t={t} />,
            },
            {
              label: t("activity.col.lastSeen"),
              class: "last-seen",
              cell: (row) =>
                row.lastSeenAt
                  ? (
                    <time dateTime={row.lastSeenAt.toISOString()}>
                      {formatDateTime(locale, row.lastSeenAt, timeZone)}
                    </time>
                  )
                  : <span class="muted">{t("activity.never")}</span>,
            },
            {
              label: t("activity.col.sessions"),
              numeric: true,
              class: "sessions",
              cell: (row) => row.sessionCount,
            },
            {
              label: t("activity.col.totalTime"),
              numeric: true,
              class: "total-time",
              cell: (row) =>
                row.sessionCount
                  ? formatDuration(locale, row.totalSeconds)
                  : <span class="muted">–</span>,
            },
          ]}
        />
      </PagedList>
    </>
  );
}
