/**
 * Redirect targets taken from requests (`back=`, `next=`) are same-site
 * paths made of safe characters, or the page's default. Served over real
 * HTTP: a value Deno cannot write in `Location` used to end the process.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createClientWithContact, signIn, TestClient } from "./helpers/http.ts";

const app = await startTestApp();
Deno.test.afterAll(() => app.close());

const HOSTILE = [
  "/\x0bx",
  "/\fx",
  "/\x01x",
  "/\x1fx",
  "/\x7fx",
  "/\t/127.0.0.1/b",
  "/%09/evil.example",
  "//evil.example",
  "/\\evil.example",
  "/%2F%2Fevil.example",
  "/\u2028x",
  "https://evil.example/",
];

async function location(res: Response): Promise<string | null> {
  await res.body?.cancel();
  assert.equal(res.status, 303);
  return res.headers.get("location");
}

Deno.test("the language switcher goes back only to a safe path", async () => {
  const visitor = new TestClient(app.url);
  await visitor.page("/booking");
  for (const back of HOSTILE) {
    const res = await visitor.post("/locale", { locale: "de", back });
    assert.equal(await location(res), "/", JSON.stringify(back));
  }
  const res = await visitor.post("/locale", {
    locale: "en",
    back: "/booking?service=a&day=2027-01-05",
  });
  assert.equal(await location(res), "/booking?service=a&day=2027-01-05");
  assert.equal((await fetch(`${app.url}/healthz`)).status, 200);
});

Deno.test("portal sign-in and consent go on only to a safe path", async () => {
  await createClientWithContact(app.services.db, {
    email: "next@example.com",
    password: "a long portal password",
  });
  for (const next of HOSTILE.slice(0, 6)) {
    const visitor = new TestClient(app.url);
    await visitor.page("/clients/login");
    const res = await visitor.post("/clients/login", {
      email: "next@example.com",
      password: "a long portal password",
      next,
    });
    assert.equal(await location(res), "/clients", JSON.stringify(next));
  }
  const contact = await signIn(
    app.url,
    "clients",
    "next@example.com",
    "a long portal password",
  );
  for (const back of HOSTILE) {
    const res = await contact.post("/clients/consent", {
      choice: "granted",
      back,
    });
    assert.equal(await location(res), "/clients", JSON.stringify(back));
  }
  assert.equal((await fetch(`${app.url}/healthz`)).status, 200);
});
