/**
 * Throwaway databases for tests. Each test file gets its own database on
 * the real PostgreSQL server (`TEST_DATABASE_URL`, default the local one),
 * cloned from a template that is migrated once per set of migrations, so a
 * new database costs one `CREATE DATABASE … TEMPLATE`. With
 * `PORTICO_TEST_EMBEDDED=1` (no server answering) PGlite stands in.
 */
// @ts-types="@types/pg"
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "./database.ts";
import { migrateToLatest } from "./migrate.ts";

export const DEFAULT_TEST_DATABASE_URL =
  "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase extends DatabaseHandle {
  /** Connection URL of this database (absent for embedded). */
  url?: string;
  /** Closes every connection and drops the database. */
  drop(): Promise<void>;
}

function adminUrl(): string {
  return Deno.env.get("TEST_DATABASE_URL") || DEFAULT_TEST_DATABASE_URL;
}

/**
 * One connection of its own (in no app's pool) to `url`, e.g. to hold
 * locks or terminate the app's backends from a test.
 */
export async function connectClient(
  url: string,
  applicationName = "portico-test",
): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    application_name: applicationName,
    connectionTimeoutMillis: 5_000,
  });
  // A lost connection fails the statement; unheard, it would end the run.
  client.on("error", () => {});
  await client.connect();
  return client;
}

/** Runs `fn` in a transaction on `client`, committing unless it throws. */
export async function inClientTransaction<T>(
  client: pg.Client,
  fn: (tx: pg.Client) => Promise<T>,
): Promise<T> {
  await client.query("begin");
  try {
    const result = await fn(client);
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  }
}

/** One connection to the server's maintenance database. */
function adminClient(): Promise<pg.Client> {
  return connectClient(adminUrl(), "portico-test-admin");
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.href;
}

async function migrationsHash(): Promise<string> {
  const dir = new URL("../../migrations/", import.meta.url);
  const names: string[] = [];
  for await (const entry of Deno.readDir(dir)) names.push(entry.name);
  let text = "";
  for (const name of names.sort()) {
    text += name + (await Deno.readTextFile(new URL(name, dir)));
  }
  const digest = await crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(text),
  );
  return Array.from(new Uint8Array(digest).slice(0, 6))
    .map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Creates database `name` from the template for the current migrations,
 * building the template first if needed. All of it runs under one advisory
 * lock: test runs of checkouts with other migrations (each with its own
 * template, dropping stale ones) then never drop a template another run is
 * about to copy.
 */
async function createFromTemplate(
  admin: pg.Client,
  name: string,
): Promise<void> {
  const template = `portico_template_${await migrationsHash()}`;
  await admin.query(
    `select pg_advisory_lock(hashtext('portico_test_template'))`,
  );
  try {
    const found = await admin.query(
      "select 1 from pg_database where datname = $1",
      [template],
    );
    if (!found.rowCount) await buildTemplate(admin, template);
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.query(
      `select pg_advisory_unlock(hashtext('portico_test_template'))`,
    );
  }
}

async function buildTemplate(
  admin: pg.Client,
  template: string,
): Promise<void> {
  const stale = await admin.query<{ datname: string }>(
    "select datname from pg_database where datname like 'portico_template_%'",
  );
  for (const { datname } of stale.rows) {
    await admin.query(`drop database if exists "${datname}" with (force)`);
  }
  // Migrate under a temporary name and rename when done, so a failed
  // migration never leaves a half-built template behind.
  const building = `${template}_building`;
  await admin.query(`drop database if exists "${building}" with (force)`);
  await admin.query(`create database "${building}"`);
  const handle = await openDatabase({
    url: withDatabase(adminUrl(), building),
    max: 1,
  });
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
  await admin.query(`alter database "${building}" rename to "${template}"`);
}

/** A fresh, migrated database; call `drop()` when done. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (Deno.env.get("PORTICO_TEST_EMBEDDED") === "1") {
    const handle = await openDatabase({ dataDir: "memory://" });
    await migrateToLatest(handle.db);
    return { ...handle, drop: handle.close };
  }
  const admin = await adminClient();
  try {
    const name = `portico_test_${crypto.randomUUID().replaceAll("-", "")}`;
    await createFromTemplate(admin, name);
    const url = withDatabase(adminUrl(), name);
    const handle = await openDatabase({ url, max: 5 });
    return {
      ...handle,
      url,
      async drop() {
        await handle.close();
        const dropper = await adminClient();
        try {
          await dropper.query(`drop database if exists "${name}" with (force)`);
        } finally {
          await dropper.end();
        }
      },
    };
  } finally {
    await admin.end();
  }
}

/** A test database for the calling test file, dropped after its last test. */
export async function useTestDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  Deno.test.afterAll(() => database.drop());
  return database;
}

/**
 * A new database on the test server with no migrations applied (for
 * start-up tests); `drop()` removes it. PostgreSQL servers only.
 */
export async function createEmptyTestDatabase(): Promise<
  { url: string; drop(): Promise<void> }
> {
  const name = `portico_empty_${crypto.randomUUID().replaceAll("-", "")}`;
  const admin = await adminClient();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(adminUrl(), name),
    async drop() {
      const dropper = await adminClient();
      try {
        await dropper.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
