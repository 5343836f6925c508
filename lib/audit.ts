/** The audit log: who did what to which record, shown in admin. */
import type { Database } from "./db/database.ts";
import type { ActorType } from "./db/schema.ts";
import { jsonb } from "./db/json.ts";

export interface Actor {
  type: ActorType;
  id?: string | null;
}

/** Appends one entry; call inside the transaction that made the change. */
export async function recordAudit(
  db: Database,
  actor: Actor,
  action: string,
  entityType: string,
  entityId: string | null,
  details: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await db.insertInto("audit_log").values({
    at: now,
    actor_type: actor.type,
    actor_id: actor.id ?? null,
    action,
    entity_type: entityType,
    entity_id: entityId,
    details: jsonb(details),
  }).execute();
}
