import assert from "node:assert/strict";
import {
  compareRoutePatterns,
  folderPrefix,
  isPrivateRouteFile,
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

Deno.test("route groups take no part in the URL; private folders are no routes", () => {
  assert.equal(pattern("./routes/(docs)/guide.tsx"), "/guide");
  assert.equal(pattern("./routes/admin/(shop)/[id].tsx"), "/admin/:id");
  assert.equal(pattern("./routes/(docs)/index.tsx"), "/");
  const group = folderPrefix(["admin", "(shop)"]);
  assert.ok(group.test("/admin/orders"));
  assert.ok(!group.test("/shop"));
  assert.ok(isPrivateRouteFile("./routes/admin/(_shared)/forms.ts"));
  assert.ok(!isPrivateRouteFile("./routes/admin/(shop)/forms.ts"));
  assert.ok(!isPrivateRouteFile("./routes/_middleware.ts"));
  assert.throws(
    () => parseRouteFile("./routes/(_shared)/forms.ts"),
    /private/,
  );
});
