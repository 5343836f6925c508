/**
 * The production build in `_fresh/`: the island bundles plus
 * `_fresh/build.json`, which names the build and lists the project's own
 * source files it was made from with their hashes. A production start
 * only reads these files: it needs neither esbuild (nor any other
 * subprocess) nor `node_modules/`, and refuses a build whose sources have
 * changed since. Bundling itself lives in `bundle.ts`, which production
 * never imports.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IslandAsset } from "./render.ts";
import type { Manifest } from "./types.ts";
import { type StaticFile, staticFile } from "./static.ts";

export const BUNDLE_PREFIX = "/_fresh/js/";
export const BUILD_DIR = "_fresh";
const BUILD_FILE = "build.json";
/**
 * Files outside the import graph that change what a bundle contains: the
 * package versions. (`deno.json` does not: esbuild reads neither its
 * imports nor its compiler options, see bundle.ts.)
 */
const BUILD_CONFIG_FILES = ["deno.lock"];

export interface IslandBundles {
  entries: Record<string, IslandAsset>;
  files: Map<string, StaticFile>;
}

/** A production build, as a start loads it. */
export interface IslandBuild extends IslandBundles {
  /** Hash of every input: the same sources give the same id. */
  buildId: string;
}

/** `_fresh/build.json`. */
export interface BuildRecord {
  buildId: string;
  entries: Record<string, IslandAsset>;
  /** Project file (relative to the root) → SHA-256 of its content. */
  inputs: Record<string, string>;
}

/** Island name → absolute file path. */
export type IslandSources = Record<string, string>;

/** A production start found no usable build; says how to make one. */
export class BuildMissingError extends Error {
  constructor(reason: string) {
    super(
      `No valid production build in ${BUILD_DIR}/ (${reason}): run \`deno task build\``,
    );
    this.name = "BuildMissingError";
  }
}

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

export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest))
    .map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Whether a bundler input is one of the project's own files. Packages
 * (`node_modules/`, Deno's cache) are left out: their versions are pinned
 * by `deno.lock`, which is hashed instead, and their paths differ between
 * the machine that builds and the one that starts.
 */
export function isProjectSource(input: string): boolean {
  return !input.includes("node_modules/") && !input.startsWith("../") &&
    !input.startsWith("/") && !input.includes(":");
}

/** The hashes of `files` (relative to `root`) that exist. */
async function hashFiles(
  root: string,
  files: string[],
): Promise<Record<string, string>> {
  // All at once: a production start waits for these before it listens.
  const hashed = await Promise.all(files.map(async (file) => {
    const content = await Deno.readFile(join(root, file)).catch(() => null);
    return content && [file, await sha256(content)] as const;
  }));
  return Object.fromEntries(hashed.filter((entry) => entry !== null));
}

async function buildIdOf(inputs: Record<string, string>): Promise<string> {
  const listing = Object.keys(inputs).sort()
    .map((file) => `${file} ${inputs[file]}\n`).join("");
  return (await sha256(new TextEncoder().encode(listing))).slice(0, 16);
}

/** The record of a build from `sources` (project files) of `root`. */
export async function buildRecord(
  root: string,
  entries: Record<string, IslandAsset>,
  sources: string[],
): Promise<BuildRecord> {
  const inputs = await hashFiles(root, [
    ...sources.filter(isProjectSource),
    ...BUILD_CONFIG_FILES,
  ]);
  return { buildId: await buildIdOf(inputs), entries, inputs };
}

/** Writes `bundles` and their record to `<root>/_fresh/`, replacing it. */
export async function writeBuild(
  root: string,
  bundles: IslandBundles,
  record: BuildRecord,
): Promise<void> {
  const outDir = join(root, BUILD_DIR, "js");
  await Deno.remove(join(root, BUILD_DIR), { recursive: true })
    .catch(() => {});
  await Deno.mkdir(outDir, { recursive: true });
  for (const [url, file] of bundles.files) {
    await Deno.writeFile(
      join(outDir, url.slice(BUNDLE_PREFIX.length)),
      file.body,
    );
  }
  await Deno.writeTextFile(
    join(root, BUILD_DIR, BUILD_FILE),
    JSON.stringify(record, null, 2) + "\n",
  );
}

/**
 * The build in `<root>/_fresh/` for `islands`, read without writing
 * anything; `BuildMissingError` when there is none or its sources changed.
 */
export async function loadBuild(
  root: string,
  islands: IslandSources,
): Promise<IslandBuild> {
  let record: BuildRecord;
  try {
    record = JSON.parse(
      await Deno.readTextFile(join(root, BUILD_DIR, BUILD_FILE)),
    );
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new BuildMissingError(`${BUILD_DIR}/${BUILD_FILE} not found`);
    }
    throw new BuildMissingError(`${BUILD_DIR}/${BUILD_FILE} unreadable`);
  }
  const names = Object.keys(islands).sort().join();
  if (Object.keys(record.entries ?? {}).sort().join() !== names) {
    throw new BuildMissingError("the islands changed");
  }
  const current = await hashFiles(root, Object.keys(record.inputs ?? {}));
  for (const [file, hash] of Object.entries(record.inputs)) {
    if (current[file] !== hash) {
      throw new BuildMissingError(`${file} changed since the build`);
    }
  }
  const outDir = join(root, BUILD_DIR, "js");
  const bundleNames = await Array.fromAsync(
    Deno.readDir(outDir),
    (entry) => entry.name,
  );
  const files = new Map<string, StaticFile>(
    await Promise.all(bundleNames.map(async (name) => {
      const url = BUNDLE_PREFIX + name;
      const body = await Deno.readFile(join(outDir, name));
      return [url, await staticFile(url, body, true)] as const;
    })),
  );
  const missing = Object.values(record.entries)
    .flatMap((entry) => [entry.src, ...entry.imports])
    .find((url) => !files.has(url));
  if (missing) throw new BuildMissingError(`${missing} is missing`);
  return { entries: record.entries, files, buildId: record.buildId };
}

/** The project folder of `manifest` (where `fresh.gen.ts` lies). */
export function manifestRoot(manifest: Manifest): string {
  return dirname(fileURLToPath(manifest.baseUrl));
}

/** The production build of `manifest`'s project (see `loadBuild`). */
export function loadManifestBuild(manifest: Manifest): Promise<IslandBuild> {
  const root = manifestRoot(manifest);
  return loadBuild(root, islandSources(root, Object.keys(manifest.islands)));
}
