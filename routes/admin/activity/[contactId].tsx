import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import { z } from "zod";
import {
  type ContactActivity,
  getContactActivity,
} from "@/lib/activity/reports.ts";
import { pageParam, uuidParam } from "@/lib/http/params.ts";
import { formatDateTime } from "@/lib/i18n/mod.ts";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { Pagination } from "@/components/admin/Pagination.tsx";
import {
  ConsentBadge,
  OnlineBadge,
} from "@/components/activity/ConsentBadge.tsx";
import { SessionLog } from "@/components/activity/SessionLog.tsx";
import { formatDuration } from "@/components/activity/format.ts";
import type { ActivityAdminState } from "./_middleware.ts";

const querySchema = z.object({ page: pageParam });

/** Admin → Activity → one contact: consent, totals, sessions and visits. */
export const handler = {
  async GET(
    _req: Request,
    ctx: FreshContext<ActivityAdminState, ContactActivity>,
  ) {
    const contactId = uuidParam(ctx.params.contactId);
    const { page } = querySchema.parse(
      Object.fromEntries(ctx.url.searchParams),
    );
    const { db, now } = ctx.state.services;
    return ctx.render(
      await getContactActivity(db, contactId, {
        page,
        onlineWindowSeconds: ctx.state.activitySettings.onlineWindowSeconds,
      }, now()),
    );
  },
};

export default function ContactActivityPage(
  { state, data, url }: PageProps<ContactActivity, ActivityAdminState>,
) {
  const { t, locale, timeZone } = state;
  const { contact, consent, totals, sessions } = data;
  const when = (date: Date) => formatDateTime(locale, date, timeZone);
  return (
    <>
      <PageHeader
        title={contact.name}
        intro={[contact.company, contact.email].filter(Boolean).join(" · ")}
        back={{ href: "/admin/activity", label: t("activity.title") }}
      >
        <a
          class="button button-secondary"
          href={`/admin/clients/${contact.clientId}/contacts/${contact.id}`}
        >
          {t("activity.contact.record")}
        </a>
      </PageHeader>
      <section class="card admin-section" aria-labelledby="activity-summary">
        <h2 id="activity-summary">{t("activity.contact.summary")}</h2>
        <dl class="details">
          <dt>{t("activity.col.consent")}</dt>
          <dd>
            <ConsentBadge status={consent?.status ?? null} t={t} />{" "}
            {consent && (
              <span class="muted">
                {t("activity.consent.decided", {
                  date: when(consent.decidedAt),
                  version: consent.policyVersion,
                })}
              </span>
            )}
          </dd>
          <dt>{t("activity.col.lastSeen")}</dt>
          <dd>
            {totals.lastSeenAt ? when(totals.lastSeenAt) : t("activity.never")}
            {data.online && (
              <>
                {" "}
                <OnlineBadge t={t} />
              </>
            )}
          </dd>
          <dt>{t("activity.col.sessions")}</dt>
          <dd>{totals.sessionCount}</dd>
          <dt>{t("activity.contact.visits")}</dt>
          <dd>{totals.visitCount}</dd>
          <dt>{t("activity.col.totalTime")}</dt>
          <dd>{formatDuration(locale, totals.totalSeconds)}</dd>
        </dl>
      </section>
      <section class="admin-section" aria-labelledby="activity-sessions">
        <h2 id="activity-sessions">{t("activity.contact.sessions")}</h2>
        {sessions.rows.length
          ? (
            <SessionLog
              sessions={sessions.rows}
              t={t}
              locale={locale}
              timeZone={timeZone}
            />
          )
          : (
            <div class="card">
              <EmptyState text={t("activity.contact.noSessions")} />
            </div>
          )}
        <Pagination
          t={t}
          url={url}
          page={sessions.page}
          pageCount={sessions.pageCount}
        />
      </section>
    </>
  );
}
