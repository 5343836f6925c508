/**
 * Coalesces concurrent lookups into one query, like a DataLoader: keys
 * asked for in the same turn of the event loop go out together, and while
 * `maxInFlight` queries are running, new keys wait and go out together
 * when one returns. Under load one round trip answers many requests;
 * under light load nothing waits.
 */
import { setImmediate } from "node:timers";

export function batchedLookup<V>(
  load: (keys: string[]) => Promise<Map<string, V>>,
  maxInFlight = 2,
): (key: string) => Promise<V | undefined> {
  type Waiter = {
    resolve: (value: V | undefined) => void;
    reject: (error: unknown) => void;
  };
  let queued = new Map<string, Waiter[]>();
  let inFlight = 0;
  let scheduled = false;

  const dispatch = () => {
    scheduled = false;
    if (queued.size === 0 || inFlight >= maxInFlight) return;
    const batch = queued;
    queued = new Map();
    inFlight++;
    load([...batch.keys()]).then(
      (found) => {
        for (const [key, waiters] of batch) {
          for (const waiter of waiters) waiter.resolve(found.get(key));
        }
      },
      (error) => {
        for (const waiters of batch.values()) {
          for (const waiter of waiters) waiter.reject(error);
        }
      },
    ).finally(() => {
      inFlight--;
      dispatch();
    });
  };

  return (key) =>
    new Promise((resolve, reject) => {
      const waiters = queued.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else queued.set(key, [{ resolve, reject }]);
      if (!scheduled && inFlight < maxInFlight) {
        scheduled = true;
        setImmediate(dispatch);
      }
    });
}
