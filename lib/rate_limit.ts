/**
 * Fixed-window rate limits kept in Postgres, so a limit holds across every
 * instance. One upsert per check.
 */
import { sql } from "kysely";
import type { Database } from "./db/database.ts";
import { RateLimitedError } from "./errors.ts";

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

/** Counts one request under `key`; throws `RateLimitedError` past the limit. */
export async function consumeRateLimit(
  db: Database,
  key: string,
  { limit, windowSeconds }: RateLimit,
  now: Date,
): Promise<void> {
  const windowStart = new Date(now.getTime() - windowSeconds * 1000);
  const row = await db.insertInto("rate_limits")
    .values({ key, window_start: now, count: 1 })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({
        count: sql`case when rate_limits.window_start <= ${windowStart}
          then 1 else rate_limits.count + 1 end`,
        window_start: sql`case when rate_limits.window_start <= ${windowStart}
          then ${now}::timestamptz else rate_limits.window_start end`,
      })
    )
    .returning(["count", "window_start"])
    .executeTakeFirstOrThrow();
  if (row.count > limit) {
    const resetAt = new Date(row.window_start).getTime() + windowSeconds * 1000;
    throw new RateLimitedError(
      Math.max(1, Math.ceil((resetAt - now.getTime()) / 1000)),
    );
  }
}

/** Deletes counters whose window ended long ago. */
export async function pruneRateLimits(
  db: Database,
  now: Date,
): Promise<number> {
  const result = await db.deleteFrom("rate_limits")
    .where("window_start", "<", new Date(now.getTime() - 24 * 3600 * 1000))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
