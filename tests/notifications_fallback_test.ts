/**
 * Live updates where LISTEN does not work: behind a transaction pooler a
 * LISTEN succeeds but no notification ever arrives. Such an instance
 * notices at start (its own test notification does not come back), says
 * so in one line, and polls the change log instead; cache invalidation
 * and the live widget's refresh still reach it from other instances.
 */
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/db/testing.ts";
import { openDatabase } from "@/lib/db/database.ts";
import { TABLE_CHANGED } from "@/lib/db/table_cache.ts";
import {
  CHANGE_LOG_RETENTION_MS,
  pruneChangeLog,
} from "@/lib/db/change_log.ts";
import { writeOption } from "@/lib/options.ts";
import { startDatabaseProxy } from "./helpers/db_proxy.ts";
import { waitFor } from "./helpers/wait.ts";

const embedded = Deno.env.get("PORTICO_TEST_EMBEDDED") === "1";

/** Subscribes to `channel` on `handle`; the payloads that arrive. */
async function collect(
  handle: Awaited<ReturnType<typeof openDatabase>>,
  channel: string,
) {
  const received: string[] = [];
  const unlisten = await handle.listen(channel, (p) => received.push(p));
  return { received, unlisten };
}

Deno.test({
  name:
    "behind a proxy that loses notifications, an instance falls back to polling the change log, in one log line, and still hears every change",
  ignore: embedded,
  async fn() {
    const database = await createTestDatabase();
    const proxy = startDatabaseProxy({ dropNotifications: true });
    const lines: string[] = [];
    const pooled = await openDatabase({
      url: proxy.via(database.url!),
      max: 2,
      pollIntervalMs: 100,
      log: (line) => lines.push(line),
    });
    try {
      const changes = await collect(pooled, TABLE_CHANGED);
      const another = await collect(pooled, "portico_activity_changed");
      assert.equal(lines.length, 1, lines.join("\n"));
      assert.match(
        lines[0],
        /LISTEN\/NOTIFY does not work.*poll the change log/,
      );

      // Another instance (the direct handle) writes a watched table.
      await writeOption(database.db, "test.probe", "1", new Date());
      await waitFor(
        "the change to arrive by polling",
        () => Promise.resolve(changes.received.includes("options")),
        5_000,
      );
      assert.deepEqual(another.received, [], "only the channels asked for");
      await changes.unlisten();
      await another.unlisten();
      assert.equal(lines.length, 1, "one line, not one per poll");
    } finally {
      await pooled.close();
      proxy.close();
      await database.drop();
    }
  },
});

Deno.test({
  name:
    "with a working LISTEN nothing polls; DATABASE_NOTIFICATIONS=poll polls all the same",
  ignore: embedded,
  async fn() {
    const database = await createTestDatabase();
    const lines: string[] = [];
    const direct = await openDatabase({
      url: database.url!,
      max: 2,
      log: (line) => lines.push(line),
    });
    const polling = await openDatabase({
      url: database.url!,
      max: 2,
      notifications: "poll",
      pollIntervalMs: 100,
      log: (line) => lines.push(line),
    });
    try {
      const live = await collect(direct, TABLE_CHANGED);
      const polled = await collect(polling, TABLE_CHANGED);
      assert.deepEqual(lines.length, 1);
      assert.match(lines[0], /DATABASE_NOTIFICATIONS=poll/);
      await writeOption(database.db, "test.probe", "2", new Date());
      await waitFor(
        "both to hear of the change",
        () =>
          Promise.resolve(
            live.received.includes("options") &&
              polled.received.includes("options"),
          ),
        5_000,
      );
      await live.unlisten();
      await polled.unlisten();
      assert.equal(lines.length, 1);

      // The log is pruned after its retention period.
      const later = new Date(Date.now() + CHANGE_LOG_RETENTION_MS + 60_000);
      assert.ok(await pruneChangeLog(database.db, later) >= 1);
    } finally {
      await direct.close();
      await polling.close();
      await database.drop();
    }
  },
});
