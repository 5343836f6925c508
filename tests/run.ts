/**
 * `deno task test`: prepares what the tests need, then runs `deno test`.
 * - PostgreSQL: `TEST_DATABASE_URL`, else 127.0.0.1:5432 when it answers,
 *   else embedded PGlite (real Postgres in-process).
 * - Chromium (`CHROMIUM_PATH` or /usr/bin/chromium), wrk and Radicale: installed
 *   with apt when running as root, otherwise one line saying how.
 * - The production build in `_fresh/` (`deno task build`).
 * Extra arguments go to `deno test` (e.g. a file or `--filter`); a run
 * that outlives PORTICO_TEST_LIMIT_MINUTES (30) is stopped and fails.
 */
import { connectClient, DEFAULT_TEST_DATABASE_URL } from "@/lib/db/testing.ts";
import { chromiumPath } from "./helpers/browser.ts";

const env: Record<string, string> = {};

async function postgresAnswers(url: string): Promise<boolean> {
  try {
    const client = await connectClient(url);
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  return await Deno.stat(path).then(() => true, () => false);
}

async function run(command: string, args: string[]): Promise<boolean> {
  const { success } = await new Deno.Command(command, {
    args,
    stdout: "inherit",
    stderr: "inherit",
  }).output();
  return success;
}

const explicitUrl = Deno.env.get("TEST_DATABASE_URL");
if (explicitUrl) {
  if (!await postgresAnswers(explicitUrl)) {
    console.error(
      `TEST_DATABASE_URL does not answer: ${new URL(explicitUrl).host}`,
    );
    Deno.exit(1);
  }
} else if (!await postgresAnswers(DEFAULT_TEST_DATABASE_URL)) {
  console.log(
    "No PostgreSQL answers on 127.0.0.1:5432: tests run on embedded PGlite " +
      "(set TEST_DATABASE_URL to use a server).",
  );
  env.PORTICO_TEST_EMBEDDED = "1";
}

/** Installs a Debian package when its binary is missing (as root), or says how. */
async function ensureTool(binary: string, aptPackage: string, purpose: string) {
  if (await exists(binary)) return;
  if (Deno.uid() === 0 && await exists("/usr/bin/apt-get")) {
    console.log(
      `Installing ${aptPackage} for ${purpose} (apt-get install ${aptPackage})…`,
    );
    const installed =
      await run("apt-get", ["install", "-y", "-q", aptPackage]) ||
      (await run("apt-get", ["update", "-q"]) &&
        await run("apt-get", ["install", "-y", "-q", aptPackage]));
    if (installed) return;
  }
  console.error(
    `${binary} not found: run \`sudo apt-get install -y ${aptPackage}\` (needed for ${purpose}).`,
  );
  Deno.exit(1);
}

await ensureTool(chromiumPath(), "chromium", "the browser tests");
await ensureTool("/usr/bin/wrk", "wrk", "the benchmark harness test");
// tests/helpers/radicale.ts starts it from here.
await ensureTool("/usr/bin/radicale", "radicale", "the CalDAV sync test");

// The app under test starts in production mode, which serves the build.
if (!await run(Deno.execPath(), ["run", "-A", "lib/web/cli.ts", "build"])) {
  Deno.exit(1);
}

// A test that hangs must fail the run, not hold CI until its own limit.
const limitMinutes = Number(Deno.env.get("PORTICO_TEST_LIMIT_MINUTES") ?? 30);
const tests = new Deno.Command(Deno.execPath(), {
  args: ["test", "-A", ...Deno.args],
  env,
  stdout: "inherit",
  stderr: "inherit",
}).spawn();
const watchdog = setTimeout(() => {
  console.error(
    `deno test did not finish within ${limitMinutes} min (PORTICO_TEST_LIMIT_MINUTES): stopped.`,
  );
  tests.kill("SIGKILL");
}, limitMinutes * 60_000);
const { code } = await tests.status;
clearTimeout(watchdog);
Deno.exit(code);
