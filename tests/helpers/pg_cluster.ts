/**
 * A private PostgreSQL cluster for one test file, to stop, start and
 * restart under load without touching the shared server on 5432 (other
 * test runs use it at the same time). Debian's server binaries
 * (`/usr/lib/postgresql/<version>/bin`), a temporary data folder, a free
 * loopback port and trust authentication; as root every command runs as
 * the `postgres` user, which the server requires.
 */
import { freePort } from "@/lib/mail/testing.ts";

const DEBIAN_SERVERS = "/usr/lib/postgresql";

export interface PrivateCluster {
  port: number;
  /** `postgres://postgres@127.0.0.1:<port>/<database>`. */
  url(database?: string): string;
  /** `pg_ctl stop -m fast`: sessions are ended, the server is down. */
  stop(): Promise<void>;
  /** Starts the server again on the same port and data. */
  start(): Promise<void>;
  /** Stops the server and removes its data folder. */
  destroy(): Promise<void>;
}

/** The newest installed server's `bin` folder, or undefined. */
export async function serverBinaries(): Promise<string | undefined> {
  const versions: number[] = [];
  try {
    for await (const entry of Deno.readDir(DEBIAN_SERVERS)) {
      if (/^\d+$/.test(entry.name)) versions.push(Number(entry.name));
    }
  } catch {
    return undefined;
  }
  if (!versions.length) return undefined;
  return `${DEBIAN_SERVERS}/${Math.max(...versions)}/bin`;
}

async function run(command: string, args: string[]): Promise<void> {
  const asPostgres = Deno.uid() === 0;
  const { success, stdout, stderr } = await new Deno.Command(
    asPostgres ? "runuser" : command,
    {
      args: asPostgres ? ["-u", "postgres", "--", command, ...args] : args,
      stdout: "piped",
      stderr: "piped",
    },
  ).output();
  if (!success) {
    const decoder = new TextDecoder();
    throw new Error(
      `${command} ${args.join(" ")} failed:\n${decoder.decode(stdout)}${
        decoder.decode(stderr)
      }`,
    );
  }
}

/** Creates and starts a cluster; `destroy()` it when done. */
export async function startPrivateCluster(): Promise<PrivateCluster> {
  const bin = await serverBinaries();
  if (!bin) throw new Error(`no PostgreSQL server in ${DEBIAN_SERVERS}`);
  const root = await Deno.makeTempDir({ prefix: "portico-cluster-" });
  if (Deno.uid() === 0) {
    const { uid, gid } = await postgresUser();
    await Deno.chown(root, uid, gid);
  }
  const data = `${root}/data`;
  const port = freePort();
  await run(`${bin}/initdb`, [
    "-D",
    data,
    "-U",
    "postgres",
    "-A",
    "trust",
    "-E",
    "UTF8",
    "--no-sync",
  ]);
  const start = () =>
    run(`${bin}/pg_ctl`, [
      "-D",
      data,
      "-l",
      `${root}/server.log`,
      "-w",
      "-o",
      // Its own socket folder and no durability: a test cluster.
      `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off`,
      "start",
    ]);
  const stop = () =>
    run(`${bin}/pg_ctl`, ["-D", data, "-m", "fast", "-w", "stop"]);
  await start();
  let running = true;
  return {
    port,
    url: (database = "postgres") =>
      `postgres://postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      await stop();
      running = false;
    },
    async start() {
      await start();
      running = true;
    },
    async destroy() {
      if (running) await stop().catch(() => {});
      await Deno.remove(root, { recursive: true });
    },
  };
}

async function postgresUser(): Promise<{ uid: number; gid: number }> {
  const { stdout } = await new Deno.Command("id", {
    args: ["-u", "postgres"],
    stdout: "piped",
  }).output();
  const { stdout: group } = await new Deno.Command("id", {
    args: ["-g", "postgres"],
    stdout: "piped",
  }).output();
  const decoder = new TextDecoder();
  return {
    uid: Number(decoder.decode(stdout).trim()),
    gid: Number(decoder.decode(group).trim()),
  };
}
