/**
 * For a migration's own test: a throwaway database migrated up to the step
 * before it, so the test can write the data the migration must carry over,
 * then run the rest.
 */
import { sql } from "kysely";
import { Migrator } from "kysely/migration";
import { type Database, openDatabase } from "@/lib/db/database.ts";
import type { TestDatabase } from "@/lib/db/testing.ts";
import { migrations } from "./mod.ts";

export async function withDatabaseBefore(
  database: TestDatabase,
  lastApplied: string,
  test: (db: Database, migrateToLatest: () => Promise<void>) => Promise<void>,
): Promise<void> {
  const name = `portico_m_${crypto.randomUUID().slice(0, 8)}`;
  await sql.raw(`create database "${name}"`).execute(database.db);
  const url = new URL(database.url!);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.href, max: 1 });
  try {
    const migrator = new Migrator({
      db: handle.db,
      provider: { getMigrations: () => Promise.resolve(migrations) },
    });
    const before = await migrator.migrateTo(lastApplied);
    if (before.error) throw before.error;
    await test(handle.db, async () => {
      const after = await migrator.migrateToLatest();
      if (after.error) throw after.error;
    });
  } finally {
    await handle.close();
    await sql.raw(`drop database "${name}" with (force)`).execute(database.db);
  }
}
