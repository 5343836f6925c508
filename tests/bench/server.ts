/**
 * The app as the benchmark runs it: one process holding the database
 * (embedded PGlite in a fresh folder, or a fresh database on the server at
 * BENCH_DATABASE_URL), seeded with demo data plus the contacts and license
 * keys the load needs. Prints one JSON line with what the load generator
 * needs, then serves until killed. With `--serve-only` it serves the
 * database an earlier run seeded and took load with, as a restarted
 * installation would (the memory figures are of this process).
 */
import { loadConfig } from "@/lib/config.ts";
import { openDatabase } from "@/lib/db/database.ts";
import { migrateToLatest } from "@/lib/db/migrate.ts";
import { createServices } from "@/lib/app/services.ts";
import { seedDemoData } from "@/lib/seed.ts";
import { createSession } from "@/lib/auth/sessions.ts";
import { activateLicense, issueLicense } from "@/lib/licensing/server.ts";
import { createPorticoApp } from "@/server.ts";

const [port, contactCount, keyCount, dataDir] = [
  Number(Deno.args[0]),
  Number(Deno.args[1]),
  Number(Deno.args[2]),
  Deno.args[3],
];
const serveOnly = Deno.args.includes("--serve-only");
const url = Deno.env.get("BENCH_DATABASE_URL");
const config = loadConfig({
  PORT: String(port),
  APP_URL: `http://127.0.0.1:${port}`,
  APP_SECRET: "bench-secret-".padEnd(40, "x"),
  TRUST_PROXY: "1",
  DATA_DIR: dataDir,
  ...(url ? { DATABASE_URL: url } : {}),
});
const database = await openDatabase({ url, dataDir: `${dataDir}/pglite` });
await migrateToLatest(database.db);
const now = new Date();
const services = createServices({
  config,
  database,
  secret: config.appSecret!,
  mail: { kick() {} },
});
const db = database.db;

/** The demo data, the contacts (one session each) and the activated keys. */
async function seed() {
  await seedDemoData(db, now);
  const { id: clientId } = await db.insertInto("clients").values({
    company: "Bench GmbH",
  })
    .returning("id").executeTakeFirstOrThrow();
  /** Runs `make(i)` for i < count, `width` at a time (seeding is I/O bound). */
  async function inParallel<T>(
    count: number,
    make: (i: number) => Promise<T>,
    width = 16,
  ): Promise<T[]> {
    const results: T[] = [];
    let next = 0;
    await Promise.all(Array.from({ length: width }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await make(i);
      }
    }));
    return results;
  }

  const sessions = await inParallel(contactCount, async (i) => {
    const { id } = await db.insertInto("contacts").values({
      client_id: clientId,
      name: `Bench ${i}`,
      email: `bench${i}@example.com`,
    }).returning("id").executeTakeFirstOrThrow();
    await db.insertInto("activity_consents").values({
      contact_id: id,
      status: "granted",
      policy_version: "bench",
      decided_at: now,
    }).execute();
    return await createSession(db, "contact", id, now);
  });
  const keys = await inParallel(keyCount, async (i) => {
    const { key } = await issueLicense(
      db,
      services.keys,
      {
        product: "booking",
        email: "bench@example.com",
        reference: `bench-${i}`,
        type: "full",
      },
      { type: "system" },
      now,
    );
    const domain = `site-${i}.example`;
    await activateLicense(db, services.licenseServer, { key, domain }, now);
    return { key, domain };
  });
  const service = await db.selectFrom("services").select("id").orderBy(
    "position",
  )
    .executeTakeFirstOrThrow();
  return { sessions, keys, serviceId: service.id };
}
const seeded = serveOnly ? {} : await seed();

await services.background.start();
const app = await createPorticoApp(services);
Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, app.fetch);
// Outside the app: what the harness counts (flush transactions, memory).
const statsServer = Deno.serve(
  { port: 0, hostname: "127.0.0.1", onListen: () => {} },
  () =>
    Response.json({
      flushes: services.activity.flushCount,
      rss: Deno.memoryUsage().rss,
    }),
);
console.log(
  JSON.stringify({
    ready: true,
    ...seeded,
    kind: database.kind,
    // Its own free port: a fixed neighbour of the app's port may be taken.
    statsPort: statsServer.addr.port,
  }),
);
