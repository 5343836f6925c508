import assert from "node:assert/strict";
import { CommitSignal, onCommit, raise } from "./after_commit.ts";
import { inTransaction } from "./transaction.ts";
import { useTestDatabase } from "./testing.ts";
import type { Database } from "./database.ts";
import { recordAudit } from "../audit.ts";

const database = await useTestDatabase();

/** A fresh handle on the test database, with a signal counted on it. */
function counted() {
  const db = database.db.withoutPlugins();
  const signal = new CommitSignal("test");
  const seen: string[] = [];
  onCommit(db, signal, async () => {
    // The effect sees the committed write from outside the transaction.
    const row = await database.db.selectFrom("audit_log").select("id")
      .where("action", "=", "after_commit.test").executeTakeFirst();
    seen.push(row ? "committed" : "missing");
  });
  return { db, signal, seen };
}

function write(db: Database, entityId: string) {
  return recordAudit(
    db,
    { type: "system" },
    "after_commit.test",
    "test",
    entityId,
    {},
    new Date(),
  );
}

async function forget() {
  await database.db.deleteFrom("audit_log")
    .where("action", "=", "after_commit.test").execute();
}

Deno.test("an effect runs once after the outermost commit", async () => {
  const { db, signal, seen } = counted();
  await inTransaction(db, async (tx) => {
    await write(tx, "outer");
    await raise(tx, signal);
    await inTransaction(tx, async (inner) => {
      await raise(inner, signal);
      assert.deepEqual(seen, [], "nothing runs before the commit");
    });
    await raise(tx, signal);
    assert.deepEqual(seen, []);
  });
  assert.deepEqual(seen, ["committed"]);
  await forget();
});

Deno.test("a rollback runs no effect", async () => {
  const { db, signal, seen } = counted();
  await assert.rejects(
    inTransaction(db, async (tx) => {
      await write(tx, "rolled back");
      await inTransaction(tx, (inner) => raise(inner, signal));
      throw new Error("refused");
    }),
    /refused/,
  );
  assert.deepEqual(seen, []);
});

Deno.test("raised outside a transaction, an effect runs at once", async () => {
  const { db, signal, seen } = counted();
  await write(db, "autocommit");
  await raise(db, signal);
  assert.deepEqual(seen, ["committed"]);
  await forget();
});

Deno.test("a failing effect leaves the commit and the other effects", async () => {
  const { db, signal, seen } = counted();
  const other = new CommitSignal("other");
  onCommit(db, other, () => {
    throw new Error("effect failed");
  });
  const logged = console.error;
  console.error = () => {};
  try {
    await inTransaction(db, async (tx) => {
      await write(tx, "kept");
      await raise(tx, other);
      await raise(tx, signal);
    });
  } finally {
    console.error = logged;
  }
  assert.deepEqual(seen, ["committed"]);
  await forget();
});

Deno.test("a transaction opened without inTransaction refuses a signal", async () => {
  const { db, signal } = counted();
  await assert.rejects(
    db.transaction().execute((tx) => raise(tx, signal)),
    /not opened by inTransaction/,
  );
});
