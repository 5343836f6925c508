/**
 * After-commit effects. A domain step that wrote something the rest of the
 * app should act on (e.g. mail queued) raises a signal on the
 * handle it wrote with; the listeners the composition root subscribed run
 * once after the outermost transaction commits, and never when it rolls
 * back. Raised on a handle outside a transaction, the write has committed
 * already and the listeners run at once.
 *
 * Listeners are subscribed on the app's root handle and reached from every
 * transaction `inTransaction` opens on it. A listener's failure is logged,
 * not thrown: the commit stands, and each effect has a job that retries it.
 */
import type { Database } from "./database.ts";

/** Something a commit can have done that others act on, e.g. "mail queued". */
export class CommitSignal {
  constructor(readonly name: string) {}
}

type Listener = () => void | Promise<void>;

/** Per root handle: what runs for each signal. */
const subscriptions = new WeakMap<Database, Map<CommitSignal, Listener[]>>();
/** Per open transaction: its root handle and the signals raised in it. */
const open = new WeakMap<
  Database,
  { root: Database; raised: Set<CommitSignal> }
>();

/** Runs `listener` after each commit on `db` that raised `signal`. */
export function onCommit(
  db: Database,
  signal: CommitSignal,
  listener: Listener,
): void {
  let bySignal = subscriptions.get(db);
  if (!bySignal) subscriptions.set(db, bySignal = new Map());
  bySignal.set(signal, [...bySignal.get(signal) ?? [], listener]);
}

/**
 * Marks `signal` as raised by the write just made on `db`: in a
 * transaction, for after its commit (once, however often it is raised);
 * outside one, its listeners run now.
 */
export async function raise(db: Database, signal: CommitSignal): Promise<void> {
  if (!db.isTransaction) return await runListeners(db, [signal]);
  const unit = open.get(db);
  if (!unit) {
    throw new Error(
      `${signal.name}: raised in a transaction not opened by inTransaction`,
    );
  }
  unit.raised.add(signal);
}

/**
 * Runs `fn` in a new transaction on `root` and, once it committed, the
 * listeners of the signals raised in it (see `inTransaction`).
 */
export async function commitThenSignal<T>(
  root: Database,
  fn: (tx: Database) => Promise<T>,
): Promise<T> {
  const raised = new Set<CommitSignal>();
  const result = await root.transaction().execute((tx) => {
    open.set(tx, { root, raised });
    return fn(tx);
  });
  await runListeners(root, [...raised]);
  return result;
}

async function runListeners(
  root: Database,
  signals: CommitSignal[],
): Promise<void> {
  const bySignal = subscriptions.get(root);
  if (!bySignal) return;
  for (const signal of signals) {
    for (const listener of bySignal.get(signal) ?? []) {
      try {
        await listener();
      } catch (error) {
        console.error(`after commit (${signal.name}):`, error);
      }
    }
  }
}
