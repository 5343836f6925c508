import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import {
  islandSources,
  loadIslandSnapshot,
  stopBundler,
  writeIslandBundles,
} from "./build.ts";
import manifest from "./testdata/fresh.gen.ts";

const root = fileURLToPath(new URL("./testdata", import.meta.url));
const sources = islandSources(root, Object.keys(manifest.islands));

Deno.test("a written build is used while its inputs are unchanged", async () => {
  await writeIslandBundles(root, sources);
  try {
    const built = await loadIslandSnapshot(root, sources);
    assert.ok(built, "snapshot accepted");
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

    const snapshotPath = `${root}/_fresh/snapshot.json`;
    const snapshot = JSON.parse(await Deno.readTextFile(snapshotPath));
    const input = Object.keys(snapshot.inputs).find((i) =>
      i.endsWith("Counter.tsx")
    )!;
    snapshot.inputs[input] = "0".repeat(64);
    await Deno.writeTextFile(snapshotPath, JSON.stringify(snapshot));
    assert.equal(
      await loadIslandSnapshot(root, sources),
      null,
      "a changed source invalidates the build",
    );
  } finally {
    await Deno.remove(`${root}/_fresh`, { recursive: true });
    await stopBundler();
  }
});
