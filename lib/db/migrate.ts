/**
 * Brings the schema up to date. Kysely's migrator holds a Postgres advisory
 * lock for the whole run, so instances starting together take turns and
 * each migration runs once.
 */
import { sql } from "kysely";
import { DEFAULT_MIGRATION_TABLE, Migrator } from "kysely/migration";
import { migrations } from "../../migrations/mod.ts";
import type { Database } from "./database.ts";

/**
 * The statement timeout while migrating, instead of the app's (30 s by
 * default): a migration may rebuild an index on a big table, and an
 * instance waits for another's migrations on the migrator's lock.
 */
const MIGRATION_STATEMENT_TIMEOUT = "15min";

/** Applies pending migrations; returns the names applied by this call. */
export async function migrateToLatest(db: Database): Promise<string[]> {
  return await db.connection().execute(async (connection) => {
    await sql`select set_config('statement_timeout', ${MIGRATION_STATEMENT_TIMEOUT}, false)`
      .execute(connection);
    try {
      const migrator = new Migrator({
        db: connection,
        provider: { getMigrations: () => Promise.resolve(migrations) },
        // Numbers are handed out to work in progress, so a migration may land
        // after a higher-numbered one already ran somewhere (0020 after 0022);
        // it is applied then instead of refusing every later start.
        allowUnorderedMigrations: true,
      });
      const { error, results } = await migrator.migrateToLatest();
      if (error) throw error;
      return (results ?? [])
        .filter((r) => r.status === "Success")
        .map((r) => r.migrationName);
    } finally {
      // Back to the session's own timeout before the pool hands the
      // connection to the app; a lost connection is dropped by the pool.
      await sql`reset statement_timeout`.execute(connection).catch(() => {});
    }
  });
}

/**
 * The migrations the code has that the database has not applied, in
 * order (all of them on an empty database). Reads only: two small queries
 * on the migrator's table instead of the migrator's own check, which
 * introspects every table of the database and took a production start
 * about 20 ms.
 */
export async function pendingMigrations(db: Database): Promise<string[]> {
  const { rows: [table] } = await sql<{ present: boolean }>`
    select to_regclass(${DEFAULT_MIGRATION_TABLE}) is not null as present
  `.execute(db);
  const applied = new Set<string>();
  if (table?.present) {
    const { rows } = await sql<{ name: string }>`
      select name from ${sql.table(DEFAULT_MIGRATION_TABLE)}
    `.execute(db);
    for (const row of rows) applied.add(row.name);
  }
  return Object.keys(migrations).sort().filter((name) => !applied.has(name));
}
