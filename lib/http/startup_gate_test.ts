import assert from "node:assert/strict";
import { createStartupGate } from "./startup_gate.ts";

const info = {} as Deno.ServeHandlerInfo<Deno.NetAddr>;

Deno.test("while starting: alive, not ready, every page and API a 503 to retry", async () => {
  const gate = createStartupGate(false);
  const get = async (path: string, headers: HeadersInit = {}) =>
    await gate.fetch(
      new Request(`http://portico.test${path}`, { headers }),
      info,
    );

  assert.equal((await get("/healthz")).status, 200);
  const ready = await get("/readyz");
  assert.equal(ready.status, 503);
  assert.equal((await ready.json()).error.code, "STARTING");
  const api = await get("/api/licenses/validate");
  assert.equal(api.status, 503);
  assert.equal(api.headers.get("retry-after"), "5");
  assert.equal((await api.json()).error.code, "SERVICE_UNAVAILABLE");
  const page = await get("/booking", { "accept-language": "de-DE,de;q=0.9" });
  assert.equal(page.status, 503);
  assert.equal(page.headers.get("retry-after"), "5");
  assert.match(page.headers.get("content-type")!, /text\/html/);
  assert.ok(page.headers.get("content-security-policy"));
  const html = await page.text();
  assert.match(html, /<html lang="de">/);
  assert.match(html, /Vorübergehend nicht verfügbar/);
  const english = await get("/shop", { cookie: "lang=en" });
  assert.match(await english.text(), /Temporarily unavailable/);
});

Deno.test("once open, every request goes to the app", async () => {
  const gate = createStartupGate(false);
  gate.open((req) => new Response(`app: ${new URL(req.url).pathname}`));
  for (const path of ["/healthz", "/readyz", "/booking"]) {
    const res = await gate.fetch(
      new Request(`http://portico.test${path}`),
      info,
    );
    assert.equal(await res.text(), `app: ${path}`);
  }
});
