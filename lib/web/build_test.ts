import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import {
  BuildMissingError,
  islandSources,
  isProjectSource,
  loadBuild,
} from "./build.ts";
import { stopBundler, writeIslandBuild } from "./bundle.ts";
import manifest from "./testdata/fresh.gen.ts";

const root = fileURLToPath(new URL("./testdata", import.meta.url));
const sources = islandSources(root, Object.keys(manifest.islands));

Deno.test("a written build is used while its inputs are unchanged", async () => {
  const buildId = await writeIslandBuild(root, sources);
  try {
    const built = await loadBuild(root, sources);
    assert.equal(built.buildId, buildId);
    const entry = built.entries.Counter;
    assert.match(entry.src, /^\/_fresh\/js\/island_Counter-[A-Z0-9]+\.js$/);
    const file = built.files.get(entry.src);
    assert.ok(file?.immutable);
    // Preact and the runtime live in a chunk both islands import.
    const shared = built.entries.Toggle.imports.filter((url) =>
      entry.imports.includes(url)
    );
    assert.ok(shared.length >= 1, "islands share a chunk");
    assert.ok(shared.every((url) => built.files.has(url)));

    const recordPath = `${root}/_fresh/build.json`;
    const record = JSON.parse(await Deno.readTextFile(recordPath));
    const inputs = Object.keys(record.inputs);
    // Keyed on the project's own files, never on installed packages.
    assert.ok(
      inputs.length > 0 && inputs.every(isProjectSource),
      inputs.join(),
    );
    assert.ok(!inputs.some((input) => input.includes("node_modules")));
    const island = inputs.find((i) => i.endsWith("Counter.tsx"))!;
    record.inputs[island] = "0".repeat(64);
    await Deno.writeTextFile(recordPath, JSON.stringify(record));
    await assert.rejects(
      loadBuild(root, sources),
      (error: Error) =>
        error instanceof BuildMissingError &&
        /Counter\.tsx changed.*run `deno task build`$/.test(error.message),
      "a changed source invalidates the build",
    );
  } finally {
    await Deno.remove(`${root}/_fresh`, { recursive: true });
    await stopBundler();
  }
});

Deno.test("without a build, a production load fails in one line naming the task", async () => {
  await assert.rejects(
    loadBuild(root, sources),
    (error: Error) =>
      error instanceof BuildMissingError && !error.message.includes("\n") &&
      error.message.endsWith("run `deno task build`"),
  );
});

Deno.test("packages are not project sources", () => {
  assert.equal(isProjectSource("islands/Counter.tsx"), true);
  assert.equal(isProjectSource("lib/web/runtime.ts"), true);
  assert.equal(
    isProjectSource(
      "node_modules/.deno/preact@10.29.8/node_modules/preact/dist/preact.module.js",
    ),
    false,
  );
  assert.equal(isProjectSource("../outside.ts"), false);
  assert.equal(isProjectSource("island:Counter"), false);
});
