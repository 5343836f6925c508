/**
 * Rate limits kept in Postgres, so a limit holds across every instance:
 * fixed windows counting every request (one upsert per check), and failure
 * budgets that count only what failed and answer with a growing delay
 * instead of a lock (sign-in).
 */
import { type RawBuilder, sql } from "kysely";
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

/**
 * Deletes counters whose window ended long ago (no window is longer than a
 * day) and which make no one wait any more.
 */
export async function pruneRateLimits(
  db: Database,
  now: Date,
): Promise<number> {
  const result = await db.deleteFrom("rate_limits")
    .where("window_start", "<", new Date(now.getTime() - 24 * 3600 * 1000))
    .where((eb) =>
      eb.or([
        eb("blocked_until", "is", null),
        eb("blocked_until", "<=", now),
      ])
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Failures allowed under one key: `free` of them in a window, then each
 * further failure makes the key wait before its next attempt, twice as
 * long as the wait before, up to `maxDelaySeconds`.
 */
export interface FailureBudget {
  /** Failures in one window before the waits begin. */
  free: number;
  /** The wait after the `free`-th failure; each further failure doubles it. */
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /** Failures are forgotten when their window (from the first) ends. */
  windowSeconds: number;
}

/** A counter and the budget it is held to. */
export interface BudgetedKey {
  key: string;
  budget: FailureBudget;
}

const secondsUntil = (until: Date | null, now: Date) =>
  Math.max(1, Math.ceil(((until?.getTime() ?? 0) - now.getTime()) / 1000));

/** The instant a key may try again after `failures` in its window, or null. */
function waitAfter(
  failures: RawBuilder<number>,
  budget: FailureBudget,
  now: Date,
) {
  const { free, firstDelaySeconds, maxDelaySeconds } = budget;
  // The exponent stops at 30: far past any cap, and 2^30 stays exact.
  return sql<Date | null>`case when ${failures} >= ${free}::int
    then ${now}::timestamptz + make_interval(secs => least(
      ${maxDelaySeconds}::float8,
      ${firstDelaySeconds}::float8 * power(2, least(${failures} - ${free}::int, 30))
    )) end`;
}

/** One key's part of `admitAttempt`: an upsert that counts unless it must wait. */
function countUnlessWaiting(
  name: string,
  { key, budget }: BudgetedKey,
  now: Date,
) {
  const windowStart = new Date(now.getTime() - budget.windowSeconds * 1000);
  const expired = sql<boolean>`rate_limits.window_start <= ${windowStart}`;
  const failures = sql<number>`case when ${expired} then 1
    else rate_limits.count + 1 end`;
  const firstWait = waitAfter(sql`1`, budget, now);
  return sql`${sql.ref(name)} as (
    insert into rate_limits (key, window_start, count, blocked_until)
    select ${key}::text, ${now}::timestamptz, 1, ${firstWait}
    where (select until from waiting) is null
    on conflict (key) do update set
      count = ${failures},
      window_start = case when ${expired} then ${now}::timestamptz
        else rate_limits.window_start end,
      blocked_until = ${waitAfter(failures, budget, now)}
    where rate_limits.blocked_until is null or rate_limits.blocked_until <= ${now}
    returning key
  )`;
}

/**
 * Admits one attempt under every key, or throws `RateLimitedError` (with
 * the longest remaining wait) while any of them waits; a refused attempt
 * counts nowhere and extends no wait. An admitted attempt is counted as a
 * failure at once, in the same statement that checked the wait, so
 * attempts sent in parallel cannot all pass before the first failure is
 * recorded; `settleAttempt` takes the count back when it succeeds.
 */
export async function admitAttempt(
  db: Database,
  keys: BudgetedKey[],
  now: Date,
): Promise<void> {
  const names = keys.map((_, i) => `counted_${i}`);
  const upserts = keys.map((key, i) => countUnlessWaiting(names[i], key, now));
  const counted = names.map((name) => sql`(select key from ${sql.ref(name)})`);
  const { rows: [row] } = await sql<
    { waiting_until: Date | null; counted: string[] }
  >`
    with waiting as (
      select max(blocked_until) as until from rate_limits
      where key in (${sql.join(keys.map((k) => k.key))})
        and blocked_until > ${now}
    ),
    ${sql.join(upserts)}
    select (select until from waiting) as waiting_until,
      array_remove(array[${sql.join(counted)}]::text[], null) as counted
  `.execute(db);
  if (row.waiting_until) {
    throw new RateLimitedError(secondsUntil(new Date(row.waiting_until), now));
  }
  if (row.counted.length === keys.length) return;
  // Another attempt made a key wait after this statement's snapshot was
  // taken (its upsert then refused to count): take back the other counts
  // and answer with that wait.
  await settleAttempt(db, {
    forgive: keys.filter((k) => row.counted.includes(k.key)),
  });
  const waiting = await db.selectFrom("rate_limits")
    .select((eb) => eb.fn.max("blocked_until").as("until"))
    .where("key", "in", keys.map((k) => k.key))
    .executeTakeFirst();
  throw new RateLimitedError(
    secondsUntil(waiting?.until ? new Date(waiting.until) : null, now),
  );
}

/**
 * After an admitted attempt succeeded: `forgive` takes its count back
 * (a wait stays only while the failures alone still earn one), `forget`
 * drops the keys' failures altogether. One statement.
 */
export async function settleAttempt(
  db: Database,
  { forgive = [], forget = [] }: { forgive?: BudgetedKey[]; forget?: string[] },
): Promise<void> {
  const steps = [];
  if (forget.length) {
    steps.push(sql`forgotten as (
      delete from rate_limits where key in (${sql.join(forget)})
    )`);
  }
  if (forgive.length) {
    const rows = forgive.map(({ key, budget }) =>
      sql`(${key}::text, ${budget.free}::int)`
    );
    steps.push(sql`forgiven as (
      update rate_limits set
        count = greatest(rate_limits.count - 1, 0),
        blocked_until = case when rate_limits.count - 1 >= f.free
          then rate_limits.blocked_until end
      from (values ${sql.join(rows)}) as f(key, free)
      where rate_limits.key = f.key
    )`);
  }
  if (steps.length) await sql`with ${sql.join(steps)} select 1`.execute(db);
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
