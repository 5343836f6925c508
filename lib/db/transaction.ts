/**
 * Runs `fn` in a transaction, joining the caller's when `db` already is
 * one, so a domain function can be used alone or as a step of a larger
 * unit of work. The outermost call runs the after-commit effects raised
 * inside (`lib/db/after_commit.ts`) once its transaction has committed;
 * a rollback drops them.
 */
import type { Database } from "./database.ts";
import { commitThenSignal } from "./after_commit.ts";

export async function inTransaction<T>(
  db: Database,
  fn: (tx: Database) => Promise<T>,
): Promise<T> {
  return db.isTransaction ? await fn(db) : await commitThenSignal(db, fn);
}
