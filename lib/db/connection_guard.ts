/**
 * Keeps a lost PostgreSQL connection from taking the process down.
 *
 * kysely-postgres-js runs every query on a `reserve()`d postgres.js
 * connection. When the server ends that connection mid-query (a restart,
 * a failover, `pg_terminate_backend`), the query fails with a catchable
 * error, but postgres.js 3.4.9 crashes the whole process with an
 * uncatchable `TypeError … reading 'write'` if anything more is written to
 * that reserved connection (porsager/postgres#1208) — and Kysely does just
 * that: it sends `rollback` after a failed transaction statement. Handing
 * the dead connection back to the pool would poison the next query too.
 *
 * So a connection that failed with a connection-level error is marked
 * lost: later queries on it (the rollback) fail at once with that error
 * without touching the socket, and it is not released into the pool
 * (postgres.js has already queued it for a fresh connect). The error is
 * raised as a `ServiceUnavailableError`, so the request fails cleanly with
 * a 503 (a localised page, or a JSON error); the next one gets a new
 * connection.
 */
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from "kysely";
import { ServiceUnavailableError } from "../errors.ts";

/** Errors meaning the connection itself is gone, not just the statement. */
export function isConnectionLost(error: unknown): boolean {
  if (error instanceof ServiceUnavailableError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return false;
  return code.startsWith("CONNECTION_") || // postgres.js: closed/destroyed/ended
    code.startsWith("57P") || // admin_shutdown, crash_shutdown, cannot_connect_now
    code.startsWith("08") || // SQLSTATE class 08: connection exception
    ["ECONNRESET", "EPIPE", "ECONNREFUSED", "ETIMEDOUT"].includes(code);
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

class GuardedConnection implements DatabaseConnection {
  lost: unknown = undefined;

  constructor(readonly inner: DatabaseConnection) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.lost) throw this.lost;
    try {
      return await this.inner.executeQuery<R>(query);
    } catch (error) {
      const failure = unavailable(error);
      if (isConnectionLost(error)) this.lost = failure;
      throw failure;
    }
  }

  async *streamQuery<R>(
    query: CompiledQuery,
    chunkSize: number,
  ): AsyncIterableIterator<QueryResult<R>> {
    if (this.lost) throw this.lost;
    try {
      yield* this.inner.streamQuery<R>(query, chunkSize);
    } catch (error) {
      const failure = unavailable(error);
      if (isConnectionLost(error)) this.lost = failure;
      throw failure;
    }
  }
}

class GuardedDriver implements Driver {
  constructor(readonly inner: Driver) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    try {
      return new GuardedConnection(await this.inner.acquireConnection());
    } catch (error) {
      throw unavailable(error);
    }
  }

  // The transaction statements go through the guarded connection.
  beginTransaction(
    connection: DatabaseConnection,
    settings: TransactionSettings,
  ): Promise<void> {
    return this.inner.beginTransaction(connection, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection);
  }

  /**
   * Sent here rather than by the inner driver: Kysely 0.29's Postgres
   * driver, on a failed rollback, calls a private discard method that
   * kysely-postgres-js 5.0's connections lack, turning the real error into
   * a TypeError. A lost connection is not written to at all.
   */
  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  savepoint: Driver["savepoint"] = (connection, name, compile) =>
    this.inner.savepoint!(connection, name, compile);

  rollbackToSavepoint: Driver["rollbackToSavepoint"] = (
    connection,
    name,
    compile,
  ) => this.inner.rollbackToSavepoint!(connection, name, compile);

  releaseSavepoint: Driver["releaseSavepoint"] = (connection, name, compile) =>
    this.inner.releaseSavepoint!(connection, name, compile);

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const guarded = connection as GuardedConnection;
    // A lost connection stays out of the pool (see the module comment).
    if (guarded.lost) return;
    await this.inner.releaseConnection(guarded.inner);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/** `dialect` with lost connections contained (see the module comment). */
export function guardConnections(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new GuardedDriver(dialect.createDriver()),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  };
}
