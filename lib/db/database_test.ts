import assert from "node:assert/strict";
import { sql } from "kysely";
import { openDatabase } from "./database.ts";
import { migrateToLatest } from "./migrate.ts";
import { useTestDatabase } from "./testing.ts";

const database = await useTestDatabase();

Deno.test("the test database is migrated and has the extensions", async () => {
  const { rows } = await sql<{ extname: string }>`
    select extname from pg_extension order by extname`.execute(database.db);
  const names = rows.map((r) => r.extname);
  assert.ok(names.includes("btree_gist"));
  assert.ok(names.includes("citext"));
  await database.ping();
});

Deno.test({
  name:
    "two instances migrating an empty database together apply each migration once",
  ignore: !database.url,
  async fn() {
    const name = `portico_empty_${crypto.randomUUID().slice(0, 8)}`;
    await sql.raw(`create database "${name}"`).execute(database.db);
    const url = new URL(database.url!);
    url.pathname = `/${name}`;
    const first = await openDatabase({ url: url.href, max: 2 });
    const second = await openDatabase({ url: url.href, max: 2 });
    try {
      const [a, b] = await Promise.all([
        migrateToLatest(first.db),
        migrateToLatest(second.db),
      ]);
      const applied = [...a, ...b].sort();
      assert.deepEqual(applied, [...new Set(applied)], "nothing ran twice");
      const { rows } = await sql<{ count: number }>`
        select count(*)::int as count from kysely_migration`.execute(first.db);
      assert.equal(rows[0].count, applied.length);
    } finally {
      await first.close();
      await second.close();
      await sql.raw(`drop database "${name}" with (force)`).execute(
        database.db,
      );
    }
  },
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
