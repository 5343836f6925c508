import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Job locks as leases: a row per job that a run claims for a while (by the
 * database's clock), renews while it works and deletes when done. Unlike
 * an advisory lock, it needs no transaction or session held for the run,
 * so a job may wait on SMTP or a remote server with no transaction open,
 * and the embedded database's single connection stays free. A run whose
 * process died leaves a lease that simply runs out.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table job_locks (
      job text primary key,
      holder uuid not null,
      locked_until timestamptz not null
    );
  `,
  );
}
