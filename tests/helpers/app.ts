/**
 * The whole app over real HTTP on a random loopback port, on its own test
 * database, for integration and browser tests.
 */
import { loadConfig } from "@/lib/config.ts";
import { createTestDatabase, type TestDatabase } from "@/lib/db/testing.ts";
import type { Services } from "@/lib/state.ts";
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

/** Starts the app; pass `env` to set configuration variables. */
export async function startTestApp(
  env: Record<string, string> = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  const config = loadConfig({ APP_URL: `http://127.0.0.1:${port}`, ...env });
  const services: Services = {
    config,
    ping: database.ping,
    now: () => new Date(),
  };
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
