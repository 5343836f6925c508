/**
 * The whole app over real HTTP on a random loopback port, on its own test
 * database, for integration and browser tests.
 */
import { loadConfig } from "@/lib/config.ts";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing.ts";
import type { MailKicker, Services } from "@/lib/state.ts";
import { createServices } from "@/lib/services.ts";
import { createPorticoApp } from "@/server.ts";

export interface TestApp {
  /** Base URL, e.g. `http://127.0.0.1:43121`. */
  url: string;
  services: Services;
  database: TestDatabase;
  /** In-process requests without the network. */
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Configuration variables, as in the environment. */
  env?: Record<string, string>;
  /** The clock the app runs on (default: real time). */
  now?: () => Date;
  mail?: MailKicker;
}

/** Starts the app on a fresh database. */
export async function startTestApp(
  options: TestAppOptions = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  const config = loadConfig({
    APP_URL: `http://127.0.0.1:${port}`,
    APP_SECRET: "test-secret-".padEnd(40, "x"),
    ...options.env,
  });
  const services = createServices({
    config,
    database,
    secret: config.appSecret!,
    mail: options.mail ?? { kick() {} },
    now: options.now,
  });
  const app = await createPorticoApp(services);
  const server = Deno.serve(
    { hostname: "127.0.0.1", port, onListen: () => {} },
    app.fetch,
  );
  return {
    url: config.appUrl,
    services,
    database,
    request: (path, init) =>
      Promise.resolve(app.request(config.appUrl + path, init)),
    async close() {
      await server.shutdown();
      await database.drop();
    },
  };
}
