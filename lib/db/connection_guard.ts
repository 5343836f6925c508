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
 * (postgres.js has already queued it for a fresh connect). The request
 * fails cleanly; the next one gets a new connection.
 */
import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  QueryResult,
  TransactionSettings,
} from "kysely";

/** Errors meaning the connection itself is gone, not just the statement. */
export function isConnectionLost(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return false;
  return code.startsWith("CONNECTION_") || // postgres.js: closed/destroyed/ended
    code.startsWith("57P") || // admin_shutdown, crash_shutdown, cannot_connect_now
    code.startsWith("08") || // SQLSTATE class 08: connection exception
    ["ECONNRESET", "EPIPE", "ECONNREFUSED", "ETIMEDOUT"].includes(code);
}

class GuardedConnection implements DatabaseConnection {
  lost: unknown = undefined;

  constructor(readonly inner: DatabaseConnection) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.lost) throw this.lost;
    try {
      return await this.inner.executeQuery<R>(query);
    } catch (error) {
      if (isConnectionLost(error)) this.lost = error;
      throw error;
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
      if (isConnectionLost(error)) this.lost = error;
      throw error;
    }
  }
}

class GuardedDriver implements Driver {
  constructor(readonly inner: Driver) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new GuardedConnection(await this.inner.acquireConnection());
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

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection);
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
