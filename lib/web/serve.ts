/**
 * Serves an app until SIGINT or SIGTERM, then stops accepting connections,
 * lets in-flight requests finish and runs the caller's clean-up.
 */
export interface ServeOptions {
  port: number;
  hostname: string;
  /** Called once every in-flight request has finished. */
  onShutdown?: () => Promise<void> | void;
  onListen?: (addr: Deno.NetAddr) => void;
}

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
  const stop = () => {
    for (const signal of signals) Deno.removeSignalListener(signal, stop);
    server.shutdown();
  };
  for (const signal of signals) Deno.addSignalListener(signal, stop);
  await server.finished;
  await options.onShutdown?.();
}
