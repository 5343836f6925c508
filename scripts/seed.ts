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
import { createServices, type Services } from "@/lib/app/services.ts";
import { ownLicensingEnv, shopEnv } from "@/lib/app/domains.ts";
import { loadBusinessSettings } from "@/lib/app/business.ts";
import { seedDemoHistory } from "@/lib/seed_history.ts";
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
async function licenseOwnModulesForDemo(
  services: Services,
  admin: DemoLogin,
) {
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
  const services = createServices({
    config,
    database,
    secret: await resolveAppSecret(config),
    mail: { kick() {} },
  });
  // The first login is the demo administrator.
  await licenseOwnModulesForDemo(services, logins[0]);
  const added = await seedDemoHistory(services.db, {
    keys: services.keys,
    shop: await shopEnv(services),
    licenseServer: services.licenseServer,
    timeZone: (await loadBusinessSettings(services)).timeZone,
  }, new Date());
  if (added) {
    console.log(
      "Demo history added: bookings, orders, invoices, licenses, activity",
    );
  }
} finally {
  await database.close();
}
