import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { z } from "zod";
import {
  type AuditEntry,
  type AuditLogPage,
  listAuditLog,
} from "@/lib/crm/audit_log.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import { pageParam } from "@/lib/http/params.ts";
import {
  formatDateTime,
  isMessageKey,
  type Translate,
} from "@/lib/i18n/mod.ts";
import { EmptyState } from "@/components/admin/EmptyState.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { Pagination } from "@/components/admin/Pagination.tsx";
import { DataTable } from "@/components/admin/DataTable.tsx";

interface AuditPageData {
  log: AuditLogPage;
  filters: { type?: string; actor?: string };
  /** The business time zone the times are shown in. */
  timeZone: string;
}

const querySchema = z.object({
  type: z.string().trim().min(1).max(50).optional().catch(undefined),
  actor: z.uuid().optional().catch(undefined),
  page: pageParam,
});

/** Admin → Audit log: newest first, by record type and staff member. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, AuditPageData>) {
    assertStaff(ctx.state);
    const { db } = ctx.state.services;
    const query = querySchema.parse(Object.fromEntries(ctx.url.searchParams));
    const log = await listAuditLog(db, {
      entityType: query.type,
      actor: query.actor,
      page: query.page,
    });
    const { timeZone } = await ctx.state.business();
    return ctx.render({
      log,
      filters: { type: query.type, actor: query.actor },
      timeZone,
    });
  },
};

/** A catalog text when there is one, else the stored code as it is. */
function translated(t: Translate, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}

function actorName(t: Translate, entry: AuditEntry): string {
  if (entry.actor_type === "system") return t("crm.audit.actor.system");
  if (entry.actor_type === "api") return t("crm.audit.actor.api");
  return entry.actor_name ?? t("crm.audit.actor.unknown");
}

/** Where the changed record can be seen, when it has a page the reader may open. */
function entityHref(entry: AuditEntry, admin: boolean): string | undefined {
  // The staff list is for administrators only.
  if (entry.entity_type === "staff") return admin ? "/admin/staff" : undefined;
  if (entry.entity_type === "client" && entry.entity_id) {
    return `/admin/clients/${entry.entity_id}`;
  }
  if (entry.entity_type === "contact" && entry.entity_client_id) {
    return `/admin/clients/${entry.entity_client_id}/contacts/${entry.entity_id}`;
  }
  return undefined;
}

function Entity(
  { t, entry, admin }: { t: Translate; entry: AuditEntry; admin: boolean },
) {
  const type = translated(
    t,
    `crm.audit.entity.${entry.entity_type}`,
    entry.entity_type,
  );
  // The name at the time of the change, else today's name, else the id.
  const label = typeof entry.details.label === "string"
    ? entry.details.label
    : entry.entity_name ?? entry.entity_id;
  const href = entityHref(entry, admin);
  return (
    <>
      <span class="muted">{type}</span>
      {label && <div>{href ? <a href={href}>{label}</a> : label}</div>}
    </>
  );
}

export default function AuditPage(
  { state, data, url }: PageProps<AuditPageData, State>,
) {
  const { t, locale } = state;
  const { log, filters } = data;
  const filtered = filters.type !== undefined || filters.actor !== undefined;
  return (
    <>
      <PageHeader title={t("crm.audit.title")} intro={t("crm.audit.intro")} />
      <form method="get" class="toolbar">
        <div class="field">
          <label for="audit-type">{t("crm.audit.filterType")}</label>
          <select id="audit-type" name="type">
            <option value="">{t("crm.audit.allTypes")}</option>
            {log.entityTypes.map((type) => (
              <option value={type} selected={type === filters.type}>
                {translated(t, `crm.audit.entity.${type}`, type)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="audit-actor">{t("crm.audit.filterActor")}</label>
          <select id="audit-actor" name="actor">
            <option value="">{t("crm.audit.everyone")}</option>
            {log.actors.map((actor) => (
              <option value={actor.id} selected={actor.id === filters.actor}>
                {actor.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button-secondary">
          {t("crm.audit.filter")}
        </button>
        {filtered && (
          <a class="button button-secondary" href="/admin/audit">
            {t("crm.audit.reset")}
          </a>
        )}
      </form>
      {log.rows.length === 0
        ? (
          <div class="card">
            <EmptyState
              text={t(filtered ? "crm.audit.noMatch" : "crm.audit.empty")}
            />
          </div>
        )
        : (
          <>
            <div class="table-wrap">
              <DataTable
                rows={log.rows}
                columns={[
                  {
                    label: t("crm.audit.time"),
                    cell: (entry) => (
                      <time dateTime={entry.at.toISOString()}>
                        {formatDateTime(locale, entry.at, data.timeZone)}
                      </time>
                    ),
                  },
                  {
                    label: t("crm.audit.actor"),
                    cell: (entry) => actorName(t, entry),
                  },
                  {
                    label: t("crm.audit.action"),
                    cell: (entry) =>
                      translated(
                        t,
                        `crm.audit.action.${entry.action}`,
                        entry.action,
                      ),
                  },
                  {
                    label: t("crm.audit.entity"),
                    cell: (entry) => (
                      <Entity
                        t={t}
                        entry={entry}
                        admin={state.staffSession?.user.role === "admin"}
                      />
                    ),
                  },
                ]}
              />
            </div>
            <p class="muted small">
              {t("crm.audit.timeZone", { zone: data.timeZone })}
            </p>
          </>
        )}
      <Pagination
        t={t}
        url={url}
        page={log.page}
        pageCount={log.pageCount}
      />
    </>
  );
}
