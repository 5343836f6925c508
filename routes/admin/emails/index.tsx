import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { z } from "zod";
import type { EmailStatus } from "@/lib/db/schema.ts";
import { assertAdmin } from "@/lib/http/guards.ts";
import {
  countOutboxByStatus,
  EMAIL_STATUSES,
  listOutbox,
  type OutboxPage,
} from "@/lib/mail/admin.ts";
import { Field } from "@/components/Field.tsx";
import { EmailStatusBadge } from "@/components/admin/EmailStatusBadge.tsx";
import { ZonedTime } from "@/components/admin/ZonedTime.tsx";
import { DataTable } from "@/components/admin/DataTable.tsx";

const querySchema = z.object({
  status: z.enum(EMAIL_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

interface EmailsData {
  outbox: OutboxPage;
  counts: Record<EmailStatus, number>;
  status?: EmailStatus;
  page: number;
  smtpConfigured: boolean;
  timeZone: string;
}

/** Admin → Emails: the outbox, newest first. Admins only: bodies hold sign-in links. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, EmailsData>) {
    assertAdmin(ctx.state);
    const { db, config } = ctx.state.services;
    const query = querySchema.parse(Object.fromEntries(ctx.url.searchParams));
    const [outbox, counts] = await Promise.all([
      listOutbox(db, query),
      countOutboxByStatus(db),
    ]);
    return ctx.render({
      outbox,
      counts,
      status: query.status,
      page: query.page,
      smtpConfigured: config.smtpUrl !== undefined,
      timeZone: (await ctx.state.business()).timeZone,
    }, { headers: { "cache-control": "no-store" } });
  },
};

function pageHref(status: EmailStatus | undefined, page: number): string {
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/emails?${query}` : "/admin/emails";
}

export default function Emails({ state, data }: PageProps<EmailsData, State>) {
  const { t, locale } = state;
  const { outbox, counts, status, page, timeZone } = data;
  const total = counts.pending + counts.sent + counts.failed;
  const statusOptions: Record<string, string> = {
    "": `${t("emails.filter.all")} (${total})`,
  };
  for (const option of EMAIL_STATUSES) {
    statusOptions[option] = `${t(`emails.status.${option}`)} (${
      counts[option]
    })`;
  }
  return (
    <>
      <Head>
        <title>{`${t("emails.title")} · Portico`}</title>
      </Head>
      <div class="page-header">
        <h1>{t("emails.title")}</h1>
      </div>
      <p class="muted">{t("emails.intro")}</p>
      {!data.smtpConfigured && (
        <div class="alert alert-warning" role="status">
          {t("emails.smtpMissing")}
        </div>
      )}
      <form method="get" class="toolbar">
        <Field
          t={t}
          name="status"
          label="emails.filter.status"
          options={statusOptions}
          values={{ status: status ?? "" }}
        />
        <button type="submit" class="button-secondary">
          {t("emails.filter.apply")}
        </button>
      </form>
      {outbox.emails.length === 0
        ? (
          <div class="table-wrap">
            <p class="empty-state">
              {t(status ? "emails.emptyFiltered" : "emails.empty")}
            </p>
          </div>
        )
        : (
          <div class="table-wrap">
            <DataTable
              class="outbox-table"
              rows={outbox.emails}
              columns={[
                {
                  label: t("emails.col.status"),
                  cell: (email) => (
                    <EmailStatusBadge status={email.status} t={t} />
                  ),
                },
                {
                  label: t("emails.col.recipient"),
                  cell: (email) => email.to_address,
                },
                {
                  label: t("emails.col.subject"),
                  cell: (email) => (
                    <a href={`/admin/emails/${email.id}`}>{email.subject}</a>
                  ),
                },
                {
                  label: t("emails.col.attempts"),
                  cell: (email) => email.attempts,
                },
                {
                  label: t("emails.col.lastError"),
                  class: "outbox-error",
                  cell: (email) => email.last_error,
                },
                {
                  label: t("emails.col.created"),
                  cell: (email) => (
                    <ZonedTime
                      date={email.created_at}
                      locale={locale}
                      timeZone={timeZone}
                    />
                  ),
                },
                {
                  label: t("emails.col.sent"),
                  cell: (email) =>
                    email.sent_at && (
                      <ZonedTime
                        date={email.sent_at}
                        locale={locale}
                        timeZone={timeZone}
                      />
                    ),
                },
              ]}
            />
          </div>
        )}
      {(page > 1 || outbox.hasMore) && (
        <nav class="pagination" aria-label={t("emails.page.current", { page })}>
          {page > 1 && (
            <a
              class="button button-secondary"
              href={pageHref(status, page - 1)}
            >
              {t("emails.page.previous")}
            </a>
          )}
          {outbox.hasMore && (
            <a
              class="button button-secondary"
              href={pageHref(status, page + 1)}
            >
              {t("emails.page.next")}
            </a>
          )}
        </nav>
      )}
    </>
  );
}
