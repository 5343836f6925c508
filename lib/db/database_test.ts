import assert from "node:assert/strict";
import { sql } from "kysely";
// @ts-types="@types/pg"
import type pg from "pg";
import { waitFor } from "@/tests/helpers/wait.ts";
import { ServiceUnavailableError } from "../errors.ts";
import { APPLICATION_NAME, openDatabase } from "./database.ts";
import { Migrator } from "kysely/migration";
import { migrations } from "../../migrations/mod.ts";
import { migrateToLatest, pendingMigrations } from "./migrate.ts";
import { connectClient, useTestDatabase } from "./testing.ts";

const database = await useTestDatabase();

Deno.test("the test database is migrated and has the extensions", async () => {
  const { rows } = await sql<{ extname: string }>`
    select extname from pg_extension order by extname`.execute(database.db);
  const names = rows.map((r) => r.extname);
  assert.ok(names.includes("btree_gist"));
  assert.ok(names.includes("citext"));
  await database.ping();
});

/** Runs `test` on a new empty database on the test server, dropped after. */
async function withEmptyDatabase(
  test: (url: string) => Promise<void>,
): Promise<void> {
  const name = `portico_empty_${crypto.randomUUID().slice(0, 8)}`;
  await sql.raw(`create database "${name}"`).execute(database.db);
  const url = new URL(database.url!);
  url.pathname = `/${name}`;
  try {
    await test(url.href);
  } finally {
    await sql.raw(`drop database "${name}" with (force)`).execute(database.db);
  }
}

Deno.test({
  name:
    "two instances migrating an empty database together apply each migration once",
  ignore: !database.url,
  fn: () =>
    withEmptyDatabase(async (url) => {
      const first = await openDatabase({ url, max: 2 });
      const second = await openDatabase({ url, max: 2 });
      try {
        const [a, b] = await Promise.all([
          migrateToLatest(first.db),
          migrateToLatest(second.db),
        ]);
        const applied = [...a, ...b].sort();
        assert.deepEqual(applied, [...new Set(applied)], "nothing ran twice");
        const { rows } = await sql<{ count: number }>`
          select count(*)::int as count from kysely_migration`.execute(
          first.db,
        );
        assert.equal(rows[0].count, applied.length);
      } finally {
        await first.close();
        await second.close();
      }
    }),
});

Deno.test({
  name:
    "a migration that lands after a higher-numbered one already ran is applied, not refused",
  ignore: !database.url,
  fn: () =>
    withEmptyDatabase(async (url) => {
      const handle = await openDatabase({ url, max: 1 });
      try {
        const { "0016_buyer_reference": late, ...landedFirst } = migrations;
        const earlier = await new Migrator({
          db: handle.db,
          provider: { getMigrations: () => Promise.resolve(landedFirst) },
        }).migrateToLatest();
        if (earlier.error) throw earlier.error;
        assert.ok(late);
        assert.deepEqual(await pendingMigrations(handle.db), [
          "0016_buyer_reference",
        ]);
        assert.deepEqual(await migrateToLatest(handle.db), [
          "0016_buyer_reference",
        ]);
        assert.deepEqual(await pendingMigrations(handle.db), []);
      } finally {
        await handle.close();
      }
    }),
});

Deno.test("the same migrations run on embedded PGlite", async () => {
  const embedded = await openDatabase({ dataDir: "memory://" });
  try {
    const applied = await migrateToLatest(embedded.db);
    assert.ok(applied.length > 0);
    const ours = await sql<{ count: string }>`
      select count(*)::text as count from kysely_migration`.execute(
      database.db,
    );
    assert.equal(Number(ours.rows[0].count), applied.length);
  } finally {
    await embedded.close();
  }
});

/** Terminates the app's sessions on `admin`'s database; returns how many. */
async function terminateAppBackends(admin: pg.Client): Promise<number> {
  const { rowCount } = await admin.query(
    `select pg_terminate_backend(pid) from pg_stat_activity
     where datname = current_database() and application_name = $1`,
    [APPLICATION_NAME],
  );
  return rowCount ?? 0;
}

Deno.test({
  name:
    "values come back as the code reads them: counts and numerics as text, times as Date, jsonb parsed",
  async fn() {
    const { rows: [row] } = await sql<Record<string, unknown>>`
      select count(*) as count, 12.50::numeric as amount, 7::int4 as small,
        timestamptz '2027-03-01 12:00:00+00' as at,
        date '2027-03-01' as day, interval '90 minutes' as span,
        ${JSON.stringify({ a: [1] })}::text::jsonb as doc,
        true as flag`.execute(database.db);
    // int8 is a number on PGlite and text on PostgreSQL; the code reads
    // counts through Number() either way.
    assert.equal(Number(row.count), 1);
    assert.equal(row.amount, "12.50");
    assert.equal(row.small, 7);
    assert.deepEqual(row.at, new Date("2027-03-01T12:00:00Z"));
    assert.deepEqual(row.day, new Date("2027-03-01T00:00:00Z"));
    assert.equal(row.span, "01:30:00");
    assert.deepEqual(row.doc, { a: [1] });
    assert.equal(row.flag, true);
    if (database.kind === "postgres") assert.equal(row.count, "1");
  },
});

Deno.test({
  name:
    "the app's sessions carry the statement and idle-in-transaction timeouts",
  ignore: !database.url,
  async fn() {
    const handle = await openDatabase({
      url: database.url,
      max: 1,
      statementTimeoutMs: 1500,
      idleInTransactionTimeoutMs: 2500,
    });
    try {
      const { rows: [row] } = await sql<
        { statement: string; idle: string }
      >`select current_setting('statement_timeout') as statement,
          current_setting('idle_in_transaction_session_timeout') as idle`
        .execute(handle.db);
      assert.deepEqual(row, { statement: "1500ms", idle: "2500ms" });
      await assert.rejects(
        sql`select pg_sleep(5)`.execute(handle.db),
        (error: { code?: string }) => error.code === "57014",
        "a statement past the timeout is cancelled",
      );
    } finally {
      await handle.close();
    }
  },
});

Deno.test({
  name:
    "a transaction the server ends for idling fails alone; the process and the pool carry on",
  ignore: !database.url,
  async fn() {
    const handle = await openDatabase({
      url: database.url,
      max: 1,
      idleInTransactionTimeoutMs: 200,
      log: () => {},
    });
    const admin = await connectClient(database.url!);
    try {
      const outcome = handle.db.transaction().execute(async (tx) => {
        const { rows: [{ pid }] } = await sql<{ pid: number }>`
          select pg_backend_pid() as pid`.execute(tx);
        // Idle inside the transaction (as across a slow SMTP or HTTP call)
        // until the server has ended the session.
        await waitFor("the server to end the idle session", async () => {
          const { rowCount } = await admin.query(
            "select 1 from pg_stat_activity where pid = $1",
            [pid],
          );
          return rowCount === 0;
        });
        await sql`select 1`.execute(tx);
      });
      await assert.rejects(outcome, ServiceUnavailableError);
      // The dead connection left the pool: the next query gets a new one.
      await handle.ping();
    } finally {
      await admin.end();
      await handle.close();
    }
  },
});

Deno.test({
  name:
    "migrations wait for another instance's migration lock longer than the statement timeout",
  ignore: !database.url,
  async fn() {
    const name = `portico_lock_${crypto.randomUUID().slice(0, 8)}`;
    await sql.raw(`create database "${name}"`).execute(database.db);
    const url = new URL(database.url!);
    url.pathname = `/${name}`;
    const handle = await openDatabase({
      url: url.href,
      max: 1,
      statementTimeoutMs: 300,
    });
    const admin = await connectClient(url.href);
    try {
      await migrateToLatest(handle.db);
      // Another instance is migrating: it holds the migrator's lock (the
      // advisory lock id of Kysely 0.29's Postgres adapter).
      await admin.query("select pg_advisory_lock(3853314791062309107)");
      const migrating = migrateToLatest(handle.db).catch((error) => error);
      await waitFor("the migration to wait past the timeout", async () => {
        const { rowCount } = await admin.query(
          `select 1 from pg_stat_activity
           where datname = current_database() and wait_event_type = 'Lock'
             and now() - query_start > interval '600 milliseconds'`,
        );
        return rowCount === 1;
      });
      await admin.query("select pg_advisory_unlock(3853314791062309107)");
      assert.deepEqual(await migrating, [], "nothing left to apply");
      const { rows: [row] } = await sql<{ timeout: string }>`
        select current_setting('statement_timeout') as timeout`
        .execute(handle.db);
      assert.equal(row.timeout, "300ms", "the app's timeout is back");
    } finally {
      await admin.end();
      await handle.close();
      await sql.raw(`drop database "${name}" with (force)`).execute(
        database.db,
      );
    }
  },
});

Deno.test({
  name:
    "LISTEN comes back after its connection is cut, and says so to subscribers",
  ignore: !database.url,
  async fn() {
    const handle = await openDatabase({
      url: database.url,
      max: 1,
      log: () => {},
    });
    const admin = await connectClient(database.url!);
    try {
      const heard: string[] = [];
      let resubscribed = 0;
      await handle.listen(
        "portico_test_channel",
        (payload) => heard.push(payload),
        () => resubscribed++,
      );
      await admin.query("notify portico_test_channel, 'before'");
      await waitFor(
        "the first notification",
        () => Promise.resolve(heard.includes("before")),
      );

      assert.ok(await terminateAppBackends(admin) >= 1);
      await waitFor(
        "the listener to listen again",
        () => Promise.resolve(resubscribed === 1),
      );
      await admin.query("notify portico_test_channel, 'after'");
      await waitFor(
        "a notification after the cut",
        () => Promise.resolve(heard.includes("after")),
      );
    } finally {
      await admin.end();
      await handle.close();
    }
  },
});
