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

interface LocalWindow {
  rule: RateLimit;
  /** When the window began (the shared one, once a flush has told us). */
  start: number;
  /** The shared count at the last flush, this instance's sent calls included. */
  known: number;
  /** Calls counted here since the last flush. */
  pending: number;
}

/**
 * Rate limits for high-volume machine APIs: counted in memory, so a call
 * costs no database round trip, and merged into the same `rate_limits`
 * rows as `consumeRateLimit` by `flush()` (about every second), which
 * also learns what the other instances counted for the keys it sent. On
 * one instance the limit is exact; across several, each can overshoot by
 * what it counted since its last flush. (Keys without new calls here are
 * not read back: with one call per installation a day, that read would
 * cover every address seen in the window.) Sign-in keeps the exact
 * per-call check.
 */
export class BatchedRateLimiter {
  #db: Database;
  #windows = new Map<string, LocalWindow>();

  constructor(db: Database) {
    this.#db = db;
  }

  /** Counts one call under `key`; throws `RateLimitedError` past the limit. */
  consume(key: string, rule: RateLimit, now: Date): void {
    const at = now.getTime();
    let window = this.#windows.get(key);
    if (!window || at >= window.start + rule.windowSeconds * 1000) {
      window = { rule, start: at, known: 0, pending: 0 };
      this.#windows.set(key, window);
    }
    if (window.known + window.pending >= rule.limit) {
      const resetAt = window.start + rule.windowSeconds * 1000;
      throw new RateLimitedError(Math.max(1, Math.ceil((resetAt - at) / 1000)));
    }
    window.pending++;
  }

  /** Adds the calls counted here to the shared rows and reads them back. */
  async flush(now: Date): Promise<void> {
    const byWindow = new Map<number, [string, LocalWindow, number][]>();
    for (const [key, window] of this.#windows) {
      if (window.pending === 0) {
        const end = window.start + window.rule.windowSeconds * 1000;
        if (end <= now.getTime()) this.#windows.delete(key);
        continue;
      }
      const seconds = window.rule.windowSeconds;
      const group = byWindow.get(seconds) ?? [];
      group.push([key, window, window.pending]);
      byWindow.set(seconds, group);
    }
    for (const [seconds, group] of byWindow) {
      const expired = new Date(now.getTime() - seconds * 1000);
      const rows = JSON.stringify(group.map(([key, window, sent]) => ({
        key,
        count: sent,
        window_start: new Date(window.start).toISOString(),
      })));
      const { rows: shared } = await sql<
        { key: string; count: number; window_start: Date }
      >`
        insert into rate_limits (key, window_start, count)
        select r.key, r.window_start, r.count
        from jsonb_to_recordset(${rows}::text::jsonb)
          as r(key text, window_start timestamptz, count int)
        on conflict (key) do update set
          count = case when rate_limits.window_start <= ${expired}
            then excluded.count else rate_limits.count + excluded.count end,
          window_start = case when rate_limits.window_start <= ${expired}
            then excluded.window_start else rate_limits.window_start end
        returning key, count, window_start
      `.execute(this.#db);
      const counts = new Map(shared.map((row) => [row.key, row]));
      for (const [key, window, sent] of group) {
        const row = counts.get(key);
        if (!row) continue;
        window.pending -= sent;
        window.known = row.count;
        window.start = new Date(row.window_start).getTime();
      }
    }
  }
}
