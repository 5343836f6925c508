/**
 * `deno task manifest` writes `fresh.gen.ts`; `deno task build` writes the
 * production build to `_fresh/` (see build.ts), so a production start
 * needs no bundler. Both act on the current directory.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { islandSources } from "./build.ts";
import { stopBundler, writeIslandBuild } from "./bundle.ts";
import { generateManifest } from "./manifest.ts";
import type { Manifest } from "./types.ts";

const root = Deno.cwd();
const command = Deno.args[0];

if (command === "manifest") {
  await Deno.writeTextFile(
    join(root, "fresh.gen.ts"),
    await generateManifest(root),
  );
  console.log("fresh.gen.ts written");
} else if (command === "build") {
  const manifestUrl = pathToFileURL(join(root, "fresh.gen.ts")).href;
  const manifest: Manifest = (await import(manifestUrl)).default;
  const islands = islandSources(root, Object.keys(manifest.islands));
  const buildId = await writeIslandBuild(root, islands);
  await stopBundler();
  console.log(
    `build ${buildId}: ${
      Object.keys(islands).length
    } island bundles written to _fresh/`,
  );
} else {
  console.error("usage: deno run -A lib/web/cli.ts manifest|build");
  Deno.exit(2);
}
