/** Reading the audit log for the admin page (entries are written by `lib/audit.ts`). */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import type { ActorType } from "../db/schema.ts";
import { type Paged, pageWindow } from "../db/paging.ts";

export const AUDIT_PAGE_SIZE = 50;

/** One entry with the name of whoever made the change. */
export interface AuditEntry {
  id: string;
  at: Date;
  actor_type: ActorType;
  actor_id: string | null;
  /** The staff member's or contact's current name; null for system and API. */
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  /** The current name of a staff or contact record, when it still exists. */
  entity_name: string | null;
  /** The client a contact record belongs to (for linking to it). */
  entity_client_id: string | null;
  details: Record<string, unknown>;
}

/** A page of the log plus what its filters can offer. */
export interface AuditLogPage extends Paged<AuditEntry> {
  /** Every entity type that occurs in the log. */
  entityTypes: string[];
  /** Staff members to filter by. */
  actors: { id: string; name: string }[];
}

export interface AuditLogQuery {
  entityType?: string;
  /** The id of the staff member or contact who acted. */
  actor?: string;
  page?: number;
  pageSize?: number;
}

/**
 * The distinct entity types, read by hopping along the
 * `(entity_type, …)` index instead of scanning a long log.
 */
async function entityTypes(db: Database): Promise<string[]> {
  const { rows } = await sql<{ entity_type: string }>`
    with recursive types as (
      (select entity_type from audit_log order by entity_type limit 1)
      union all
      select (select a.entity_type from audit_log a
              where a.entity_type > types.entity_type
              order by a.entity_type limit 1)
      from types where types.entity_type is not null
    )
    select entity_type from types where entity_type is not null`.execute(db);
  return rows.map((row) => row.entity_type);
}

/** The log newest first, filtered by entity type and actor, page by page. */
export async function listAuditLog(
  db: Database,
  query: AuditLogQuery = {},
): Promise<AuditLogPage> {
  const pageSize = query.pageSize ?? AUDIT_PAGE_SIZE;
  const filtered = db.selectFrom("audit_log as a")
    .$if(
      !!query.entityType,
      (qb) => qb.where("a.entity_type", "=", query.entityType!),
    )
    .$if(!!query.actor, (qb) => qb.where("a.actor_id", "=", query.actor!));
  const { total } = await filtered
    .select((eb) => eb.fn.countAll<string>().as("total"))
    .executeTakeFirstOrThrow();
  const window = pageWindow(query.page ?? 1, Number(total), pageSize);
  const rows = await filtered
    .leftJoin(
      "staff as s",
      (join) =>
        join.onRef("s.id", "=", "a.actor_id").on("a.actor_type", "=", "staff"),
    )
    .leftJoin(
      "contacts as c",
      (join) =>
        join.onRef("c.id", "=", "a.actor_id").on(
          "a.actor_type",
          "=",
          "contact",
        ),
    )
    // entity_id is text (not every entity has a uuid), hence the casts.
    .leftJoin(
      "staff as es",
      (join) =>
        join.on(sql`es.id::text`, "=", sql.ref("a.entity_id"))
          .on("a.entity_type", "=", "staff"),
    )
    .leftJoin(
      "contacts as ec",
      (join) =>
        join.on(sql`ec.id::text`, "=", sql.ref("a.entity_id"))
          .on("a.entity_type", "=", "contact"),
    )
    .select((eb) => [
      "a.id",
      "a.at",
      "a.actor_type",
      "a.actor_id",
      "a.action",
      "a.entity_type",
      "a.entity_id",
      "a.details",
      eb.fn.coalesce("s.name", "c.name").as("actor_name"),
      eb.fn.coalesce("es.name", "ec.name").as("entity_name"),
      "ec.client_id as entity_client_id",
    ])
    .orderBy("a.at", "desc").orderBy("a.id", "desc")
    .limit(pageSize).offset(window.offset)
    .execute();
  const actors = await db.selectFrom("staff").select(["id", "name"])
    .orderBy("name").orderBy("id").execute();
  return {
    rows: rows.map((row) => ({ ...row, id: String(row.id) })),
    total: Number(total),
    page: window.page,
    pageCount: window.pageCount,
    pageSize,
    entityTypes: await entityTypes(db),
    actors,
  };
}
