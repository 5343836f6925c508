/**
 * What the license API counts on every call, kept off its request path:
 * the rate limits (a `BatchedRateLimiter`) and each activation's
 * validation count and time. Both are written about once a second, in a
 * few statements whatever the load, and at shutdown. A crash loses at
 * most the last second of validation counts (statistics shown in admin);
 * the rate limits stay correct on this instance and are shared with the
 * others at each flush.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { BatchedRateLimiter } from "../rate_limit.ts";

interface Validations {
  count: number;
  lastAt: number;
}

export class LicenseApiUsage {
  readonly limits: BatchedRateLimiter;
  #db: Database;
  #now: () => Date;
  #flushIntervalMs: number;
  #validations = new Map<string, Validations>();
  #timer?: ReturnType<typeof setInterval>;
  #flushing: Promise<void> = Promise.resolve();

  constructor(
    db: Database,
    options: { now?: () => Date; flushIntervalMs?: number } = {},
  ) {
    this.#db = db;
    this.#now = options.now ?? (() => new Date());
    this.#flushIntervalMs = options.flushIntervalMs ?? 1000;
    this.limits = new BatchedRateLimiter(db);
  }

  /** Counts one successful validation of an activation. */
  recordValidation(activationId: string, at: Date): void {
    const entry = this.#validations.get(activationId);
    if (entry) {
      entry.count++;
      entry.lastAt = Math.max(entry.lastAt, at.getTime());
    } else {
      this.#validations.set(activationId, { count: 1, lastAt: at.getTime() });
    }
  }

  start(): void {
    this.#timer = setInterval(() => void this.flush(), this.#flushIntervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.flush();
  }

  /** Writes what was counted; one flush at a time. */
  flush(): Promise<void> {
    this.#flushing = this.#flushing.then(() => this.#write());
    return this.#flushing;
  }

  async #write(): Promise<void> {
    try {
      await this.limits.flush(this.#now());
      await this.#writeValidations();
    } catch (error) {
      // Counts stay in memory for the next flush.
      console.error("license API counters could not be written:", error);
    }
  }

  async #writeValidations(): Promise<void> {
    if (this.#validations.size === 0) return;
    const batch = this.#validations;
    this.#validations = new Map();
    const rows = JSON.stringify(
      [...batch].map(([id, { count, lastAt }]) => ({
        id,
        count,
        at: new Date(lastAt).toISOString(),
      })),
    );
    try {
      await sql`
        update license_activations a set
          validation_count = a.validation_count + v.count,
          last_validated_at = greatest(a.last_validated_at, v.at)
        from jsonb_to_recordset(${rows}::text::jsonb)
          as v(id uuid, count int, at timestamptz)
        where a.id = v.id
      `.execute(this.#db);
    } catch (error) {
      for (const [id, { count, lastAt }] of batch) {
        const newer = this.#validations.get(id);
        this.#validations.set(id, {
          count: count + (newer?.count ?? 0),
          lastAt: Math.max(lastAt, newer?.lastAt ?? 0),
        });
      }
      throw error;
    }
  }
}
