import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Sign-in failures are counted in `rate_limits` like any other limit, and
 * past a budget a key waits until `blocked_until` (an exponential delay,
 * lib/rate_limit.ts `admitAttempt`) instead of the end of its window.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    alter table rate_limits add column blocked_until timestamptz;
  `,
  );
}
