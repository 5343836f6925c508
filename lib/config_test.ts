import assert from "node:assert/strict";
import { ConfigError, loadConfig } from "./config.ts";

Deno.test("no configuration at all gives a working embedded setup", () => {
  const config = loadConfig({});
  assert.equal(config.port, 8000);
  assert.equal(config.appUrl, "http://localhost:8000");
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.dataDir, "./data");
  assert.equal(config.trustProxy, false);
  assert.equal(config.dev, false);
});

Deno.test("empty variables count as unset", () => {
  assert.equal(loadConfig({ PORT: "", DATABASE_URL: "" }).port, 8000);
});

Deno.test("values are parsed and normalised", () => {
  const config = loadConfig({
    PORT: "9000",
    APP_URL: "https://crm.example.com/",
    DATABASE_URL: "postgres://u:p@db:5432/portico",
    APP_SECRET: "x".repeat(32),
    TRUST_PROXY: "1",
  });
  assert.equal(config.port, 9000);
  assert.equal(config.appUrl, "https://crm.example.com");
  assert.equal(config.trustProxy, true);
});

Deno.test("a bad value names the variable and the problem", () => {
  const error = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (e) {
      assert.ok(e instanceof ConfigError);
      return e.message;
    }
    assert.fail("expected a ConfigError");
  };
  assert.match(error({ PORT: "eighty" }), /PORT:/);
  assert.match(error({ PORT: "70000" }), /PORT:/);
  assert.match(
    error({ DATABASE_URL: "mysql://x" }),
    /DATABASE_URL: must be a PostgreSQL URL/,
  );
  assert.match(
    error({ SMTP_URL: "not a url" }),
    /SMTP_URL: must be an? SMTP URL/,
  );
  assert.match(
    error({ MAIL_FROM: "Portico" }),
    /MAIL_FROM: must be one address/,
  );
  assert.match(
    error({ APP_SECRET: "short" }),
    /APP_SECRET: must be at least 32/,
  );
  assert.match(
    error({ DATABASE_URL: "postgres://db/portico" }),
    /APP_SECRET: is required when DATABASE_URL is set/,
  );
});

Deno.test("a bad variable stops start-up with a message, not a stack trace", async () => {
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", new URL("../main.ts", import.meta.url).href],
    env: { PORT: "not-a-port", DATA_DIR: "/nonexistent" },
    stdout: "null",
    stderr: "piped",
  }).output();
  const message = new TextDecoder().decode(stderr);
  assert.equal(code, 1);
  assert.match(message, /Invalid configuration:\n {2}PORT: /);
  assert.ok(!message.includes("    at "), "no stack trace");
});

Deno.test("PostgreSQL session timeouts default to 30 s and can be set or left to the server", () => {
  const defaults = loadConfig({});
  assert.equal(defaults.databaseStatementTimeoutMs, 30_000);
  assert.equal(defaults.databaseIdleInTransactionTimeoutMs, 30_000);
  const set = loadConfig({
    DATABASE_STATEMENT_TIMEOUT_MS: "5000",
    DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: "0",
  });
  assert.equal(set.databaseStatementTimeoutMs, 5000);
  assert.equal(set.databaseIdleInTransactionTimeoutMs, 0);
  assert.throws(
    () => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: "soon" }),
    /DATABASE_STATEMENT_TIMEOUT_MS:/,
  );
  assert.throws(
    () => loadConfig({ DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: "-1" }),
    /DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS:/,
  );
});

Deno.test("the listen address is PORTICO_HOSTNAME; the machine name in HOSTNAME is ignored", () => {
  assert.equal(loadConfig({ HOSTNAME: "web-7f9c" }).hostname, "0.0.0.0");
  assert.equal(
    loadConfig({ HOSTNAME: "web-7f9c", PORTICO_HOSTNAME: "127.0.0.1" })
      .hostname,
    "127.0.0.1",
  );
});

Deno.test("on Deno Deploy the embedded database is refused and a shared secret required", () => {
  for (const marker of [{ DENO_DEPLOY: "1" }, { DENO_DEPLOYMENT_ID: "abc" }]) {
    assert.throws(
      () => loadConfig(marker),
      /DATABASE_URL: is required on Deno Deploy/,
    );
    assert.throws(
      () => loadConfig({ ...marker, DATABASE_URL: "postgres://db/portico" }),
      /APP_SECRET: is required/,
    );
    const config = loadConfig({
      ...marker,
      DATABASE_URL: "postgres://db/portico",
      APP_SECRET: "x".repeat(32),
    });
    assert.equal(config.onDeploy, true);
  }
  assert.equal(loadConfig({}).onDeploy, false);
});

Deno.test("DENO_DEPLOY=1 without DATABASE_URL: start-up exits non-zero with one line, writing nothing", async () => {
  const dataDir = await Deno.makeTempDir();
  await Deno.remove(dataDir);
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", new URL("../main.ts", import.meta.url).href],
    env: { DENO_DEPLOY: "1", DATA_DIR: dataDir },
    stdout: "null",
    stderr: "piped",
  }).output();
  const message = new TextDecoder().decode(stderr);
  assert.equal(code, 1);
  assert.equal(
    message.split("\n").filter((line) => line.includes("DATABASE_URL")).length,
    1,
    message,
  );
  assert.match(message, /DATABASE_URL: is required on Deno Deploy/);
  assert.ok(!message.includes("    at "), "no stack trace");
  assert.ok(!await Deno.stat(dataDir).then(() => true, () => false));
});

Deno.test("a production start on PostgreSQL does not migrate unless MIGRATE_ON_START=1; development and embedded do", () => {
  const postgres = {
    DATABASE_URL: "postgres://db/portico",
    APP_SECRET: "x".repeat(32),
  };
  assert.equal(loadConfig(postgres).migrateOnStart, false);
  assert.equal(
    loadConfig({ ...postgres, MIGRATE_ON_START: "1" }).migrateOnStart,
    true,
  );
  assert.equal(
    loadConfig({ ...postgres, PORTICO_DEV: "1" }).migrateOnStart,
    true,
  );
  assert.equal(loadConfig({}).migrateOnStart, true);
});
