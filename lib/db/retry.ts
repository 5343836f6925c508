/**
 * Waiting for the database: an operation tried again, with exponential
 * backoff, for as long as it fails only because PostgreSQL cannot be
 * reached (still starting, restarting, failing over). Any other failure is
 * a real one and is thrown at once.
 */
import { describeError } from "../errors.ts";
import { isConnectionLost } from "./connection_guard.ts";

export interface RetryOptions {
  /** What is being tried, for the log line ("start-up", "LISTEN"). */
  what: string;
  /** One line per failed try. */
  log: (line: string) => void;
  /** First wait; doubled after each failure up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Stops waiting (shutdown): the promise rejects with the reason. */
  signal?: AbortSignal;
}

/** Runs `attempt` until it succeeds or fails other than by an unreachable database. */
export async function retryWhileUnreachable<T>(
  attempt: () => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  let delayMs = options.firstDelayMs ?? 500;
  for (let tries = 1;; tries++) {
    options.signal?.throwIfAborted();
    try {
      return await attempt();
    } catch (error) {
      if (!isConnectionLost(error)) throw error;
      options.log(
        `${options.what}: the database does not answer (${
          describeError(error, 160)
        }); try ${tries} failed, next in ${delayMs / 1000} s`,
      );
    }
    await sleep(delayMs, options.signal);
    delayMs = Math.min(delayMs * 2, maxDelayMs);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      if (signal?.aborted) reject(signal.reason);
      else resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
