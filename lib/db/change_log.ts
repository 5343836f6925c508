/**
 * Notifications for instances that cannot LISTEN. PostgreSQL delivers
 * NOTIFY only to a session that stays connected, which a transaction
 * pooler (PgBouncer in transaction mode, most hosted "pooled" URLs) does
 * not give. So every notification is sent through `notify`, which also
 * records it in `change_log` (migration 0013), and such an instance polls
 * that table at a short interval instead (`ChangeLogPoller`).
 */
import { sql } from "kysely";
import { describeError } from "../errors.ts";
import type { Database } from "./database.ts";

/** NOTIFY `channel` at commit, and record it for pollers. */
export async function notify(
  db: Database,
  channel: string,
  payload: string,
): Promise<void> {
  await sql`select portico_notify(${channel}, ${payload})`.execute(db);
}

/** How long change-log rows are kept (the prune-change-log job). */
export const CHANGE_LOG_RETENTION_MS = 10 * 60_000;

/** Deletes change-log rows older than the retention period. */
export async function pruneChangeLog(db: Database, now: Date): Promise<number> {
  const result = await db.deleteFrom("change_log")
    .where("created_at", "<", new Date(now.getTime() - CHANGE_LOG_RETENTION_MS))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * A row becomes visible when its transaction commits, which may be after
 * rows stamped later: each poll looks this far behind the previous one
 * (transactions are bounded by the statement and idle timeouts) and skips
 * the rows it has seen.
 */
const LOOKBACK_MS = 30_000;

async function databaseNow(db: Database): Promise<Date> {
  const { rows } = await sql<{ now: Date }>`select now() as now`.execute(db);
  return rows[0].now;
}

interface Subscription {
  onMessage: (payload: string) => void;
  onResubscribed?: () => void;
}

export interface PollerOptions {
  /** How often the log is read (default 500 ms). */
  intervalMs?: number;
  log?: (line: string) => void;
}

/** `DatabaseHandle.listen` by polling `change_log`. */
export class ChangeLogPoller {
  #db: Database;
  #intervalMs: number;
  #log: (line: string) => void;
  #channels = new Map<string, Set<Subscription>>();
  /** Row id → its `created_at`, for the rows inside the lookback. */
  #seen = new Map<string, number>();
  /** The database's clock at the previous poll. */
  #since?: Date;
  #timer?: ReturnType<typeof setTimeout>;
  #polling?: Promise<void>;
  #failing = false;
  #closed = false;

  constructor(db: Database, options: PollerOptions = {}) {
    this.#db = db;
    this.#intervalMs = options.intervalMs ?? 500;
    this.#log = options.log ?? ((line) => console.error(line));
  }

  /** Subscribes to `channel`; resolves to the unsubscribe function. */
  async listen(
    channel: string,
    onMessage: (payload: string) => void,
    onResubscribed?: () => void,
  ): Promise<() => Promise<void>> {
    // From now on: what was logged before this instance listened is old.
    this.#since ??= await databaseNow(this.#db);
    const subscription = { onMessage, onResubscribed };
    let subscriptions = this.#channels.get(channel);
    if (!subscriptions) {
      subscriptions = new Set();
      this.#channels.set(channel, subscriptions);
    }
    subscriptions.add(subscription);
    this.#schedule();
    return () => {
      subscriptions.delete(subscription);
      if (!subscriptions.size) this.#channels.delete(channel);
      return Promise.resolve();
    };
  }

  #schedule(): void {
    if (this.#timer !== undefined || this.#closed) return;
    this.#timer = setTimeout(() => {
      this.#polling = this.#poll().finally(() => {
        this.#timer = undefined;
        this.#polling = undefined;
        if (this.#channels.size) this.#schedule();
      });
    }, this.#intervalMs);
  }

  async #poll(): Promise<void> {
    let rows;
    let now: Date;
    try {
      now = await databaseNow(this.#db);
      rows = await this.#db.selectFrom("change_log")
        .select(["id", "channel", "payload", "created_at"])
        .where(
          "created_at",
          ">",
          new Date(this.#since!.getTime() - LOOKBACK_MS),
        )
        .where("channel", "in", [...this.#channels.keys()])
        .orderBy("id").execute();
    } catch (error) {
      if (!this.#failing) {
        this.#log(
          `change log: polling failed (${describeError(error)}); retrying`,
        );
      }
      this.#failing = true;
      return;
    }
    if (this.#failing) {
      // Rows may have been pruned meanwhile: subscribers start afresh.
      this.#failing = false;
      this.#each((subscription) => subscription.onResubscribed?.());
    }
    for (const row of rows) {
      if (this.#seen.has(row.id)) continue;
      this.#seen.set(row.id, row.created_at.getTime());
      for (const subscription of this.#channels.get(row.channel) ?? []) {
        try {
          subscription.onMessage(row.payload);
        } catch (error) {
          this.#log(`change log ${row.channel}: ${describeError(error)}`);
        }
      }
    }
    this.#since = now;
    const horizon = now.getTime() - 2 * LOOKBACK_MS;
    for (const [id, createdAt] of this.#seen) {
      if (createdAt < horizon) this.#seen.delete(id);
    }
  }

  #each(fn: (subscription: Subscription) => void): void {
    for (const subscriptions of this.#channels.values()) {
      for (const subscription of subscriptions) fn(subscription);
    }
  }

  /** Stops polling (a poll in progress finishes). */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    await this.#polling;
  }
}
