import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { generateManifest } from "@/lib/web/manifest.ts";

Deno.test("fresh.gen.ts lists every route and island (run `deno task manifest`)", async () => {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const onDisk = await Deno.readTextFile(`${root}/fresh.gen.ts`);
  assert.equal(
    await generateManifest(root),
    onDisk,
    "fresh.gen.ts is stale: run `deno task manifest` and commit it",
  );
});
