/**
 * Deploying as Deno Deploy runs Portico: crons found at the entry's top
 * level, migrations as a step before the start, and a start from a
 * read-only copy of a checkout plus its `_fresh/` build, with no writes,
 * no subprocess and no `node_modules/`, against PostgreSQL.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  createEmptyTestDatabase,
  createTestDatabase,
} from "@/lib/db/testing.ts";
import { CRON_GROUPS, MAX_CRONS } from "@/lib/jobs.ts";
import { waitFor } from "./helpers/wait.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const MAIN_URL = new URL("../main.ts", import.meta.url).href;
const APP_SECRET = "deploy-test-secret-".padEnd(40, "x");
const embedded = Deno.env.get("PORTICO_TEST_EMBEDDED") === "1";

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

/** Runs `deno <args>` in `cwd` to its end; the output, interleaved. */
async function deno(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args,
    cwd,
    env,
    stdin: "null",
  }).output();
  const decoder = new TextDecoder();
  return { code, output: decoder.decode(stdout) + decoder.decode(stderr) };
}

/** A copy of the checkout as git would give it: tracked and unignored files. */
async function copyCheckout(to: string): Promise<void> {
  const { stdout } = await new Deno.Command("git", {
    args: ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    cwd: ROOT,
  }).output();
  for (const file of new TextDecoder().decode(stdout).split("\0")) {
    if (!file) continue;
    const source = join(ROOT, file);
    // Deleted in the worktree but still in the index.
    if (!await Deno.stat(source).then(() => true, () => false)) continue;
    await Deno.mkdir(join(to, file, ".."), { recursive: true });
    await Deno.copyFile(source, join(to, file));
  }
}

async function copyDir(from: string, to: string): Promise<void> {
  await Deno.mkdir(to, { recursive: true });
  for await (const entry of Deno.readDir(from)) {
    if (entry.isDirectory) {
      await copyDir(join(from, entry.name), join(to, entry.name));
    } else await Deno.copyFile(join(from, entry.name), join(to, entry.name));
  }
}

async function makeReadOnly(dir: string): Promise<void> {
  for await (const entry of Deno.readDir(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory) await makeReadOnly(path);
    await Deno.chmod(path, entry.isDirectory ? 0o555 : 0o444);
  }
  await Deno.chmod(dir, 0o555);
}

async function makeWritable(dir: string): Promise<void> {
  await Deno.chmod(dir, 0o755);
  for await (const entry of Deno.readDir(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory) await makeWritable(path);
    else await Deno.chmod(path, 0o644);
  }
}

/** Production permissions: no writes, no subprocesses, no node_modules. */
const PRODUCTION_RUN = [
  "run",
  "--allow-net",
  "--allow-env",
  "--allow-read",
  "--allow-sys",
  "--deny-write",
  "--deny-run",
  "--node-modules-dir=none",
  "main.ts",
];

Deno.test("every cron is registered at the top level, before the entry module awaits anything", async () => {
  // Deno Deploy evaluates the entry's top-level code to find its crons;
  // this start ends at its first statement (no DATABASE_URL on Deploy).
  const { code, output } = await deno(ROOT, [
    "eval",
    `Object.defineProperty(Deno, "cron", {
      value: (name, schedule) => console.log("cron " + JSON.stringify([name, schedule])),
    });
    await import(${JSON.stringify(MAIN_URL)});`,
  ], { DENO_DEPLOY: "1", DATABASE_URL: "" });
  assert.equal(code, 1, output);
  const crons = output.split("\n").filter((line) => line.startsWith("cron "))
    .map((line) => JSON.parse(line.slice(5)) as [string, string]);
  assert.deepEqual(
    crons.map(([, schedule]) => schedule),
    CRON_GROUPS.map((group) => group.schedule),
    output,
  );
  assert.ok(crons.length <= MAX_CRONS);
  assert.ok(
    output.indexOf("cron ") < output.indexOf("DATABASE_URL"),
    "registered before configuration is read",
  );
});

/**
 * Packages a start must not evaluate: each is needed only by some later
 * request or job, or only outside production, and loading them cost a cold
 * start most of its time (docs/PERFORMANCE.md). They are imported with
 * `import()` where they are used.
 */
const LOADED_ON_FIRST_USE = [
  /^esbuild\b/, // development and `deno task build` only
  /^@electric-sql\/pglite\b/, // the embedded database only
  /^kysely-pglite-dialect\b/,
  /^pdf-lib\b/, // the first PDF
  /^@pdf-lib\/fontkit\b/,
  /^xmlbuilder2\b/, // the first e-invoice
  /^fflate\b/, // the first accountant export
  /^qrcode\b/, // the first bank transfer QR code
  /^stripe\b/, // the first card payment
  /^nodemailer$/, // the first email sent (its address parser is small)
  /^temporal-polyfill\b/, // a runtime without Temporal only
  /^node:zlib$/, // the first compressed answer
];

Deno.test("a production start evaluates none of the libraries only later requests need", async () => {
  const { code, output } = await deno(ROOT, ["info", "--json", "main.ts"]);
  assert.equal(code, 0, output);
  const graph = JSON.parse(output) as {
    roots: string[];
    redirects: Record<string, string>;
    modules: {
      specifier: string;
      dependencies?: {
        code?: { specifier: string };
        isDynamic?: boolean;
      }[];
    }[];
  };
  const modules = new Map(graph.modules.map((m) => [m.specifier, m]));
  // Packages and built-ins reached through static value imports only:
  // `import type` is erased and `import()` runs when its code does.
  const reached = new Set<string>();
  const seen = new Set<string>();
  const visit = (specifier: string) => {
    const url = graph.redirects[specifier] ?? specifier;
    if (seen.has(url)) return;
    seen.add(url);
    const npm = url.match(/^npm:\/?((?:@[^/]+\/)?[^@/]+)@[^/]+(\/.*)?$/);
    if (npm) return void reached.add(npm[1] + (npm[2] ?? ""));
    if (url.startsWith("node:")) return void reached.add(url);
    for (const dependency of modules.get(url)?.dependencies ?? []) {
      if (dependency.code && !dependency.isDynamic) {
        visit(dependency.code.specifier);
      }
    }
  };
  visit(graph.roots[0]);
  assert.ok(reached.has("pg"), "the walk reaches the packages a start needs");
  const loaded = [...reached].filter((name) =>
    LOADED_ON_FIRST_USE.some((pattern) => pattern.test(name))
  );
  assert.deepEqual(loaded, []);
});

Deno.test({
  name:
    "a production start refuses a database that is behind the code, in one line; after deno task migrate it serves",
  ignore: embedded,
  async fn() {
    const database = await createEmptyTestDatabase();
    const env = {
      DATABASE_URL: database.url,
      APP_SECRET,
      PORT: String(freePort()),
      PORTICO_HOSTNAME: "127.0.0.1",
    };
    try {
      const refused = await deno(ROOT, ["run", "-A", "main.ts"], env);
      assert.equal(refused.code, 1, refused.output);
      const lines = refused.output.split("\n").filter((line) =>
        line.includes("behind the code")
      );
      assert.equal(lines.length, 1, refused.output);
      assert.match(lines[0], /0001_core.*run `deno task migrate`/);
      assert.ok(!refused.output.includes("    at "), "no stack trace");

      const migrated = await deno(ROOT, ["task", "migrate"], env);
      assert.equal(migrated.code, 0, migrated.output);
      assert.match(migrated.output, /migrations applied: 0001_core/);

      const child = new Deno.Command(Deno.execPath(), {
        args: ["run", "-A", "main.ts"],
        cwd: ROOT,
        env,
        stdout: "null",
        stderr: "null",
      }).spawn();
      try {
        await waitFor("/readyz to answer 200", async () => {
          const res = await fetch(`http://127.0.0.1:${env.PORT}/readyz`)
            .catch(() => undefined);
          await res?.body?.cancel();
          return res?.status === 200;
        }, 20_000);
      } finally {
        child.kill("SIGTERM");
        await child.status;
      }
    } finally {
      await database.drop();
    }
  },
});

Deno.test({
  name:
    "a read-only copy of the checkout plus its build serves in production on Deno Deploy: no writes, no subprocess, no node_modules",
  ignore: embedded,
  async fn(t) {
    const temp = await Deno.makeTempDir();
    const app = join(temp, "app");
    const database = await createTestDatabase();
    try {
      await copyCheckout(app);

      await t.step(
        "without a build, the start fails at once in one line",
        async () => {
          const { code, output } = await deno(app, PRODUCTION_RUN, {
            DENO_DEPLOY: "1",
            DATABASE_URL: database.url!,
            APP_SECRET,
          });
          assert.equal(code, 1, output);
          assert.equal(output.trim().split("\n").length, 1, output);
          assert.match(output, /run `deno task build`$/m);
        },
      );

      const built = await deno(ROOT, ["task", "build"]);
      assert.equal(built.code, 0, built.output);
      await copyDir(join(ROOT, "_fresh"), join(app, "_fresh"));
      await makeReadOnly(app);

      await t.step(
        "with the build, every kind of page and asset answers 200",
        async () => {
          const port = freePort();
          const child = new Deno.Command(Deno.execPath(), {
            args: PRODUCTION_RUN,
            cwd: app,
            env: {
              DENO_DEPLOY: "1",
              DATABASE_URL: database.url!,
              APP_SECRET,
              PORT: String(port),
              PORTICO_HOSTNAME: "127.0.0.1",
              APP_URL: `http://127.0.0.1:${port}`,
            },
            stdin: "null",
            stdout: "piped",
            stderr: "piped",
          }).spawn();
          let output = "";
          const collect = (stream: ReadableStream<Uint8Array<ArrayBuffer>>) =>
            stream.pipeThrough(new TextDecoderStream()).pipeTo(
              new WritableStream({ write: (chunk) => void (output += chunk) }),
            );
          const drained = Promise.all([
            collect(child.stdout),
            collect(child.stderr),
          ]);
          const base = `http://127.0.0.1:${port}`;
          const get = async (path: string) => {
            const res = await fetch(base + path);
            return { status: res.status, body: await res.text() };
          };
          try {
            await waitFor("/readyz to answer 200", async () => {
              const res = await fetch(`${base}/readyz`).catch(() => undefined);
              await res?.body?.cancel();
              return res?.status === 200;
            }, 20_000).catch((error) => {
              throw new Error(`${error}\n${output}`);
            });
            const pages: Record<string, string> = {};
            for (const path of ["/healthz", "/", "/booking", "/shop"]) {
              const { status, body } = await get(path);
              assert.equal(status, 200, `${path}\n${output}`);
              pages[path] = body;
            }
            const html = Object.values(pages).join("\n");
            const island = html.match(/\/_fresh\/js\/island_[\w-]+\.js/)?.[0];
            assert.ok(island, "a page loads an island bundle");
            assert.equal((await get(island)).status, 200, island);
            const stylesheet = html.match(/href="(\/[^"]+\.css[^"]*)"/)?.[1];
            assert.ok(stylesheet, "a page links a stylesheet");
            assert.equal((await get(stylesheet)).status, 200, stylesheet);
          } finally {
            child.kill("SIGTERM");
            await child.status;
            await drained;
          }
          assert.ok(!/PermissionDenied|NotCapable/.test(output), output);
        },
      );
    } finally {
      await makeWritable(temp).catch(() => {});
      await Deno.remove(temp, { recursive: true });
      await database.drop();
    }
  },
});
