/**
 * Island bundles with esbuild: one content-hashed entry per island, with
 * Preact and the hydration runtime split into shared chunks. `deno task
 * build` writes them to `_fresh/` with a snapshot file; at start-up the
 * snapshot is used when every input it was built from is unchanged, so a
 * production start runs no esbuild.
 */
import * as esbuild from "esbuild";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { IslandAsset } from "./render.ts";
import { type StaticFile, staticFile } from "./static.ts";

export const BUNDLE_PREFIX = "/_fresh/js/";

export interface IslandBundles {
  entries: Record<string, IslandAsset>;
  files: Map<string, StaticFile>;
}

interface Snapshot {
  entries: Record<string, IslandAsset>;
  /** Input file (relative to the project root) → SHA-256 of its content. */
  inputs: Record<string, string>;
}

/** Island name → absolute file path. */
export type IslandSources = Record<string, string>;

/** `./islands/SlotPicker.tsx` → `SlotPicker`. */
export function islandName(key: string): string {
  return key.replace(/^\.\/islands\//, "").replace(/\.[jt]sx?$/, "");
}

/** The islands of a manifest by name, as absolute paths under `root`. */
export function islandSources(
  root: string,
  keys: string[],
): IslandSources {
  return Object.fromEntries(
    keys.map((key) => [islandName(key), join(root, key)]),
  );
}

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest))
    .map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Bundles the islands in memory. */
export async function bundleIslands(
  root: string,
  islands: IslandSources,
  options: { minify: boolean },
): Promise<{ bundles: IslandBundles; snapshot: Snapshot }> {
  const runtime = fileURLToPath(new URL("./runtime.ts", import.meta.url));
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.keys(islands).map((name) => `island:${name}`),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    jsx: "automatic",
    jsxImportSource: "preact",
    minify: options.minify,
    write: false,
    metafile: true,
    outdir: join(root, "_fresh", "js"),
    entryNames: "[name]-[hash]",
    chunkNames: "chunk-[hash]",
    logLevel: "silent",
    plugins: [{
      name: "portico-islands",
      setup(build) {
        build.onResolve({ filter: /^island:/ }, (args) => ({
          path: args.path.slice("island:".length),
          namespace: "island",
        }));
        build.onLoad({ filter: /.*/, namespace: "island" }, (args) => ({
          resolveDir: root,
          loader: "ts",
          contents: `import Island from ${
            JSON.stringify(islands[args.path])
          };\nimport { revive } from ${JSON.stringify(runtime)};\nrevive(${
            JSON.stringify(args.path)
          }, Island);\n`,
        }));
        // The project's `@/` import alias from deno.json.
        build.onResolve({ filter: /^@\// }, (args) => ({
          path: join(root, args.path.slice(2)),
        }));
      },
    }],
  });

  const files = new Map<string, StaticFile>();
  for (const file of result.outputFiles) {
    const url = BUNDLE_PREFIX + relative(join(root, "_fresh", "js"), file.path);
    files.set(url, await staticFile(url, new Uint8Array(file.contents), true));
  }
  const entries: Record<string, IslandAsset> = {};
  for (const [out, meta] of Object.entries(result.metafile.outputs)) {
    if (!meta.entryPoint) continue;
    const name = meta.entryPoint.replace(/^island:/, "");
    const urlOf = (path: string) =>
      BUNDLE_PREFIX + relative(join("_fresh", "js"), path);
    entries[name] = {
      src: urlOf(out),
      imports: meta.imports.filter((i) => i.kind === "import-statement")
        .map((i) => urlOf(i.path)),
    };
  }
  const inputs: Record<string, string> = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    if (input.startsWith("island:")) continue;
    inputs[input] = await sha256(await Deno.readFile(join(root, input)));
  }
  return { bundles: { entries, files }, snapshot: { entries, inputs } };
}

/** Writes bundles and their snapshot to `<root>/_fresh/`. */
export async function writeIslandBundles(
  root: string,
  islands: IslandSources,
): Promise<void> {
  const { bundles, snapshot } = await bundleIslands(root, islands, {
    minify: true,
  });
  const outDir = join(root, "_fresh", "js");
  await Deno.remove(join(root, "_fresh"), { recursive: true }).catch(() => {});
  await Deno.mkdir(outDir, { recursive: true });
  for (const [url, file] of bundles.files) {
    await Deno.writeFile(
      join(outDir, url.slice(BUNDLE_PREFIX.length)),
      file.body,
    );
  }
  await Deno.writeTextFile(
    join(root, "_fresh", "snapshot.json"),
    JSON.stringify(snapshot, null, 2),
  );
}

/** Loads `_fresh/` if it was built from the current sources, else null. */
export async function loadIslandSnapshot(
  root: string,
  islands: IslandSources,
): Promise<IslandBundles | null> {
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(
      await Deno.readTextFile(join(root, "_fresh", "snapshot.json")),
    );
  } catch {
    return null;
  }
  const names = Object.keys(islands).sort().join();
  if (Object.keys(snapshot.entries).sort().join() !== names) return null;
  for (const [input, hash] of Object.entries(snapshot.inputs)) {
    const content = await Deno.readFile(join(root, input)).catch(() => null);
    if (!content || await sha256(content) !== hash) return null;
  }
  const files = new Map<string, StaticFile>();
  const outDir = join(root, "_fresh", "js");
  for await (const entry of Deno.readDir(outDir)) {
    const url = BUNDLE_PREFIX + entry.name;
    files.set(
      url,
      await staticFile(
        url,
        await Deno.readFile(join(outDir, entry.name)),
        true,
      ),
    );
  }
  return { entries: snapshot.entries, files };
}

/** Stops esbuild's service so the process can exit. */
export function stopBundler(): Promise<void> {
  return esbuild.stop();
}
