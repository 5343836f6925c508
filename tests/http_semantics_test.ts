/**
 * What clients no one here wrote expect of the server, over real HTTP:
 * HEAD, trailing slashes, compression, methods and caching headers.
 * Requests go through `node:http`, which (unlike `fetch`) neither adds
 * `Accept-Encoding` nor decodes the body, so the test sees the bytes sent.
 */
import assert from "node:assert/strict";
import { request as httpRequest } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { MIN_COMPRESSED_BYTES } from "@/lib/web/compress.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import {
  createClientWithContact,
  createStaff,
  sessionClient,
  type TestClient,
} from "./helpers/http.ts";

interface RawResponse {
  status: number;
  headers: Headers;
  body: Uint8Array;
}

/**
 * One request as sent, the answer as received. With `firstChunk` the
 * connection is closed after the first piece of body (event streams).
 */
function raw(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    firstChunk?: boolean;
  } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, {
      method: options.method ?? "GET",
      headers: options.headers,
    }, (res) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(res.headers)) {
        for (const item of [value ?? []].flat()) headers.append(name, item);
      }
      const chunks: Uint8Array[] = [];
      const done = () =>
        resolve({
          status: res.statusCode!,
          headers,
          body: new Uint8Array(Buffer.concat(chunks)),
        });
      res.on("data", (chunk: Uint8Array) => {
        chunks.push(chunk);
        if (options.firstChunk) {
          res.destroy();
          done();
        }
      });
      res.on("end", done);
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function varyOf(res: RawResponse): string[] {
  return (res.headers.get("vary") ?? "").split(",").map((v) =>
    v.trim().toLowerCase()
  );
}

/** The cookie header a signed-in test client sends. */
function cookieOf(client: TestClient): string {
  return [...client.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
}

let app: TestApp;
let staff: TestClient;
let contact: TestClient;

Deno.test({
  name: "set-up",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    app = await startTestApp();
    const staffId = await createStaff(app.services.db, {
      email: "http-staff@example.com",
      password: "correct horse battery",
    });
    staff = await sessionClient(app.url, app.services.db, "staff", staffId);
    const { contactId } = await createClientWithContact(app.services.db, {
      email: "http-contact@example.com",
    });
    contact = await sessionClient(
      app.url,
      app.services.db,
      "contact",
      contactId,
    );
  },
});

Deno.test("HEAD answers GET's status and headers with the body's length and no body", async () => {
  for (const path of ["/booking", "/shop", "/", "/healthz", "/styles.css"]) {
    const get = await raw(app.url + path);
    const head = await raw(app.url + path, { method: "HEAD" });
    assert.equal(head.status, get.status, path);
    assert.equal(head.body.byteLength, 0, path);
    assert.equal(
      head.headers.get("content-length"),
      String(get.body.byteLength),
      `${path}: the length GET sends`,
    );
    const names = (res: RawResponse) =>
      [...res.headers.keys()].filter((name) => name !== "date").sort();
    assert.deepEqual(names(head), names(get), path);
    assert.equal(
      head.headers.get("content-type"),
      get.headers.get("content-type"),
    );
  }
  // A redirect (the sign-in) keeps its status and Location.
  const head = await raw(`${app.url}/clients/orders`, { method: "HEAD" });
  assert.equal(head.status, 303);
  assert.match(head.headers.get("location")!, /^\/clients\/login\?next=/);
});

Deno.test("HEAD of an event stream ends at once, with no length", async () => {
  const head = await raw(`${app.url}/admin/activity/stream`, {
    method: "HEAD",
    headers: { cookie: cookieOf(staff) },
  });
  assert.equal(head.status, 200);
  assert.match(head.headers.get("content-type")!, /^text\/event-stream/);
  assert.equal(head.headers.get("content-length"), null);
  assert.equal(head.body.byteLength, 0);
});

Deno.test("a trailing slash is a 308 to the path without it, query kept, before sign-in", async () => {
  const cases: [string, string][] = [
    ["/booking/?service=abc&staff=any", "/booking?service=abc&staff=any"],
    ["/clients/", "/clients"],
    ["/admin/booking//", "/admin/booking"],
    ["/shop/some-product/", "/shop/some-product"],
  ];
  for (const [path, location] of cases) {
    for (const method of ["GET", "POST"]) {
      const res = await raw(app.url + path, { method });
      assert.equal(res.status, 308, `${method} ${path}`);
      assert.equal(res.headers.get("location"), location, path);
    }
  }
  // Not a route: the usual 404, and never a Location naming another host.
  for (const path of ["/no-such-page/", "//evil.example/"]) {
    const res = await raw(app.url + path);
    assert.equal(res.status, 404, path);
    assert.equal(res.headers.get("location"), null, path);
  }
});

Deno.test("pages, JSON, CSS and JavaScript go out brotli or gzip when accepted", async () => {
  const plain = await raw(`${app.url}/booking`);
  assert.equal(plain.headers.get("content-encoding"), null);
  assert.ok(varyOf(plain).includes("accept-encoding"));
  const html = new TextDecoder().decode(plain.body);

  const br = await raw(`${app.url}/booking`, {
    headers: { "accept-encoding": "gzip, deflate, br" },
  });
  assert.equal(br.headers.get("content-encoding"), "br");
  assert.ok(varyOf(br).includes("accept-encoding"));
  assert.ok(br.body.byteLength < plain.body.byteLength / 2);
  // The same page but for its form token.
  const decoded = new TextDecoder().decode(brotliDecompressSync(br.body));
  const withoutToken = (page: string) =>
    page.replace(/name="_csrf" value="[^"]+"/g, "");
  assert.equal(withoutToken(decoded), withoutToken(html));

  const gzip = await raw(`${app.url}/api/licenses/openapi.json`, {
    headers: { "accept-encoding": "gzip;q=1, br;q=0.5" },
  });
  assert.equal(gzip.headers.get("content-encoding"), "gzip");
  assert.ok(JSON.parse(new TextDecoder().decode(gunzipSync(gzip.body))));

  const refused = await raw(`${app.url}/booking`, {
    headers: { "accept-encoding": "br;q=0, gzip;q=0" },
  });
  assert.equal(refused.headers.get("content-encoding"), null);

  // Static files: compressed once and the same bytes every time, with a
  // tag of their own; a 304 and HEAD carry no coding.
  let compressedAssets = 0;
  for (const path of await assetPaths()) {
    const identity = await raw(app.url + path);
    const first = await raw(app.url + path, {
      headers: { "accept-encoding": "br" },
    });
    assert.equal(first.status, 200, path);
    if (identity.body.byteLength < MIN_COMPRESSED_BYTES) {
      assert.equal(first.headers.get("content-encoding"), null, path);
      continue;
    }
    compressedAssets++;
    assert.equal(first.headers.get("content-encoding"), "br", path);
    assert.ok(varyOf(first).includes("accept-encoding"), path);
    assert.match(first.headers.get("etag")!, /-br"$/);
    assert.deepEqual(
      new Uint8Array(brotliDecompressSync(first.body)),
      identity.body,
      path,
    );
    const again = await raw(app.url + path, {
      headers: { "accept-encoding": "br" },
    });
    assert.deepEqual(again.body, first.body, path);
    const cached = await raw(app.url + path, {
      headers: {
        "accept-encoding": "br",
        "if-none-match": first.headers.get("etag")!,
      },
    });
    assert.equal(cached.status, 304, path);
    assert.equal(cached.headers.get("content-encoding"), null, path);
    const head = await raw(app.url + path, {
      method: "HEAD",
      headers: { "accept-encoding": "br" },
    });
    assert.equal(head.headers.get("content-encoding"), null, path);
    assert.equal(
      head.headers.get("content-length"),
      String(identity.body.byteLength),
    );
  }
  assert.ok(compressedAssets >= 2, "the stylesheet and a shared chunk");
});

/** The stylesheet and the island bundles a booking page loads. */
async function assetPaths(): Promise<string[]> {
  const html = new TextDecoder().decode((await raw(`${app.url}/booking`)).body);
  const paths = [
    ...html.matchAll(/(?:href|src)="(\/[^"?]+\.(?:css|js)(?:\?v=\w+)?)"/g),
  ].map((m) => m[1]);
  assert.ok(paths.some((p) => p.includes(".css")), "a stylesheet");
  assert.ok(paths.some((p) => p.startsWith("/_fresh/js/")), "a bundle");
  return [...new Set(paths)];
}

Deno.test("tiny bodies and event streams are not compressed", async () => {
  const health = await raw(`${app.url}/healthz`, {
    headers: { "accept-encoding": "br, gzip" },
  });
  assert.equal(health.status, 200);
  assert.equal(health.headers.get("content-encoding"), null);
  assert.deepEqual(JSON.parse(new TextDecoder().decode(health.body)), {
    status: "ok",
  });
  const stream = await raw(`${app.url}/admin/activity/stream`, {
    headers: { cookie: cookieOf(staff), "accept-encoding": "br, gzip" },
    firstChunk: true,
  });
  assert.equal(stream.status, 200);
  assert.equal(stream.headers.get("content-encoding"), null);
  assert.match(new TextDecoder().decode(stream.body), /^retry: 3000/);
});

Deno.test("a method the route lacks is a 405 with Allow before the CSRF check; OPTIONS answers Allow", async () => {
  const put = await raw(`${app.url}/shop`, { method: "PUT" });
  assert.equal(put.status, 405);
  assert.equal(put.headers.get("allow"), "GET, HEAD, OPTIONS");
  assert.match(put.headers.get("content-type")!, /^text\/html/);
  assert.ok(!new TextDecoder().decode(put.body).includes("expired"));
  assert.ok(put.headers.get("content-security-policy"), "security headers");

  for (const path of ["/shop", "/admin/booking", "/api/licenses/validate"]) {
    const options = await raw(app.url + path, { method: "OPTIONS" });
    assert.equal(options.status, 204, path);
    assert.ok(options.headers.get("allow")?.includes("OPTIONS"), path);
  }
  const deleteLogin = await raw(`${app.url}/admin/login`, {
    method: "DELETE",
  });
  assert.equal(deleteLogin.status, 405);
  assert.equal(deleteLogin.headers.get("allow"), "GET, HEAD, POST, OPTIONS");
});

Deno.test("under /api an unknown path and a wrong method are JSON errors", async () => {
  const cases: [string, string, number, string][] = [
    ["GET", "/api/licenses/validate", 405, "METHOD_NOT_ALLOWED"],
    ["PUT", "/api/licenses/validate", 405, "METHOD_NOT_ALLOWED"],
    ["GET", "/api/no-such-thing", 404, "NOT_FOUND"],
    ["POST", "/api/licenses/no-such-thing", 404, "NOT_FOUND"],
  ];
  for (const [method, path, status, code] of cases) {
    const res = await raw(app.url + path, { method });
    assert.equal(res.status, status, `${method} ${path}`);
    assert.match(res.headers.get("content-type")!, /^application\/json/);
    const body = JSON.parse(new TextDecoder().decode(res.body));
    assert.equal(body.error.code, code, `${method} ${path}`);
    assert.equal(typeof body.error.message, "string");
    if (status === 405) assert.equal(res.headers.get("allow"), "POST, OPTIONS");
  }
});

Deno.test("negotiated pages vary on Accept-Language and Cookie; signed-in pages are private, no-store", async () => {
  const anonymous = await raw(`${app.url}/booking`, {
    headers: { "accept-language": "de" },
  });
  assert.ok(varyOf(anonymous).includes("accept-language"));
  assert.ok(varyOf(anonymous).includes("cookie"));
  assert.doesNotMatch(anonymous.headers.get("cache-control") ?? "", /private/);
  const chosen = await raw(`${app.url}/booking`, {
    headers: { cookie: "lang=en", "accept-language": "de" },
  });
  assert.ok(varyOf(chosen).includes("cookie"));

  for (
    const [client, path] of [[staff, "/admin"], [contact, "/clients"], [
      contact,
      "/booking",
    ]] as const
  ) {
    const res = await raw(app.url + path, {
      headers: { cookie: cookieOf(client) },
    });
    assert.equal(res.status, 200, path);
    assert.equal(res.headers.get("cache-control"), "private, no-store", path);
    assert.ok(varyOf(res).includes("cookie"), path);
  }
});

Deno.test({
  name: "tear-down",
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    await app.close();
  },
});
