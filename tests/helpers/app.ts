/**
 * The whole app over real HTTP on a random loopback port, on its own test
 * database, for integration and browser tests.
 */
import { loadConfig } from "@/lib/config.ts";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing.ts";
import { openDatabase } from "@/lib/db/database.ts";
import type { Services } from "@/lib/app/services.ts";
import type { MailKicker } from "@/lib/mail/worker.ts";
import { createServices } from "@/lib/app/services.ts";
import { issueLicense } from "@/lib/licensing/server.ts";
import {
  activateModuleLicense,
  LICENSED_MODULES,
} from "@/lib/licensing/client.ts";
import { licenseClientEnv } from "@/lib/app/domains.ts";
import { createPorticoApp } from "@/server.ts";
import { ApiContract } from "./api_contract.ts";

export interface TestApp {
  /** Base URL, e.g. `http://127.0.0.1:43121`. */
  url: string;
  services: Services;
  database: TestDatabase;
  /** In-process requests without the network. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /**
   * The served OpenAPI document of the license API, which every answer of
   * the app for one of its paths is checked against.
   */
  apiContract: ApiContract;
  /** Stops the app; fails if an API answer did not match the document. */
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Configuration variables, as in the environment. */
  env?: Record<string, string>;
  /** The clock the app runs on (default: real time). */
  now?: () => Date;
  mail?: MailKicker;
  /**
   * Activate the booking and activity module licenses against this app's
   * own license server (default), so their admin pages are unlocked.
   */
  licensed?: boolean;
  /** How often the heartbeat buffer is written (default 2 s). */
  activityFlushMs?: number;
  /** Another app's database: a second instance on the same data. */
  shareDatabaseWith?: Pick<TestApp, "database">;
  /**
   * The URL the app's pool reaches its database by, from the database's
   * own (e.g. through a proxy the test cuts); the test keeps `database`.
   */
  databaseUrl?: (url: string) => string;
}

/** Starts the app on a fresh database. */
export async function startTestApp(
  options: TestAppOptions = {},
): Promise<TestApp> {
  const shared = options.shareDatabaseWith?.database;
  const database = shared
    ? {
      ...await openDatabase({ url: shared.url, max: 5 }),
      url: shared.url,
      drop: () => Promise.resolve(),
    }
    : await createTestDatabase();
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  const config = loadConfig({
    APP_URL: `http://127.0.0.1:${port}`,
    APP_SECRET: "test-secret-".padEnd(40, "x"),
    // The app is its own license server, reached where it really listens.
    LICENSE_SERVER_URL: `http://127.0.0.1:${port}`,
    ...options.env,
  });
  const reached = options.databaseUrl
    ? await openDatabase({ url: options.databaseUrl(database.url!), max: 5 })
    : database;
  const services = createServices({
    config,
    database: reached,
    secret: config.appSecret!,
    mail: options.mail ?? { kick() {} },
    now: options.now,
    activityFlushMs: options.activityFlushMs,
  });
  await services.background.start();
  const app = await createPorticoApp(services);
  const documentRes = await app.request(
    `${config.appUrl}/api/licenses/openapi.json`,
  );
  const apiContract = new ApiContract(await documentRes.json());
  const checked = async (req: Request, res: Response | Promise<Response>) => {
    const problems = await apiContract.check(
      req.method,
      new URL(req.url).pathname,
      await res,
    );
    for (const problem of problems) console.error("OpenAPI:", problem);
    return await res;
  };
  const server = Deno.serve(
    { hostname: "127.0.0.1", port, onListen: () => {} },
    (req, info) => checked(req, app.fetch(req, info)),
  );
  if ((options.licensed ?? true) && !shared) {
    await activateModuleLicenses(services);
  }
  return {
    url: config.appUrl,
    services,
    database,
    request(path, init) {
      const req = new Request(config.appUrl + path, init);
      return checked(req, app.fetch(req));
    },
    apiContract,
    async close() {
      await server.shutdown();
      await services.background.stop();
      if (reached !== database) await reached.close();
      if (shared) await database.close();
      else await database.drop();
      if (apiContract.violations.length) {
        throw new Error(
          "license API answers that do not match its OpenAPI document:\n" +
            apiContract.violations.join("\n"),
        );
      }
    },
  };
}

/** Issues this instance a license per module and activates it, as an admin would. */
async function activateModuleLicenses(services: Services): Promise<void> {
  for (const module of LICENSED_MODULES) {
    const { key } = await issueLicense(
      services.db,
      services.keys,
      {
        product: module,
        email: "owner@example.com",
        reference: `test-setup:${module}`,
        type: "full",
      },
      { type: "system" },
      services.now(),
    );
    await activateModuleLicense(
      services.db,
      licenseClientEnv(services),
      module,
      key,
      services.now(),
    );
  }
}
