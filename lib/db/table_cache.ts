/**
 * Read-mostly data (settings, the list of bookable services) kept in
 * memory until a table it was read from changes, so the public pages that
 * read it on every request do not ask the database each time.
 *
 * Two signals drop entries, so no write can be missed:
 * - every write to a watched table, in any instance and by any code, fires
 *   a statement trigger (migration 0008) that NOTIFYs `TABLE_CHANGED` with
 *   the table's name when its transaction commits;
 * - writes through this instance's database handle (see `plugin`) drop
 *   entries as soon as the statement has run, so a page read right after
 *   a save shows it without waiting for the notification.
 * A read is cached from the moment it starts, so a change during it drops
 * it too: nothing read before a change outlives the change.
 */
import {
  AliasNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryId,
  type QueryResult,
  type RootOperationNode,
  TableNode,
  type UnknownRow,
} from "kysely";
import type { DatabaseHandle } from "./database.ts";

export const TABLE_CHANGED = "portico_table_changed";

/** Tables whose writes notify (keep in step with migrations 0008 and 0029). */
export const WATCHED_TABLES = [
  "options",
  "services",
  "staff",
  "staff_services",
] as const;
export type WatchedTable = typeof WATCHED_TABLES[number];

interface Entry {
  tables: readonly WatchedTable[];
  value: Promise<unknown>;
}

/** The table an INSERT, UPDATE or DELETE writes, if it names one. */
function writtenTable(node: RootOperationNode): string | undefined {
  const target: OperationNode | undefined = node.kind === "InsertQueryNode"
    ? node.into
    : node.kind === "UpdateQueryNode"
    ? node.table
    : node.kind === "DeleteQueryNode"
    ? node.from.froms[0]
    : undefined;
  const table = target && AliasNode.is(target) ? target.node : target;
  return table && TableNode.is(table) ? table.table.identifier.name : undefined;
}

export class TableCache {
  #entries = new Map<string, Entry>();
  #writes = new WeakMap<QueryId, string>();

  /** Drops everything read from `table`. */
  invalidate(table: string): void {
    for (const [key, entry] of this.#entries) {
      if ((entry.tables as readonly string[]).includes(table)) {
        this.#entries.delete(key);
      }
    }
  }

  /** The value under `key`, loaded by `load` from `tables` when missing. */
  get<T>(
    key: string,
    tables: readonly WatchedTable[],
    load: () => Promise<T>,
  ): Promise<T> {
    const cached = this.#entries.get(key);
    if (cached) return cached.value as Promise<T>;
    const value = load();
    const entry = { tables, value };
    this.#entries.set(key, entry);
    value.catch(() => {
      // A failed read is not kept: the next request tries again.
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    return value;
  }

  /**
   * Listens for other instances' (and delayed) change notifications. After
   * the listening connection was lost, any change may have been missed:
   * everything is dropped.
   */
  async listen(listen: DatabaseHandle["listen"]): Promise<() => Promise<void>> {
    return await listen(
      TABLE_CHANGED,
      (table) => this.invalidate(table),
      () => this.#entries.clear(),
    );
  }

  /** Install on the app's database handle: local writes invalidate at once. */
  readonly plugin: KyselyPlugin = {
    transformQuery: (args: PluginTransformQueryArgs): RootOperationNode => {
      const table = writtenTable(args.node);
      if (table && (WATCHED_TABLES as readonly string[]).includes(table)) {
        this.#writes.set(args.queryId, table);
      }
      return args.node;
    },
    transformResult: (
      args: PluginTransformResultArgs,
    ): Promise<QueryResult<UnknownRow>> => {
      const table = this.#writes.get(args.queryId);
      if (table) this.invalidate(table);
      return Promise.resolve(args.result);
    },
  };
}
