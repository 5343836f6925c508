/**
 * Opens the database: PostgreSQL through postgres.js when a URL is given,
 * otherwise PGlite (real Postgres compiled to WebAssembly) persisted in a
 * folder, so the same SQL and migrations run everywhere.
 */
import { Kysely, sql } from "kysely";
import { PostgresJSDialect } from "kysely-postgres-js";
import { PGliteDialect } from "kysely-pglite-dialect";
import postgres from "postgres";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { citext } from "@electric-sql/pglite/contrib/citext";
import type { Tables } from "./schema.ts";
import { guardConnections } from "./connection_guard.ts";

export type Database = Kysely<Tables>;

export interface DatabaseHandle {
  db: Database;
  kind: "postgres" | "pglite";
  /** Resolves when a trivial query answers. */
  ping(): Promise<void>;
  /**
   * Subscribes to Postgres NOTIFY on `channel` (across every instance on
   * the database); resolves to the unsubscribe function.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://…`; absent → embedded PGlite. */
  url?: string;
  /** Where PGlite keeps its files; `memory://` for a throwaway database. */
  dataDir?: string;
  /** Connection pool size for PostgreSQL. */
  max?: number;
}

/** Opens a connection pool (or the embedded database). */
export async function openDatabase(
  options: DatabaseOptions,
): Promise<DatabaseHandle> {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.max ?? 10,
      onnotice: () => {},
      connection: { application_name: "portico" },
    });
    const db = new Kysely<Tables>({
      // A connection the server ends fails its request, not the process.
      dialect: guardConnections(new PostgresJSDialect({ postgres: client })),
    });
    return handle(db, "postgres", async (channel, onMessage) => {
      const subscription = await client.listen(channel, onMessage);
      return () => subscription.unlisten();
    });
  }
  const dataDir = options.dataDir ?? "memory://";
  if (!dataDir.startsWith("memory://")) {
    await Deno.mkdir(dataDir, { recursive: true });
  }
  const pglite = await PGlite.create(dataDir, {
    extensions: { btree_gist, citext },
  });
  const db = new Kysely<Tables>({ dialect: new PGliteDialect(pglite) });
  return handle(db, "pglite", async (channel, onMessage) => {
    const unlisten = await pglite.listen(channel, onMessage);
    return () => unlisten();
  });
}

function handle(
  db: Database,
  kind: DatabaseHandle["kind"],
  listen: DatabaseHandle["listen"],
): DatabaseHandle {
  return {
    db,
    kind,
    listen,
    async ping() {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
