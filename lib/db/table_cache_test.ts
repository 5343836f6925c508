import assert from "node:assert/strict";
import { APPLICATION_NAME, openDatabase } from "./database.ts";
import { connectClient, useTestDatabase } from "./testing.ts";
import { TABLE_CHANGED, TableCache } from "./table_cache.ts";
import { readOption, writeOption } from "../options.ts";
import { waitFor } from "@/tests/helpers/wait.ts";

const database = await useTestDatabase();
const cache = new TableCache();
const db = database.db.withPlugin(cache.plugin);
const unlisten = await cache.listen(database.listen);
Deno.test.afterAll(() => unlisten());

/**
 * Listens for the next change notification for `options`; once listening,
 * gives a promise of its arrival (wrapped: an async function's returned
 * promise would be awaited along with it).
 */
async function nextOptionsNotification(): Promise<{ arrived: Promise<void> }> {
  let arrived!: () => void;
  const notification = new Promise<void>((resolve) => (arrived = resolve));
  const unlisten = await database.listen(TABLE_CHANGED, (table) => {
    if (table === "options") arrived();
  });
  // Not waited for: the notification is what this is about.
  return { arrived: notification.then(() => void unlisten()) };
}

let reads = 0;
const greeting = () =>
  cache.get("greeting", ["options"], () => {
    reads++;
    return readOption(db, "test.greeting");
  });

Deno.test("a cached read is served from memory until its table changes", async () => {
  // The write's own notification arrives a moment later and would drop
  // the entry once more: let it arrive before counting reads.
  const { arrived } = await nextOptionsNotification();
  await writeOption(db, "test.greeting", "hello", new Date());
  await arrived;
  reads = 0;
  assert.equal(await greeting(), "hello");
  assert.equal(await greeting(), "hello");
  assert.equal(reads, 1);
  // A write through the same handle is seen by the very next read.
  await writeOption(db, "test.greeting", "hi", new Date());
  assert.equal(await greeting(), "hi");
});

Deno.test("a write from elsewhere (another instance, plain SQL) arrives by NOTIFY", async () => {
  await writeOption(db, "test.greeting", "before", new Date());
  assert.equal(await greeting(), "before");
  // The raw handle has no plugin: only the trigger's notification tells.
  await database.db.updateTable("options").set({ value: "after" })
    .where("name", "=", "test.greeting").execute();
  await waitFor(
    "the change to arrive",
    async () => await greeting() === "after",
    2000,
  );
});

Deno.test("a read that began before a change is not kept after it", async () => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const stale = cache.get("slow", ["options"], async () => {
    await held;
    return "stale";
  });
  cache.invalidate("options");
  release();
  assert.equal(await stale, "stale", "the caller still gets its answer");
  assert.equal(
    await cache.get("slow", ["options"], () => Promise.resolve("fresh")),
    "fresh",
  );
});

Deno.test({
  name:
    "after the LISTEN connection was lost and came back, nothing cached before is served",
  ignore: !database.url,
  async fn() {
    const own = new TableCache();
    const handle = await openDatabase({
      url: database.url,
      max: 1,
      log: () => {},
    });
    const admin = await connectClient(database.url!);
    try {
      let resubscribed = false;
      const stop = await own.listen((channel, onMessage, onResubscribed) =>
        handle.listen(channel, onMessage, () => {
          onResubscribed?.();
          resubscribed = true;
        })
      );
      let loads = 0;
      const read = () =>
        own.get("k", ["options"], () => Promise.resolve(++loads));
      assert.equal(await read(), 1);
      assert.equal(await read(), 1, "served from memory");
      // Cut: a change made meanwhile would have gone unheard.
      await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
         where datname = current_database() and application_name = $1
           and pid <> pg_backend_pid()`,
        [APPLICATION_NAME],
      );
      await waitFor("the cache to listen again", () => resubscribed, 2000);
      assert.equal(await read(), 2, "read again");
      await stop();
    } finally {
      await admin.end();
      await handle.close();
    }
  },
});
