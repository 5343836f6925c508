/**
 * Where the runtime has no `Temporal` (older Deno, as some platforms run),
 * lib/temporal.ts installs `temporal-polyfill`: the slot and wall-clock
 * tests (DST changes, time zones) pass on it as they do natively.
 */
import assert from "node:assert/strict";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing.ts";
import { seedDemoData } from "@/lib/seed.ts";
import { waitFor } from "./helpers/wait.ts";

const embedded = Deno.env.get("PORTICO_TEST_EMBEDDED") === "1";

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

Deno.test("the booking time tests pass on the Temporal polyfill", async () => {
  const root = new URL("../", import.meta.url);
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: [
      "test",
      "-A",
      "--preload=tests/helpers/without_native_temporal.ts",
      "lib/booking/slots_test.ts",
      "lib/wall_clock_test.ts",
    ],
    cwd: root,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const output = new TextDecoder().decode(stdout) +
    new TextDecoder().decode(stderr);
  assert.equal(code, 0, output);
  assert.match(output, /ok \| [1-9]\d* passed \| 0 failed/);
});

/** Starts main.ts with Temporal taken away; its booking answers work. */
async function startWithoutTemporal(database: TestDatabase): Promise<void> {
  const now = new Date();
  await seedDemoData(database.db, now);
  const service = await database.db.selectFrom("services").select("id")
    .where("active", "=", true).orderBy("position").limit(1)
    .executeTakeFirstOrThrow();
  const port = freePort();
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "--preload=tests/helpers/temporal_removed.ts",
      "main.ts",
    ],
    cwd: new URL("../", import.meta.url),
    env: {
      DATABASE_URL: database.url!,
      APP_SECRET: "temporal-polyfill-test-".padEnd(40, "x"),
      PORT: String(port),
      PORTICO_HOSTNAME: "127.0.0.1",
    },
    stdin: "null",
    stdout: "null",
    stderr: "piped",
  }).spawn();
  const errors = new Response(child.stderr).text();
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor("/readyz to answer 200", async () => {
      const res = await fetch(`${base}/readyz`).catch(() => undefined);
      await res?.body?.cancel();
      return res?.status === 200;
    }, 20_000);
    const page = await fetch(`${base}/booking`);
    await page.body?.cancel();
    assert.equal(page.status, 200);
    const tomorrow = new Date(now.getTime() + 24 * 3600_000)
      .toISOString().slice(0, 10);
    const slots = await fetch(
      `${base}/booking/api/slots?service=${service.id}&staff=any&from=${tomorrow}&days=14`,
    );
    assert.equal(slots.status, 200, await slots.clone().text());
    assert.ok((await slots.json()).slots.length > 0, "free times found");
  } finally {
    child.kill("SIGTERM");
    await child.status;
  }
  assert.doesNotMatch(await errors, /Temporal is not defined/);
}

Deno.test({
  name:
    "a production start on a runtime without Temporal serves the booking page and its free times",
  // Started from this checkout's `_fresh/` build, on PostgreSQL.
  ignore: embedded,
  async fn() {
    const database = await createTestDatabase();
    try {
      await startWithoutTemporal(database);
    } finally {
      await database.drop();
    }
  },
});
