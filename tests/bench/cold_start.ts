/**
 * Cold starts for `deno task bench`, or on their own after
 * `deno task build`: `deno run -A tests/bench/cold_start.ts [--tiny]`.
 * Each figure is the time from spawning the process to its first 200 on
 * `/readyz` (the database open and up to date; `/healthz` answers as soon
 * as the server listens), in production mode (the `_fresh/` build), next
 * to a bare `Deno.serve` process started and polled the same way in the
 * same run. The CPU the process used until then is shown too: on a
 * machine shared with other work it varies far less than the wall time.
 */
import { connectClient, DEFAULT_TEST_DATABASE_URL } from "@/lib/db/testing.ts";

/** One line of the bench's table. */
export interface ColdStartRow {
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  goal: string;
  pass: boolean | null;
}

const MAIN = new URL("../../main.ts", import.meta.url).pathname;
const BARE = new URL("baseline.ts", import.meta.url).pathname;
/** Linux's USER_HZ: the unit of the CPU times in `/proc/<pid>/stat`. */
const CLOCK_TICKS_PER_SECOND = 100;

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

/** User plus system CPU time of `pid` so far, in ms (Linux). */
async function cpuMsOf(pid: number): Promise<number> {
  const stat = await Deno.readTextFile(`/proc/${pid}/stat`);
  // Fields after the command name, which may contain spaces: utime, stime
  // are the 14th and 15th of the whole line.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 1000 /
    CLOCK_TICKS_PER_SECOND;
}

/** Resident memory of `pid` in bytes (Linux). */
async function rssOf(pid: number): Promise<number> {
  const status = await Deno.readTextFile(`/proc/${pid}/status`);
  return Number(status.match(/VmRSS:\s+(\d+) kB/)?.[1] ?? 0) * 1024;
}

interface Start {
  ms: number;
  cpuMs: number;
  child: Deno.ChildProcess;
}

/**
 * Spawns `deno run -A <script>` and polls `path` until it answers 200
 * (every 5 ms, for a precise figure; given up on after a minute).
 */
async function startUntil200(
  script: string,
  args: string[],
  path: string,
  port: number,
  env: Record<string, string>,
): Promise<Start> {
  const t = performance.now();
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", script, ...args],
    // Only what the app needs: no DATABASE_URL from this shell.
    clearEnv: true,
    env: {
      PATH: Deno.env.get("PATH") ?? "",
      HOME: Deno.env.get("HOME") ?? "",
      ...env,
    },
    stdout: "null",
    stderr: "null",
  }).spawn();
  let ms = Infinity;
  while (performance.now() - t < 60_000) {
    const ok = await fetch(`http://127.0.0.1:${port}${path}`).then((r) => {
      r.body?.cancel();
      return r.ok;
    }, () => false);
    if (ok) {
      ms = performance.now() - t;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return { ms, cpuMs: await cpuMsOf(child.pid), child };
}

async function stop(child: Deno.ChildProcess): Promise<void> {
  child.kill("SIGTERM");
  await child.status;
}

/** The app, started in production mode with `env`. */
function startApp(env: Record<string, string>): Promise<Start> {
  const port = freePort();
  return startUntil200(MAIN, [], "/readyz", port, {
    PORT: String(port),
    PORTICO_HOSTNAME: "127.0.0.1",
    ...env,
  });
}

/** The bare `Deno.serve` of the bench's baseline, to its first 200. */
function startBare(): Promise<Start> {
  const port = freePort();
  return startUntil200(BARE, [String(port)], "/", port, {});
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** `runs` starts of `start`, one after the other; medians. */
async function medianStart(
  runs: number,
  start: () => Promise<Start>,
): Promise<{ ms: number; cpuMs: number }> {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { ms, cpuMs, child } = await start();
    await stop(child);
    times.push(ms);
    cpu.push(cpuMs);
  }
  return { ms: median(times), cpuMs: median(cpu) };
}

const startFigure = (figure: { ms: number; cpuMs: number }) =>
  `${Math.round(figure.ms)} ms (CPU ${Math.round(figure.cpuMs)} ms)`;

/**
 * The cold-start rows: the embedded database on an empty data folder and
 * on a restart (in `temp`), and a production start on PostgreSQL (at
 * `DATABASE_URL`, else the test server if it answers) migrated beforehand
 * as a deploy's pre-deploy step does, with the app's memory at idle.
 */
export async function measureColdStarts(
  temp: string,
  tiny: boolean,
): Promise<ColdStartRow[]> {
  const rows: ColdStartRow[] = [];
  const runs = tiny ? 1 : 5;
  const bare = await medianStart(runs, startBare);

  // The first start creates the cluster (initdb) and migrates; a restart
  // only opens it.
  const embedded = [
    { label: "empty data folder", goalMs: 3000 },
    { label: "restart", goalMs: 1000 },
  ];
  for (const { label, goalMs } of embedded) {
    const { ms, child } = await startApp({ DATA_DIR: `${temp}/cold` });
    await stop(child);
    rows.push({
      figure: `cold start on the embedded database to the first 200 (${label})`,
      value: `${(ms / 1000).toFixed(2)} s`,
      baseline: "",
      ratio: "",
      goal: `≤ ${goalMs / 1000} s`,
      pass: ms <= goalMs,
    });
  }

  const postgresUrl = Deno.env.get("DATABASE_URL") ??
    (await connectClient(DEFAULT_TEST_DATABASE_URL, "portico-bench").then(
      async (client) => {
        await client.end();
        return DEFAULT_TEST_DATABASE_URL;
      },
      () => undefined,
    ));
  if (!postgresUrl) return rows;
  const admin = await connectClient(postgresUrl, "portico-bench");
  const name = `portico_bench_cold_${Date.now()}`;
  await admin.query(`create database "${name}"`);
  const parsed = new URL(postgresUrl);
  parsed.pathname = `/${name}`;
  const env = {
    DATABASE_URL: parsed.href,
    APP_SECRET: "bench-cold-start-secret-".padEnd(40, "x"),
  };
  try {
    const migrated = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", MAIN, "migrate"],
      env,
      stdout: "null",
      stderr: "inherit",
    }).output();
    if (!migrated.success) throw new Error("deno task migrate failed");
    // Idle: started, nothing asked of it but /readyz.
    const idle = await startApp(env);
    await new Promise((resolve) => setTimeout(resolve, tiny ? 500 : 3000));
    const idleRss = await rssOf(idle.child.pid);
    await stop(idle.child);
    const app = await medianStart(runs, () => startApp(env));
    rows.push({
      figure:
        "cold start in production on PostgreSQL (migrated) to the first 200, median",
      value: startFigure(app),
      baseline: `${startFigure(bare)} (bare Deno.serve)`,
      ratio: `${(app.ms / bare.ms).toFixed(1)}×`,
      goal: "≤ 300 ms",
      pass: app.ms <= 300,
    });
    rows.push({
      figure: "app RSS at idle after a production start on PostgreSQL",
      value: `${(idleRss / 2 ** 20).toFixed(0)} MB`,
      baseline: "",
      ratio: "",
      goal: "≤ 768 MB (Deploy's default limit)",
      pass: idleRss <= 768 * 2 ** 20,
    });
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
  return rows;
}

if (import.meta.main) {
  const temp = await Deno.makeTempDir({ prefix: "portico-cold-start-" });
  try {
    const rows = await measureColdStarts(temp, Deno.args.includes("--tiny"));
    for (const row of rows) {
      console.log(
        [row.figure, row.value, row.baseline, row.ratio, row.goal].filter(
          Boolean,
        ).join("  "),
      );
    }
  } finally {
    await Deno.remove(temp, { recursive: true });
  }
}
