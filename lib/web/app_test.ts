import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { createApp } from "./app.ts";
import { generateManifest } from "./manifest.ts";
import manifest from "./testdata/fresh.gen.ts";

const fixtureRoot = fileURLToPath(new URL("./testdata", import.meta.url));
const app = await createApp(manifest, {
  dev: true,
  staticHeaders: { "x-static": "yes" },
});
const get = (path: string, init?: RequestInit) =>
  app.request(`http://localhost${path}`, init);

Deno.test("routes match with params and catch-all segments", async () => {
  const post = await get("/posts/42");
  assert.equal(post.status, 200);
  assert.match(await post.text(), /<h1>Post 42<\/h1>/);
  assert.match(await (await get("/posts/new")).text(), /New post/);
  assert.match(await (await get("/posts")).text(), /All posts/);
  assert.equal(await (await get("/files/a/b/c.txt")).text(), "file a/b/c.txt");
});

Deno.test("middleware runs outermost first, for routes and for 404s", async () => {
  const post = await get("/posts/1");
  assert.equal(post.headers.get("x-trail"), "root,posts-1,posts-2");
  assert.equal(post.headers.get("x-destination"), "route");
  await post.body?.cancel();
  const missing = await get("/posts/1/comments");
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get("x-trail"), "root,posts-1,posts-2");
  assert.equal(missing.headers.get("x-destination"), "notFound");
  assert.match(await missing.text(), /Fixture not found/);
  const elsewhere = await get("/postsx");
  assert.equal(elsewhere.headers.get("x-trail"), "root");
  await elsewhere.body?.cancel();
});

Deno.test("pages render inside their folder's layout and _app", async () => {
  const html = await (await get("/posts/7")).text();
  assert.match(
    html,
    /^<!DOCTYPE html><html>.*<div id="app"><section class="posts-layout"><h1>Post 7<\/h1><\/section><\/div>/s,
  );
  const about = await (await get("/about")).text();
  assert.ok(!about.includes("posts-layout"));
});

Deno.test("a method the route lacks is 405 with Allow; HEAD follows GET", async () => {
  const post = await get("/about", { method: "POST" });
  assert.equal(post.status, 405);
  assert.equal(post.headers.get("allow"), "GET, HEAD, OPTIONS");
  await post.body?.cancel();
  const formGet = await get("/form");
  assert.equal(formGet.status, 405);
  assert.equal(formGet.headers.get("allow"), "POST, OPTIONS");
  await formGet.body?.cancel();
  const body = new FormData();
  body.set("name", "Ada");
  const formPost = await get("/form", { method: "POST", body });
  assert.equal(formPost.status, 201);
  assert.equal(await formPost.text(), "got Ada");
  const head = await get("/about", { method: "HEAD" });
  assert.equal(head.status, 200);
  assert.match(head.headers.get("content-type")!, /text\/html/);
  const page = await (await get("/about")).text();
  assert.equal(
    head.headers.get("content-length"),
    String(new TextEncoder().encode(page).byteLength),
    "the length GET sends, not 0",
  );
  assert.equal(head.headers.get("x-trail"), "root", "middleware ran");
  assert.equal(await head.text(), "");
  const options = await get("/form", { method: "OPTIONS" });
  assert.equal(options.status, 204);
  assert.equal(options.headers.get("allow"), "POST, OPTIONS");
});

Deno.test("a trailing slash redirects (308, query kept) only to a route", async () => {
  const res = await get("/posts/7/?tab=a%20b");
  assert.equal(res.status, 308);
  assert.equal(res.headers.get("location"), "/posts/7?tab=a%20b");
  assert.equal(res.headers.get("x-trail"), null, "before any middleware");
  assert.equal((await get("/posts//")).headers.get("location"), "/posts");
  const missing = await get("/posts/1/comments/");
  assert.equal(missing.status, 404);
  await missing.body?.cancel();
  const root = await get("/");
  assert.equal(root.status, 200);
  await root.body?.cancel();
});

Deno.test("an exception renders the _500 page without details", async () => {
  const originalError = console.error;
  console.error = () => {};
  try {
    const res = await get("/boom");
    assert.equal(res.status, 500);
    const html = await res.text();
    assert.match(html, /Fixture failed/);
    assert.ok(!html.includes("secret internal detail"));
  } finally {
    console.error = originalError;
  }
});

Deno.test("an error with a status renders with that status and its headers", async () => {
  const res = await get("/forbidden");
  assert.equal(res.status, 403);
  assert.equal(res.headers.get("x-reason"), "fixture");
  assert.equal(
    res.headers.get("x-trail"),
    "root",
    "middleware saw the error page",
  );
  assert.match(await res.text(), /Fixture failed/);
  const missing = await get("/missing");
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /Fixture not found/);
});

Deno.test("an error before middleware filled the state still renders, without the layout that needs it", async () => {
  const fine = await get("/fragile");
  assert.match(await fine.text(), /class="fragile-layout"><p>hello<\/p>/);
  const originalError = console.error;
  const logged: unknown[][] = [];
  console.error = (...args: unknown[]) => void logged.push(args);
  try {
    const res = await get("/fragile?fail");
    assert.equal(res.status, 503, "the error's status, not a 500");
    assert.equal(res.headers.get("retry-after"), "7");
    assert.equal(res.headers.get("x-trail"), "root", "outer middleware ran");
    const html = await res.text();
    assert.match(html, /<div id="app"><h1>Fixture failed<\/h1><\/div>/);
    assert.ok(!html.includes("fragile-layout"));
    assert.ok(
      logged.some(([line]) => line === "the error page failed to render:"),
      "the layout's failure is logged",
    );
  } finally {
    console.error = originalError;
  }
});

Deno.test("_500's handler chooses the answer to a thrown error", async () => {
  const originalError = console.error;
  console.error = () => {};
  try {
    const res = await get("/fragile?fail&json");
    assert.equal(res.status, 503);
    assert.deepEqual(await res.json(), { failed: "store away" });
    const page = await get("/boom");
    assert.equal(page.status, 500);
    assert.match(await page.text(), /Fixture failed/);
  } finally {
    console.error = originalError;
  }
});

Deno.test("islands render with a marker, JSON props and their bundle", async () => {
  const html = await (await get("/")).text();
  assert.match(
    html,
    /<fresh-island data-island="Counter" data-index="0"><button type="button">&lt;\/script>&lt;b>x&lt;\/b>: 3<\/button><\/fresh-island>/,
  );
  assert.match(html, /<fresh-island data-island="Counter" data-index="1">/);
  const props = html.match(
    /<script type="application\/json" id="__FRSH_ISLAND_PROPS">(.*?)<\/script>/,
  );
  assert.ok(props, "props script present");
  assert.ok(!props[1].includes("</script>"), "props cannot close the script");
  assert.deepEqual(JSON.parse(props[1]), [
    { start: 3, label: "</script><b>x</b>" },
    { start: 7, label: "second" },
  ]);
  assert.match(
    html,
    /<title>Fixture home<\/title><link rel="modulepreload" href="\/_fresh\/js\/chunk-[A-Z0-9]+\.js"><\/head>/,
  );
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)">/g)];
  assert.equal(scripts.length, 1, "one script per island, not per instance");
  const bundle = await get(scripts[0][1]);
  assert.equal(bundle.status, 200);
  assert.match(bundle.headers.get("content-type")!, /javascript/);
  assert.equal(
    bundle.headers.get("cache-control"),
    "public, max-age=31536000, immutable",
  );
  assert.match(await bundle.text(), /revive\("Counter"/);
});

Deno.test("pages without islands load no script", async () => {
  const html = await (await get("/about")).text();
  assert.ok(!html.includes("<script"));
});

Deno.test("static files: type, ETag, 304, and immutable when versioned", async () => {
  const res = await get("/hello.txt");
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type")!, /^text\/plain/);
  assert.equal(
    res.headers.get("cache-control"),
    "public, max-age=0, must-revalidate",
  );
  assert.equal(
    res.headers.get("x-destination"),
    null,
    "answered before any middleware",
  );
  assert.equal(res.headers.get("x-static"), "yes", "with the static headers");
  const etag = res.headers.get("etag")!;
  assert.match(etag, /^"[0-9a-f]+"$/);
  assert.equal(await res.text(), "hello static\n");

  const cached = await get("/hello.txt", {
    headers: { "if-none-match": etag },
  });
  assert.equal(cached.status, 304);
  assert.equal(await cached.text(), "");

  const versioned = await get(`/hello.txt?v=${etag.slice(1, 9)}`);
  assert.equal(
    versioned.headers.get("cache-control"),
    "public, max-age=31536000, immutable",
  );
  await versioned.body?.cancel();
  const escaped = await get("/hello%2Etxt");
  assert.equal(await escaped.text(), "hello static\n", "the path is decoded");
  const malformed = await get("/hello%E0%A4%txt");
  assert.equal(malformed.status, 404);
  await malformed.body?.cancel();
  const posted = await get("/hello.txt", { method: "POST" });
  assert.equal(posted.status, 404);
  await posted.body?.cancel();
});

Deno.test("a route group wraps its routes in its layout and middleware, not in its name", async () => {
  const guide = await get("/guide");
  assert.equal(guide.status, 200);
  assert.equal(guide.headers.get("x-trail"), "root,docs");
  assert.match(
    await guide.text(),
    /<article class="docs-layout"><h1>The guide<\/h1><\/article>/,
  );
  const about = await get("/about");
  assert.equal(about.headers.get("x-trail"), "root");
  assert.ok(!(await about.text()).includes("docs-layout"));
  for (const path of ["/(docs)/guide", "/(_shared)/titles", "/titles"]) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    await res.body?.cancel();
  }
});

Deno.test("a private folder's files stay out of the manifest", () => {
  const keys = Object.keys(manifest.routes);
  assert.ok(keys.includes("./routes/(docs)/guide.tsx"));
  assert.ok(!keys.some((key) => key.includes("(_shared)")));
});

Deno.test("two route files on one URL are refused", async () => {
  const page = { default: () => null };
  await assert.rejects(
    () =>
      createApp({
        routes: {
          "./routes/about.tsx": page,
          "./routes/(site)/about.tsx": page,
        },
        islands: {},
        baseUrl: manifest.baseUrl,
      }),
    /both answer \/about/,
  );
});

Deno.test("the fixture manifest is current", async () => {
  const onDisk = await Deno.readTextFile(`${fixtureRoot}/fresh.gen.ts`);
  assert.equal(await generateManifest(fixtureRoot), onDisk);
});

Deno.test("a header value that cannot be written is a 500 for that request only", async () => {
  // Served for real: Deno's HTTP writer panics (and the process exits) on
  // such a value, which an in-process request would never show.
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    app.fetch,
  );
  const base = `http://127.0.0.1:${server.addr.port}`;
  try {
    for (const bad of ["%0B", "%0C", "%01", "%1F", "%7F"]) {
      const res = await fetch(`${base}/echo-header?v=a${bad}b`);
      assert.equal(res.status, 500, bad);
      assert.equal(res.headers.get("x-echo"), null);
      assert.equal(await res.text(), "Internal Server Error");
    }
    const fine = await fetch(`${base}/echo-header?v=a%09b%C3%A9`);
    assert.equal(fine.status, 200);
    assert.equal(await fine.text(), "echoed");
  } finally {
    await server.shutdown();
  }
});
