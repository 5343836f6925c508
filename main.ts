/**
 * Start-up: configuration → database → serve → migrations → mail worker
 * and jobs → the app. The server listens first and answers 503 (`/healthz`
 * 200) until the database answers and is migrated, waiting for it with
 * backoff, so a start while PostgreSQL is away is a wait, not an exit.
 * `deno task migrate` runs the same steps but stops after migrating.
 */
// First: Temporal must exist before any module that uses it runs.
import "@/lib/temporal.ts";
import { loadConfigOrExit } from "@/lib/config.ts";
import { openDatabase } from "@/lib/db/database.ts";
import { migrateToLatest } from "@/lib/db/migrate.ts";
import { retryWhileUnreachable } from "@/lib/db/retry.ts";
import { createStartupGate } from "@/lib/http/startup_gate.ts";
import { registerCronJobs } from "@/lib/jobs.ts";
import { createMailer } from "@/lib/mail/worker.ts";
import { renderBillingAttachment } from "@/lib/billing/pdf.ts";
import { resolveAppSecret } from "@/lib/secret.ts";
import { createServices } from "@/lib/app/services.ts";
import { serve } from "@/lib/web/mod.ts";
import { createPorticoApp } from "./server.ts";

const config = loadConfigOrExit();
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: `${config.dataDir}/pglite`,
  statementTimeoutMs: config.databaseStatementTimeoutMs,
  idleInTransactionTimeoutMs: config.databaseIdleInTransactionTimeoutMs,
});

/** Applies pending migrations, waiting while the database is unreachable. */
async function migrate(signal?: AbortSignal): Promise<void> {
  const applied = await retryWhileUnreachable(
    () => migrateToLatest(database.db),
    { what: "start-up", log: (line) => console.error(line), signal },
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
  const cronJobs = registerCronJobs(services, mailer);
  await services.background.start();
  const app = await createPorticoApp(services);
  return {
    fetch: app.fetch,
    /** Ends the event streams, so the server can stop waiting for them. */
    drain: () => services.background.drain(),
    async stop() {
      // Runs and sends in progress finish and record their outcome first.
      await cronJobs.stop();
      // Buffered heartbeats and counts are written before the database closes.
      await services.background.stop();
      await mailer.stop();
    },
  };
}

if (Deno.args[0] === "migrate") {
  await migrate();
  await database.close();
} else {
  const gate = createStartupGate(config.appUrl.startsWith("https:"));
  const shutdown = new AbortController();
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  const started = (async () => {
    try {
      await migrate(shutdown.signal);
    } catch (error) {
      // Stopped while waiting for the database: nothing was started.
      if (shutdown.signal.aborted) return undefined;
      throw error;
    }
    app = await startApp();
    gate.open(app.fetch);
    console.log("Portico is ready");
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
        const running = await started.catch(() => undefined);
        await running?.stop();
        await database.close();
      },
    }),
  ]);
}
