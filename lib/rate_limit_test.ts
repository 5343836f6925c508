import assert from "node:assert/strict";
import { useTestDatabase } from "./db/testing.ts";
import {
  admitAttempt,
  BatchedRateLimiter,
  consumeRateLimit,
  pruneRateLimits,
  settleAttempt,
} from "./rate_limit.ts";
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

const BUDGET = {
  free: 3,
  firstDelaySeconds: 10,
  maxDelaySeconds: 60,
  windowSeconds: 3600,
};

async function admitted(keys: string[], at: Date): Promise<number | true> {
  try {
    await admitAttempt(db, keys.map((key) => ({ key, budget: BUDGET })), at);
    return true;
  } catch (error) {
    if (error instanceof RateLimitedError) return error.retryAfterSeconds;
    throw error;
  }
}

Deno.test("failure budget: free failures, then a wait that doubles up to the cap; refusals count nowhere", async () => {
  const results = [];
  for (let i = 0; i < 4; i++) results.push(await admitted(["doubling"], start));
  assert.deepEqual(results, [true, true, true, 10], "the third failure waits");
  assert.equal(await admitted(["doubling"], later(4)), 6, "not extended");
  assert.equal(await countOf("doubling"), 3);
  const waits = [];
  let at = 10;
  for (let i = 0; i < 4; i++) {
    assert.equal(await admitted(["doubling"], later(at)), true);
    const wait = await admitted(["doubling"], later(at));
    assert.equal(typeof wait, "number");
    waits.push(wait);
    at += wait as number;
  }
  assert.deepEqual(waits, [20, 40, 60, 60]);
});

Deno.test("failure budget: attempts sent in parallel cannot pass the budget together", async () => {
  const results = await Promise.all(
    Array.from({ length: 20 }, () => admitted(["parallel"], start)),
  );
  assert.equal(results.filter((r) => r === true).length, 3);
  assert.equal(await countOf("parallel"), 3);
});

Deno.test("failure budget: in parallel, a refused attempt leaves no count on its other keys", async () => {
  const results = await Promise.all(
    Array.from(
      { length: 20 },
      (_, i) => admitted([`own-${i}`, "shared-parallel"], start),
    ),
  );
  assert.equal(results.filter((r) => r === true).length, 3);
  const own = await db.selectFrom("rate_limits")
    .select((eb) => eb.fn.sum<number>("count").as("n"))
    .where("key", "like", "own-%").executeTakeFirstOrThrow();
  assert.equal(Number(own.n), 3);
});

Deno.test("failure budget: one waiting key refuses the attempt for all, and counts none", async () => {
  for (let i = 0; i < 3; i++) await admitted([`busy-${i}`, "waiting"], start);
  assert.equal(await admitted(["calm", "waiting"], later(1)), 9);
  assert.equal(
    await db.selectFrom("rate_limits").select("key").where("key", "=", "calm")
      .executeTakeFirst(),
    undefined,
  );
});

Deno.test("failure budget: settling a success takes its count back or forgets the key", async () => {
  const budgeted = (key: string) => ({ key, budget: BUDGET });
  for (let i = 0; i < 3; i++) await admitted(["forgiven", "forgotten"], start);
  await settleAttempt(db, {
    forgive: [budgeted("forgiven")],
    forget: ["forgotten"],
  });
  assert.equal(await countOf("forgiven"), 2, "the success is not a failure");
  assert.equal(await admitted(["forgiven"], later(1)), true, "no wait left");
  assert.equal(await admitted(["forgotten"], later(1)), true);
  assert.equal(await countOf("forgotten"), 1, "counting from zero again");
});

Deno.test("failure budget: failures are forgotten when their window ends", async () => {
  for (let i = 0; i < 3; i++) await admitted(["windowed"], start);
  assert.equal(await admitted(["windowed"], later(3601)), true);
  assert.equal(await countOf("windowed"), 1);
});

Deno.test("pruning keeps counters that still make someone wait", async () => {
  const long = {
    free: 3,
    firstDelaySeconds: 7200,
    maxDelaySeconds: 7200,
    windowSeconds: 24 * 3600,
  };
  const key = "still-waiting";
  const attempt = (hoursBefore: number) =>
    admitAttempt(db, [{ key, budget: long }], later(-hoursBefore * 3600));
  // A window that began almost a day ago, its last failures an hour ago.
  await attempt(23.9);
  await attempt(1);
  await attempt(1);
  await pruneRateLimits(db, later(0.2 * 3600));
  assert.equal(await countOf(key), 3, "the window is old, the wait is not");
  await pruneRateLimits(db, later(1.1 * 3600));
  assert.equal(
    await db.selectFrom("rate_limits").select("key").where("key", "=", key)
      .executeTakeFirst(),
    undefined,
  );
});
