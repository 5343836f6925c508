import assert from "node:assert/strict";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import {
  addVary,
  compressResponse,
  MIN_COMPRESSED_BYTES,
  preferredCoding,
} from "./compress.ts";
import { serveStaticFile, staticFile } from "./static.ts";

const page = "<p>Portico</p>".repeat(200);
const get = (encoding: string, method = "GET") =>
  new Request("http://localhost/", {
    method,
    headers: { "accept-encoding": encoding },
  });
const html = (body: string | null, headers: Record<string, string> = {}) =>
  new Response(body, {
    headers: { "content-type": "text/html; charset=utf-8", ...headers },
  });

Deno.test("Accept-Encoding: the client's weights, brotli on a tie, none when refused", () => {
  assert.equal(preferredCoding(null), undefined);
  assert.equal(preferredCoding(""), undefined);
  assert.equal(preferredCoding("identity"), undefined);
  assert.equal(preferredCoding("gzip, deflate, br"), "br");
  assert.equal(preferredCoding("gzip"), "gzip");
  assert.equal(preferredCoding("br;q=0.5, gzip;q=0.8"), "gzip");
  assert.equal(preferredCoding("BR;Q=1"), "br");
  assert.equal(preferredCoding("br;q=0, gzip;q=0"), undefined);
  assert.equal(preferredCoding("*"), "br");
  assert.equal(preferredCoding("*;q=0.1, br;q=0"), "gzip");
  assert.equal(preferredCoding("gzip;q=nonsense"), undefined);
});

Deno.test("Vary lists each header once", () => {
  const headers = new Headers({ vary: "Cookie" });
  addVary(headers, "Accept-Encoding");
  addVary(headers, "accept-encoding");
  assert.equal(headers.get("vary"), "Cookie, Accept-Encoding");
  const any = new Headers({ vary: "*" });
  addVary(any, "Cookie");
  assert.equal(any.get("vary"), "*");
});

Deno.test("a page is compressed, never for HEAD, and not when small, coded already or an event stream", async () => {
  const br = await compressResponse(get("br"), html(page));
  assert.equal(br.headers.get("content-encoding"), "br");
  assert.equal(br.headers.get("vary"), "Accept-Encoding");
  assert.equal(
    new TextDecoder().decode(
      brotliDecompressSync(new Uint8Array(await br.arrayBuffer())),
    ),
    page,
  );
  const gzip = await compressResponse(get("gzip"), html(page));
  assert.equal(
    new TextDecoder().decode(
      gunzipSync(new Uint8Array(await gzip.arrayBuffer())),
    ),
    page,
  );

  const small = await compressResponse(
    get("br"),
    html("x".repeat(MIN_COMPRESSED_BYTES - 1)),
  );
  assert.equal(small.headers.get("content-encoding"), null);
  assert.equal(small.headers.get("vary"), "Accept-Encoding");
  assert.equal((await small.text()).length, MIN_COMPRESSED_BYTES - 1);

  const coded = html(page, { "content-encoding": "identity" });
  assert.equal(await compressResponse(get("br"), coded), coded);
  const events = new Response(page, {
    headers: { "content-type": "text/event-stream" },
  });
  assert.equal(await compressResponse(get("br"), events), events);
  const image = new Response(page, {
    headers: { "content-type": "image/png" },
  });
  assert.equal(await compressResponse(get("br"), image), image);
  const head = await compressResponse(get("br", "HEAD"), html(page));
  assert.equal(head.headers.get("content-encoding"), null);
});

Deno.test("a static file is compressed once per coding, then served from memory", async () => {
  const css = new TextEncoder().encode("body { color: teal; }\n".repeat(100));
  const file = await staticFile("/styles.css", css, true);
  const first = await serveStaticFile(get("br"), file, false);
  assert.equal(first.headers.get("content-encoding"), "br");
  const cachedBody = file.codings.get("br");
  assert.ok(cachedBody, "kept with the file");
  const second = await serveStaticFile(get("gzip;q=0.1, br"), file, false);
  assert.equal(file.codings.get("br"), cachedBody, "not compressed again");
  assert.deepEqual(
    new Uint8Array(await second.arrayBuffer()),
    await cachedBody,
  );
  await first.body?.cancel();
  assert.equal(file.codings.size, 1, "gzip was never asked for");

  // Too small to gain: sent as it is, and nothing is kept.
  const tiny = await staticFile("/tiny.js", new Uint8Array(10), true);
  const res = await serveStaticFile(get("br"), tiny, false);
  assert.equal(res.headers.get("content-encoding"), null);
  assert.equal(tiny.codings.size, 0);
  await res.body?.cancel();
});

Deno.test("an answer the client takes uncompressed is sent as it is, Vary added", async () => {
  const res = html(page);
  const plain = await compressResponse(get(""), res);
  // The same response: its string body keeps Deno's fast path.
  assert.equal(plain, res);
  assert.equal(plain.headers.get("vary"), "Accept-Encoding");
  assert.equal(await plain.text(), page);

  // Immutable headers (an answer from fetch, a redirect) are copied.
  const immutable = await fetch(`data:text/html,${encodeURIComponent(page)}`);
  const copied = await compressResponse(get(""), immutable);
  assert.equal(copied.headers.get("vary"), "Accept-Encoding");
  assert.equal(await copied.text(), page);
});
