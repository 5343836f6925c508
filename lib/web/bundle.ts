/**
 * Island bundles with esbuild: one content-hashed entry per island, with
 * Preact and the hydration runtime split into shared chunks. Used by
 * development (in memory, on every start) and by `deno task build`; a
 * production start never imports this module (see build.ts).
 */
import * as esbuild from "esbuild";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { IslandAsset } from "./render.ts";
import { staticFile } from "./static.ts";
import {
  BUILD_DIR,
  buildRecord,
  BUNDLE_PREFIX,
  type IslandBundles,
  type IslandSources,
  writeBuild,
} from "./build.ts";

/** Bundles the islands in memory; also returns the files they came from. */
export async function bundleIslands(
  root: string,
  islands: IslandSources,
  options: { minify: boolean },
): Promise<{ bundles: IslandBundles; sources: string[] }> {
  const runtime = fileURLToPath(new URL("./runtime.ts", import.meta.url));
  const outDir = join(root, BUILD_DIR, "js");
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
    outdir: outDir,
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

  const files: IslandBundles["files"] = new Map();
  for (const file of result.outputFiles) {
    const url = BUNDLE_PREFIX + relative(outDir, file.path);
    files.set(url, await staticFile(url, new Uint8Array(file.contents), true));
  }
  const entries: Record<string, IslandAsset> = {};
  for (const [out, meta] of Object.entries(result.metafile.outputs)) {
    if (!meta.entryPoint) continue;
    const name = meta.entryPoint.replace(/^island:/, "");
    const urlOf = (path: string) =>
      BUNDLE_PREFIX + relative(join(BUILD_DIR, "js"), path);
    entries[name] = {
      src: urlOf(out),
      imports: meta.imports.filter((i) => i.kind === "import-statement")
        .map((i) => urlOf(i.path)),
    };
  }
  return {
    bundles: { entries, files },
    sources: Object.keys(result.metafile.inputs),
  };
}

/** `deno task build`: minified bundles and their record in `<root>/_fresh/`. */
export async function writeIslandBuild(
  root: string,
  islands: IslandSources,
): Promise<string> {
  const { bundles, sources } = await bundleIslands(root, islands, {
    minify: true,
  });
  const record = await buildRecord(root, bundles.entries, sources);
  await writeBuild(root, bundles, record);
  return record.buildId;
}

/** Stops esbuild's service so the process can exit. */
export function stopBundler(): Promise<void> {
  return esbuild.stop();
}
