/**
 * Serves an app until SIGINT or SIGTERM, then stops accepting connections,
 * lets in-flight requests finish and runs the caller's clean-up, all
 * within a deadline: platforms send SIGKILL a few seconds after the signal
 * (Deno Deploy: 5 s), so a shutdown that takes longer exits on its own.
 */
export interface ServeOptions {
  port: number;
  hostname: string;
  /**
   * Called as soon as the signal arrives, before waiting for requests:
   * the place to end responses that never finish by themselves (event
   * streams), which would otherwise hold the shutdown open.
   */
  onSignal?: () => void;
  /** Called once every in-flight request has finished. */
  onShutdown?: () => Promise<void> | void;
  onListen?: (addr: Deno.NetAddr) => void;
  /** The longest a shutdown may take before the process exits anyway. */
  shutdownDeadlineMs?: number;
}

export const DEFAULT_SHUTDOWN_DEADLINE_MS = 4_500;

/** Starts the server; resolves when it has shut down gracefully. */
export async function serve(
  fetch: Deno.ServeHandler,
  options: ServeOptions,
): Promise<void> {
  const server = Deno.serve({
    port: options.port,
    hostname: options.hostname,
    onListen: options.onListen,
  }, fetch);
  const signals: Deno.Signal[] = ["SIGINT", "SIGTERM"];
  let deadline: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    for (const signal of signals) Deno.removeSignalListener(signal, stop);
    const ms = options.shutdownDeadlineMs ?? DEFAULT_SHUTDOWN_DEADLINE_MS;
    deadline = setTimeout(() => {
      console.error(`shutdown took longer than ${ms} ms: exiting now`);
      Deno.exit(1);
    }, ms);
    options.onSignal?.();
    server.shutdown();
  };
  for (const signal of signals) Deno.addSignalListener(signal, stop);
  await server.finished;
  await options.onShutdown?.();
  clearTimeout(deadline);
}
