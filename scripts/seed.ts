/**
 * `deno task seed`: fills the database `deno task start` uses (DATABASE_URL,
 * else the embedded one in DATA_DIR) with demo data and prints the logins.
 * Safe to run again: it only adds what is missing.
 */
import "@/lib/temporal.ts";
import { loadConfigOrExit } from "@/lib/config.ts";
import { openDatabase } from "@/lib/db/database.ts";
import { migrateToLatest } from "@/lib/db/migrate.ts";
import { type DemoLogin, seedDemoData } from "@/lib/seed.ts";
import { resolveAppSecret } from "@/lib/secret.ts";
import { createServices } from "@/lib/app/services.ts";
import { ownLicensingEnv } from "@/lib/app/domains.ts";
import { licenseOwnModules } from "@/lib/licensing/own.ts";

function describe(logins: DemoLogin[], appUrl: string): string {
  const widest = (key: "email" | "password") =>
    Math.max(...logins.map((login) => login[key].length));
  const lines = logins.map((login) =>
    [
      `  ${login.area.padEnd(6)}`,
      login.email.padEnd(widest("email")),
      login.password.padEnd(widest("password")),
      login.name,
    ].join("  ")
  );
  return [
    `Demo data is in place. Sign in at ${appUrl}/admin/login (staff) or ${appUrl}/clients/login (portal):`,
    ...lines,
  ].join("\n");
}

const config = loadConfigOrExit();

/**
 * On its own license server the demo's modules open at once, as after a
 * real setup: the installation's own licenses, for the demo administrator.
 */
async function licenseOwnModulesForDemo(admin: DemoLogin) {
  const services = createServices({
    config,
    database,
    secret: await resolveAppSecret(config),
    mail: { kick() {} },
  });
  const env = ownLicensingEnv(services);
  if (!env) return;
  const licensed = await licenseOwnModules(services.db, env, admin, new Date());
  if (licensed.length) {
    console.log(`This installation's own licenses: ${licensed.join(", ")}`);
  }
}

const database = await openDatabase({
  url: config.databaseUrl,
  dataDir: `${config.dataDir}/pglite`,
});
try {
  await migrateToLatest(database.db);
  const logins = await seedDemoData(database.db, new Date());
  console.log(describe(logins, config.appUrl));
  // The first login is the demo administrator.
  await licenseOwnModulesForDemo(logins[0]);
} finally {
  await database.close();
}
