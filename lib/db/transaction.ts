/**
 * Runs `fn` in a transaction, joining the caller's when `db` already is
 * one, so a domain function can be used alone or as a step of a larger
 * unit of work.
 */
import type { Database } from "./database.ts";

export async function inTransaction<T>(
  db: Database,
  fn: (tx: Database) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? await fn(db) : await db.transaction().execute(fn);
}
