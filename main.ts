/**
 * Start-up: configuration → database → migrations → mail worker and jobs →
 * serve. `deno task migrate` runs the same steps but stops after migrating.
 */
import { type Config, ConfigError, loadConfig } from "@/lib/config.ts";
import { openDatabase } from "@/lib/db/database.ts";
import { migrateToLatest } from "@/lib/db/migrate.ts";
import { registerCronJobs } from "@/lib/jobs.ts";
import { createMailer } from "@/lib/mail/worker.ts";
import { resolveAppSecret } from "@/lib/secret.ts";
import { createServices } from "@/lib/services.ts";
import { serve } from "@/lib/web/mod.ts";
import { createPorticoApp } from "./server.ts";

function readConfig(): Config {
  try {
    return loadConfig(Deno.env.toObject());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      Deno.exit(1);
    }
    throw error;
  }
}

const config = readConfig();
const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: `${config.dataDir}/pglite`,
});
const applied = await migrateToLatest(database.db);
if (applied.length) console.log(`migrations applied: ${applied.join(", ")}`);

if (Deno.args[0] === "migrate") {
  await database.close();
} else {
  const mailer = createMailer({
    db: database.db,
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
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
  await serve(app.fetch, {
    port: config.port,
    hostname: config.hostname,
    onListen: () =>
      console.log(
        `Portico listening on ${config.appUrl} (${database.kind} database)`,
      ),
    onShutdown: async () => {
      // Runs and sends in progress finish and record their outcome first.
      await cronJobs.stop();
      // Buffered heartbeats and counts are written before the database closes.
      await services.background.stop();
      await mailer.stop();
      await database.close();
    },
  });
}
