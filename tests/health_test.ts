import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";

Deno.test("healthz answers while the process is up; readyz when the database answers", async () => {
  const app = await startTestApp();
  try {
    const health = await fetch(`${app.url}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: "ok" });
    const ready = await fetch(`${app.url}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: "ready" });
  } finally {
    await app.close();
  }
});

Deno.test("readyz is 503 with a JSON error when the database does not answer", async () => {
  const app = await startTestApp();
  app.services.ping = () => Promise.reject(new Error("connection refused"));
  const res = await app.request("/readyz");
  await app.close();
  assert.equal(res.status, 503);
  assert.deepEqual(await res.json(), {
    error: {
      code: "DATABASE_UNAVAILABLE",
      message: "The database does not answer.",
    },
  });
});
