import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Every heartbeat flush updates `last_seen_at`, `current_path` and
 * `page_views` of each open session. With none of them indexed and room
 * left in each page, those updates are HOT (no index is touched), which
 * cut a 10,000-contact flush from about 580 ms to 150 ms here. The online
 * list and the idle-session job find open sessions through the
 * `activity_sessions_open` partial index instead.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    drop index activity_sessions_last_seen;
    alter table activity_sessions set (fillfactor = 70);
  `,
  );
}
