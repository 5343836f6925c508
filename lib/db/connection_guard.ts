/**
 * Turns a lost PostgreSQL connection into the 503 its request should
 * answer with.
 *
 * When the server ends a connection (a restart, a failover,
 * `pg_terminate_backend`, `idle_in_transaction_session_timeout`), the
 * statement on it fails with a driver error: a FATAL SQLSTATE, a socket
 * error or node-postgres' own "Connection terminated" message. The pool
 * drops such a connection by itself and the next request gets a new one;
 * what remains is to tell the visitor "try again in a moment" instead of
 * "server error". This dialect wrapper re-raises every connection-level
 * failure as a `ServiceUnavailableError` (the original kept as its
 * `cause`), which the web layer answers with a 503 and `Retry-After`: a
 * localised page, or a JSON error under `/api`.
 */
import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from "kysely";
import { ServiceUnavailableError } from "../errors.ts";

/** SQLSTATEs that mean the session is gone (or cannot be had now). */
const LOST_SQLSTATE = [
  /^08/, // connection exception
  /^57P0[1-4]$/, // admin/crash shutdown, cannot connect now, database dropped
  /^53300$/, // too many connections
  /^25P03$/, // idle_in_transaction_session_timeout ended the session
];

/** Socket-level failures, as Node's `net` (and Deno's) report them. */
const LOST_SOCKET = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * node-postgres and its pool raise these without a code (lib/client.js,
 * pg-pool/index.js of pg 8.23): the socket closed, a client used after
 * that, or no connection within the client's or the pool's connect
 * timeout.
 */
const LOST_MESSAGE =
  /^(Connection terminated|Client has encountered a connection error|Client was closed and is not queryable|timeout expired|timeout exceeded when trying to connect|Cannot use a pool after calling end)/;

/** Errors meaning the connection itself is gone, not just the statement. */
export function isConnectionLost(error: unknown): boolean {
  if (error instanceof ServiceUnavailableError) return true;
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === "string") {
    if (LOST_SOCKET.has(code)) return true;
    if (LOST_SQLSTATE.some((pattern) => pattern.test(code))) return true;
  }
  return typeof message === "string" && LOST_MESSAGE.test(message);
}

/**
 * A connection-level error as the 503 the request should answer with (the
 * original kept as its `cause`); any other error unchanged.
 */
function unavailable(error: unknown): unknown {
  return isConnectionLost(error) && !(error instanceof ServiceUnavailableError)
    ? new ServiceUnavailableError({ cause: error })
    : error;
}

async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw unavailable(error);
  }
}

class GuardedConnection implements DatabaseConnection {
  constructor(readonly inner: DatabaseConnection) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return translated(() => this.inner.executeQuery<R>(query));
  }

  async *streamQuery<R>(
    query: CompiledQuery,
    chunkSize: number,
  ): AsyncIterableIterator<QueryResult<R>> {
    try {
      yield* this.inner.streamQuery<R>(query, chunkSize);
    } catch (error) {
      throw unavailable(error);
    }
  }
}

/**
 * Hands the driver its own connection objects back (Kysely's Postgres
 * driver marks a connection whose rollback failed on that object, so the
 * pool destroys it instead of reusing it) and translates what it throws.
 */
class GuardedDriver implements Driver {
  constructor(readonly inner: Driver) {}

  init(): Promise<void> {
    return translated(() => this.inner.init());
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new GuardedConnection(
      await translated(() => this.inner.acquireConnection()),
    );
  }

  beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    return translated(() =>
      this.inner.beginTransaction(unwrap(connection), settings)
    );
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return translated(() => this.inner.commitTransaction(unwrap(connection)));
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return translated(() => this.inner.rollbackTransaction(unwrap(connection)));
  }

  savepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler["compileQuery"],
  ): Promise<void> {
    return translated(() =>
      this.inner.savepoint!(unwrap(connection), name, compile)
    );
  }

  rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler["compileQuery"],
  ): Promise<void> {
    return translated(() =>
      this.inner.rollbackToSavepoint!(unwrap(connection), name, compile)
    );
  }

  releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compile: QueryCompiler["compileQuery"],
  ): Promise<void> {
    return translated(() =>
      this.inner.releaseSavepoint!(unwrap(connection), name, compile)
    );
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(unwrap(connection));
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

function unwrap(connection: DatabaseConnection): DatabaseConnection {
  return (connection as GuardedConnection).inner;
}

/** `dialect` with lost connections raised as 503s (see the module comment). */
export function guardConnections(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new GuardedDriver(dialect.createDriver()),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  };
}
