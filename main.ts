/**
 * Start-up: crons registered → configuration → the `_fresh/` build →
 * database → serve → migrations (or the check that none is pending) →
 * mail worker and jobs → the app. The server listens first and answers
 * 503 (`/healthz` 200) until the database answers and is up to date,
 * waiting for it with backoff, so a start while PostgreSQL is away is a
 * wait, not an exit. `deno task migrate` applies the migrations and exits.
 */
// First: Temporal must exist before any module that uses it runs.
import "@/lib/temporal.ts";
// Second: every Deno.cron, at top level, before anything awaits.
import { startCronJobs, stopCronJobs } from "./crons.ts";
import { loadConfigOrExit } from "@/lib/config.ts";
import { openDatabase } from "@/lib/db/database.ts";
import { migrateToLatest, pendingMigrations } from "@/lib/db/migrate.ts";
import { retryWhileUnreachable } from "@/lib/db/retry.ts";
import { createStartupGate } from "@/lib/http/startup_gate.ts";
import { cronJobRunner } from "@/lib/jobs.ts";
import { createMailer } from "@/lib/mail/worker.ts";
import { renderBillingAttachment } from "@/lib/billing/pdf.ts";
import { resolveAppSecret } from "@/lib/secret.ts";
import { createServices } from "@/lib/app/services.ts";
import { needsSetup } from "@/lib/auth/accounts.ts";
import { BuildMissingError, loadManifestBuild, serve } from "@/lib/web/mod.ts";
import { createPorticoApp, manifest } from "./server.ts";

const migrateOnly = Deno.args[0] === "migrate";
const config = loadConfigOrExit();

/**
 * The `_fresh/` build a production start serves, checked before anything
 * else starts: without one the process ends at once, in one line.
 */
async function loadBuildOrExit() {
  try {
    return await loadManifestBuild(manifest);
  } catch (error) {
    if (!(error instanceof BuildMissingError)) throw error;
    console.error(error.message);
    Deno.exit(1);
  }
}
const build = config.dev || migrateOnly ? undefined : await loadBuildOrExit();

const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: `${config.dataDir}/pglite`,
  statementTimeoutMs: config.databaseStatementTimeoutMs,
  idleInTransactionTimeoutMs: config.databaseIdleInTransactionTimeoutMs,
  notifications: config.databaseNotifications,
});

/** Thrown when the database lacks migrations this code needs. */
class DatabaseBehindError extends Error {}

/**
 * Applies pending migrations, or (a production start) only checks that
 * there are none; waits while the database is unreachable.
 */
async function migrate(apply: boolean, signal?: AbortSignal): Promise<void> {
  const log = (line: string) => console.error(line);
  if (!apply) {
    const pending = await retryWhileUnreachable(
      () => pendingMigrations(database.db),
      { what: "start-up", log, signal },
    );
    if (pending.length) {
      throw new DatabaseBehindError(
        `The database is behind the code (${pending.length} migrations pending: ${
          pending.join(", ")
        }): run \`deno task migrate\` first, or set MIGRATE_ON_START=1`,
      );
    }
    return;
  }
  const applied = await retryWhileUnreachable(
    () => migrateToLatest(database.db),
    { what: "start-up", log, signal },
  );
  if (applied.length) console.log(`migrations applied: ${applied.join(", ")}`);
}

/** Mail worker, services, jobs and the app, on a migrated database. */
async function startApp() {
  const mailer = createMailer({
    db: database.db,
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    renderAttachment: renderBillingAttachment,
    appUrl: config.appUrl,
  });
  if (!mailer.enabled) {
    console.log(
      "SMTP_URL is not set: emails stay in the outbox (admin → Emails)",
    );
  }
  const services = createServices({
    config,
    database,
    secret: await resolveAppSecret(config),
    mail: mailer,
  });
  await services.background.start();
  if (await needsSetup(services.db)) {
    console.log(
      `No administrator yet: open ${config.appUrl}/setup to create the first one`,
    );
  }
  const app = await createPorticoApp(services, build);
  startCronJobs(cronJobRunner(services, mailer));
  return {
    fetch: app.fetch,
    /** Ends the event streams, so the server can stop waiting for them. */
    drain: () => services.background.drain(),
    async stop() {
      // Buffered heartbeats and counts are written before the database closes.
      await services.background.stop();
      await mailer.stop();
    },
  };
}

if (migrateOnly) {
  await stopCronJobs();
  await migrate(true);
  await database.close();
} else {
  const gate = createStartupGate(config.appUrl.startsWith("https:"));
  const shutdown = new AbortController();
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  const started = (async () => {
    try {
      await migrate(config.migrateOnStart, shutdown.signal);
    } catch (error) {
      // Stopped while waiting for the database: nothing was started.
      if (shutdown.signal.aborted) return undefined;
      if (error instanceof DatabaseBehindError) {
        console.error(error.message);
        Deno.exit(1);
      }
      throw error;
    }
    app = await startApp();
    gate.open(app.fetch);
    console.log(
      `Portico is ready${build ? ` (build ${build.buildId})` : ""}`,
    );
    return app;
  })();
  // A failure other than an unreachable database (a broken migration,
  // wrong credentials) ends the process, as it should.
  await Promise.all([
    started,
    serve(gate.fetch, {
      port: config.port,
      hostname: config.hostname,
      onListen: () =>
        console.log(
          `Portico listening on ${config.appUrl} (${database.kind} database)`,
        ),
      onSignal: () => {
        shutdown.abort();
        app?.drain();
      },
      onShutdown: async () => {
        // Runs and sends in progress finish and record their outcome first.
        await stopCronJobs();
        const running = await started.catch(() => undefined);
        await running?.stop();
        await database.close();
      },
    }),
  ]);
}
