import assert from "node:assert/strict";
import { useTestDatabase } from "./db/testing.ts";
import { BatchedRateLimiter, consumeRateLimit } from "./rate_limit.ts";
import { RateLimitedError } from "./errors.ts";

const { db } = await useTestDatabase();
const RULE = { limit: 10, windowSeconds: 60 };
const start = new Date("2026-03-01T10:00:00Z");
const later = (seconds: number) => new Date(start.getTime() + seconds * 1000);

function allowed(limiter: BatchedRateLimiter, key: string, at: Date): boolean {
  try {
    limiter.consume(key, RULE, at);
    return true;
  } catch (error) {
    if (error instanceof RateLimitedError) return false;
    throw error;
  }
}

const countOf = async (key: string) =>
  (await db.selectFrom("rate_limits").select("count").where("key", "=", key)
    .executeTakeFirstOrThrow()).count;

Deno.test("batched: exact on one instance, without a database round trip per call", async () => {
  const limiter = new BatchedRateLimiter(db);
  const results = Array.from(
    { length: 12 },
    () => allowed(limiter, "one", start),
  );
  assert.deepEqual(results, [...Array(10).fill(true), false, false]);
  assert.equal(
    await db.selectFrom("rate_limits").select("key").where("key", "=", "one")
      .executeTakeFirst(),
    undefined,
    "nothing written before the flush",
  );
  await limiter.flush(later(1));
  assert.equal(await countOf("one"), 10, "refused calls are not counted");
  assert.equal(allowed(limiter, "one", later(2)), false);
  assert.equal(allowed(limiter, "one", later(61)), true, "a new window");
});

Deno.test("batched: instances learn each other's counts when they flush, in the exact limiter's rows", async () => {
  const a = new BatchedRateLimiter(db);
  const b = new BatchedRateLimiter(db);
  // Between flushes each instance only knows its own calls.
  for (let i = 0; i < 6; i++) assert.ok(allowed(a, "shared", start));
  for (let i = 0; i < 6; i++) assert.ok(allowed(b, "shared", start));
  await a.flush(later(1));
  await b.flush(later(1));
  assert.equal(await countOf("shared"), 12);
  assert.equal(allowed(b, "shared", later(2)), false, "b learnt a's calls");
  // a flushed before b's calls arrived: one more call until its next flush.
  assert.equal(allowed(a, "shared", later(2)), true);
  await a.flush(later(3));
  assert.equal(allowed(a, "shared", later(3)), false, "a learnt b's calls");
  // The per-call limiter reads and adds to the same row.
  await assert.rejects(
    consumeRateLimit(db, "shared", RULE, later(3)),
    RateLimitedError,
  );
});

Deno.test("batched: a window that ended in the database starts again at the flush", async () => {
  const limiter = new BatchedRateLimiter(db);
  await consumeRateLimit(db, "stale", RULE, start);
  for (let i = 0; i < 4; i++) allowed(limiter, "stale", later(120));
  await limiter.flush(later(121));
  assert.equal(await countOf("stale"), 4);
});
