/**
 * Brings the schema up to date. Kysely's migrator holds a Postgres advisory
 * lock for the whole run, so instances starting together take turns and
 * each migration runs once.
 */
import { Migrator } from "kysely/migration";
import { migrations } from "../../migrations/mod.ts";
import type { Database } from "./database.ts";

/** Applies pending migrations; returns the names applied by this call. */
export async function migrateToLatest(db: Database): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? [])
    .filter((r) => r.status === "Success")
    .map((r) => r.migrationName);
}
