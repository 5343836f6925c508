/**
 * The app as a real child process (`deno run main.ts`), for tests that kill
 * it or read everything it prints.
 */

import { waitFor } from "./wait.ts";

const ROOT = new URL("../../", import.meta.url);

export interface ChildApp {
  url: string;
  /** False once the process has exited, by itself or killed. */
  running(): boolean;
  /** Everything written to stdout and stderr so far, interleaved. */
  output(): string;
  /** SIGKILL: no shutdown hooks run. */
  kill(): Promise<void>;
  /** SIGTERM: a graceful shutdown, waited for; resolves to the exit status. */
  stop(): Promise<Deno.CommandStatus>;
}

/**
 * Starts `main.ts` on `port` with `env` (DATABASE_URL and APP_SECRET at
 * least) and waits until `/readyz` answers 200 (database migrated, app
 * serving), or with `until: "alive"` only until `/healthz` does (the
 * server listens, whatever the database does).
 */
export async function startChild(
  port: number,
  env: Record<string, string>,
  options: { until?: "ready" | "alive" } = {},
): Promise<ChildApp> {
  const url = `http://127.0.0.1:${port}`;
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "main.ts"],
    cwd: ROOT,
    env: {
      PORT: String(port),
      PORTICO_HOSTNAME: "127.0.0.1",
      APP_URL: url,
      ...env,
    },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let exited = false;
  child.status.then(() => exited = true);
  let output = "";
  const collect = (stream: ReadableStream<Uint8Array<ArrayBuffer>>) =>
    stream.pipeThrough(new TextDecoderStream()).pipeTo(
      new WritableStream({ write: (chunk) => void (output += chunk) }),
    );
  const drained = Promise.all([collect(child.stdout), collect(child.stderr)]);
  const end = async (signal: Deno.Signal) => {
    try {
      child.kill(signal);
    } catch { /* already gone */ }
    const status = await child.status;
    await drained;
    return status;
  };
  try {
    const probe = options.until === "alive" ? "/healthz" : "/readyz";
    await waitFor(`the child app to answer ${probe}`, async () => {
      if (exited) throw new Error("the child app exited");
      const res = await fetch(`${url}${probe}`).catch(() => undefined);
      await res?.body?.cancel();
      return res?.status === 200;
    }, 20_000);
  } catch (error) {
    await end("SIGKILL");
    throw new Error(`${error}\n${output}`);
  }
  return {
    url,
    running: () => !exited,
    output: () => output,
    kill: async () => void await end("SIGKILL"),
    stop: () => end("SIGTERM"),
  };
}
