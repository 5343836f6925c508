/**
 * Opens the database: PostgreSQL through node-postgres (`pg`) when a URL is
 * given, otherwise PGlite (real Postgres compiled to WebAssembly) persisted
 * in a folder, so the same SQL and migrations run everywhere.
 */
import { Kysely, PostgresDialect, sql } from "kysely";
// @ts-types="@types/pg"
import pg from "pg";
import { describeError } from "../errors.ts";
import type { Tables } from "./schema.ts";
import { guardConnections } from "./connection_guard.ts";
import { NotificationListener } from "./listener.ts";
import { ChangeLogPoller } from "./change_log.ts";

export type Database = Kysely<Tables>;

export interface DatabaseHandle {
  db: Database;
  kind: "postgres" | "pglite";
  /** Resolves when a trivial query answers. */
  ping(): Promise<void>;
  /**
   * Subscribes to Postgres NOTIFY on `channel` (across every instance on
   * the database); resolves to the unsubscribe function. Notifications
   * sent while the listening connection was lost are missed:
   * `onResubscribed` runs once it listens again, for the subscriber to
   * drop whatever they could have invalidated.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onResubscribed?: () => void,
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
  /**
   * PostgreSQL's `statement_timeout` for this handle's sessions, in ms (0:
   * the server's setting). A statement past it fails its request alone.
   */
  statementTimeoutMs?: number;
  /**
   * PostgreSQL's `idle_in_transaction_session_timeout`, in ms (0: the
   * server's setting): the server ends a session whose transaction waits
   * that long between statements, so a stuck request cannot hold locks.
   */
  idleInTransactionTimeoutMs?: number;
  /** Where lost idle and listening connections are reported. */
  log?: (line: string) => void;
  /**
   * How other instances' notifications reach this one on PostgreSQL:
   * `auto` (default) LISTENs, and polls the change log instead when a
   * notification sent to itself does not arrive (a transaction pooler);
   * `poll` always polls.
   */
  notifications?: "auto" | "poll";
  /** How often the change log is polled (default 500 ms). */
  pollIntervalMs?: number;
}

/** How long a start waits for its own test notification to arrive. */
const LISTEN_PROBE_MS = 2000;

/** `application_name` of the app's sessions (`pg_stat_activity`). */
export const APPLICATION_NAME = "portico";

/**
 * Values come back as the app's code reads them: `timestamptz` as `Date`,
 * `jsonb` parsed, `int4` as number, while `int8` (counts, identity ids) and
 * `numeric` stay strings, since a JavaScript number cannot hold every
 * value (node-postgres' defaults, and postgres.js' before it). Overridden:
 * `date` as the UTC midnight `Date` (not the local one) and `interval` as
 * its text, as postgres.js returned them and as PGlite does.
 */
const TYPE_PARSERS: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === pg.types.builtins.DATE) return (text: string) => new Date(text);
    if (oid === pg.types.builtins.INTERVAL) return (text: string) => text;
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig["getTypeParser"],
};

/** Opens a connection pool (or the embedded database). */
export async function openDatabase(
  options: DatabaseOptions,
): Promise<DatabaseHandle> {
  if (options.url) return openPostgres(options.url, options);
  const dataDir = options.dataDir ?? "memory://";
  if (!dataDir.startsWith("memory://")) {
    await Deno.mkdir(dataDir, { recursive: true });
  }
  // Loaded only for the embedded database: a start on PostgreSQL (every
  // production instance) does not pay for evaluating it.
  const [{ PGlite }, { btree_gist }, { citext }, { PGliteDialect }] =
    await Promise.all([
      import("@electric-sql/pglite"),
      import("@electric-sql/pglite/contrib/btree_gist"),
      import("@electric-sql/pglite/contrib/citext"),
      import("kysely-pglite-dialect"),
    ]);
  const pglite = await PGlite.create(dataDir, {
    extensions: { btree_gist, citext },
  });
  const db = new Kysely<Tables>({ dialect: new PGliteDialect(pglite) });
  return handle(db, "pglite", async (channel, onMessage) => {
    const unlisten = await pglite.listen(channel, onMessage);
    return () => unlisten();
  }, () => db.destroy());
}

function openPostgres(url: string, options: DatabaseOptions): DatabaseHandle {
  const log = options.log ?? ((line: string) => console.error(line));
  // Date parameters as UTC text, as postgres.js sent them; node-postgres
  // would use the process's local offset (the same instant, other text).
  pg.defaults.parseInputDatesAsUTC = true;
  const connection: pg.ClientConfig = {
    connectionString: url,
    application_name: APPLICATION_NAME,
    statement_timeout: options.statementTimeoutMs || undefined,
    idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs ||
      undefined,
    types: TYPE_PARSERS,
  };
  const pool = new pg.Pool({
    ...connection,
    max: options.max ?? 10,
    // A server that accepts no connection (down, or a full backlog) fails
    // the request after this instead of holding it indefinitely.
    connectionTimeoutMillis: 10_000,
    keepAlive: true,
  });
  // node-postgres emits 'error' when a connection is lost while no query
  // runs on it; an EventEmitter 'error' without a listener ends the
  // process. Idle connections: the pool drops them and reports here.
  pool.on("error", (error) => {
    log(`database: an idle connection was lost (${describeError(error)})`);
  });
  // Checked-out connections (e.g. a transaction waiting between two
  // statements): the next statement on it fails its request, and the pool
  // drops it when it is released, so nothing is left to do here.
  pool.on("connect", (client) => client.on("error", () => {}));
  const db = new Kysely<Tables>({
    dialect: guardConnections(new PostgresDialect({ pool })),
  });
  const listener = new NotificationListener({ client: connection, log });
  const poller = new ChangeLogPoller(db, {
    intervalMs: options.pollIntervalMs,
    log,
  });
  const pollEvery = `${options.pollIntervalMs ?? 500} ms`;
  let source: Promise<Pick<NotificationListener, "listen">> | undefined;
  const notifications = () =>
    source ??= (options.notifications === "poll"
      ? Promise.resolve(false)
      : listenWorks(listener, db)).then((works) => {
        if (works) {
          return listener;
        }
        log(
          options.notifications === "poll"
            ? `DATABASE_NOTIFICATIONS=poll: live updates poll the change log every ${pollEvery}`
            : `LISTEN/NOTIFY does not work on DATABASE_URL (a transaction pooler?): live updates poll the change log every ${pollEvery}; use a direct (session-mode) connection for instant ones`,
        );
        return poller;
      });
  return handle(
    db,
    "postgres",
    async (channel, onMessage, onResubscribed) =>
      (await notifications()).listen(channel, onMessage, onResubscribed),
    async () => {
      await listener.close();
      await poller.close();
      await db.destroy();
    },
  );
}

/**
 * Whether a notification this instance sends reaches its LISTEN
 * connection: not through a transaction pooler, which hands each
 * statement to any server session (or refuses LISTEN outright).
 */
async function listenWorks(
  listener: NotificationListener,
  db: Database,
): Promise<boolean> {
  const channel = `portico_probe_${crypto.randomUUID().replaceAll("-", "")}`;
  const arrived = Promise.withResolvers<boolean>();
  let unlisten: () => Promise<void>;
  try {
    unlisten = await listener.listen(channel, () => arrived.resolve(true));
  } catch {
    return false;
  }
  const timer = setTimeout(() => arrived.resolve(false), LISTEN_PROBE_MS);
  try {
    await sql`select pg_notify(${channel}, '')`.execute(db);
    return await arrived.promise;
  } finally {
    clearTimeout(timer);
    await unlisten();
  }
}

function handle(
  db: Database,
  kind: DatabaseHandle["kind"],
  listen: DatabaseHandle["listen"],
  close: () => Promise<void>,
): DatabaseHandle {
  return {
    db,
    kind,
    listen,
    async ping() {
      await sql`select 1`.execute(db);
    },
    close,
  };
}
