import assert from "node:assert/strict";
import {
  compareRoutePatterns,
  folderPrefix,
  parseRouteFile,
  routePattern,
} from "./router.ts";

const pattern = (key: string) => routePattern(parseRouteFile(key));

Deno.test("route files become URL patterns", () => {
  assert.equal(pattern("./routes/index.tsx"), "/");
  assert.equal(pattern("./routes/booking/index.tsx"), "/booking");
  assert.equal(pattern("./routes/booking/[id].tsx"), "/booking/:id");
  assert.equal(pattern("./routes/files/[...path].ts"), "/files/:path{.+}");
  assert.equal(
    pattern("./routes/api/licenses/openapi.json.ts"),
    "/api/licenses/openapi.json",
  );
  assert.throws(() => pattern("./routes/a[b].tsx"), /unsupported/);
});

Deno.test("static segments sort before params, params before catch-alls", () => {
  const sorted = ["/:rest{.+}", "/posts/:id", "/posts/new", "/posts", "/"]
    .sort(compareRoutePatterns);
  assert.ok(sorted.indexOf("/posts/new") < sorted.indexOf("/posts/:id"));
  assert.equal(sorted.at(-1), "/:rest{.+}");
});

Deno.test("folder prefixes match the folder and below, not lookalikes", () => {
  const admin = folderPrefix(["admin"]);
  assert.ok(admin.test("/admin"));
  assert.ok(admin.test("/admin/booking"));
  assert.ok(!admin.test("/administrator"));
  assert.ok(folderPrefix([]).test("/anything"));
  assert.ok(folderPrefix(["shop", "[slug]"]).test("/shop/pro/buy"));
});
