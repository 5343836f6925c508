/** Who is online, and the clean-up jobs. */
import type { Database } from "../db/database.ts";
import type { ActivitySettings } from "./settings.ts";

export interface OnlineClient {
  contactId: string;
  clientId: string;
  name: string;
  company: string | null;
  path: string;
  startedAt: string;
  lastSeenAt: string;
}

/** Contacts with a heartbeat inside the online window, most recent first. */
export async function listOnline(
  db: Database,
  settings: ActivitySettings,
  now: Date,
): Promise<OnlineClient[]> {
  const since = new Date(now.getTime() - settings.onlineWindowSeconds * 1000);
  const rows = await db.selectFrom("activity_sessions as s")
    .innerJoin("contacts as c", "c.id", "s.contact_id")
    .innerJoin("clients as cl", "cl.id", "c.client_id")
    .select([
      "c.id",
      "cl.id as clientId",
      "c.name",
      "cl.company",
      "s.current_path",
      "s.started_at",
      "s.last_seen_at",
    ])
    .where("s.ended_at", "is", null)
    .where("s.last_seen_at", ">=", since)
    .orderBy("s.last_seen_at", "desc")
    .limit(200)
    .execute();
  return rows.map((row) => ({
    contactId: row.id,
    clientId: row.clientId,
    name: row.name,
    company: row.company,
    path: row.current_path,
    startedAt: row.started_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
  }));
}

/** Ends sessions idle for longer than the inactivity timeout (cron, every minute). */
export async function endIdleSessions(
  db: Database,
  settings: ActivitySettings,
  now: Date,
): Promise<number> {
  const idleSince = new Date(
    now.getTime() - settings.inactivityMinutes * 60_000,
  );
  const result = await db.updateTable("activity_sessions")
    .set((eb) => ({ ended_at: eb.ref("last_seen_at") }))
    .where("ended_at", "is", null).where("last_seen_at", "<", idleSince)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Deletes sessions and visits older than the retention (cron, daily). */
export async function pruneActivity(
  db: Database,
  settings: ActivitySettings,
  now: Date,
): Promise<number> {
  const cutoff = new Date(
    now.getTime() - settings.retentionDays * 24 * 3600_000,
  );
  await db.deleteFrom("page_visits").where("visited_at", "<", cutoff).execute();
  const result = await db.deleteFrom("activity_sessions")
    .where("started_at", "<", cutoff).where("ended_at", "is not", null)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
