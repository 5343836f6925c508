import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import {
  createClientWithContact,
  createStaff,
  signIn,
  TestClient,
} from "./helpers/http.ts";

const app = await startTestApp();
Deno.test.afterAll(() => app.close());
const { db } = app.services;

const countRows = async (table: "staff" | "auth_sessions" | "email_outbox") =>
  Number(
    (await db.selectFrom(table).select(db.fn.countAll().as("n"))
      .executeTakeFirstOrThrow()).n,
  );

Deno.test("setup creates the first admin, signs them in, then is gone", async () => {
  const client = new TestClient(app.url);
  const login = await client.request("/admin/login");
  assert.equal(login.status, 303);
  assert.equal(login.headers.get("location"), "/setup");
  await login.body?.cancel();

  const form = await client.page("/setup");
  assert.equal(form.status, 200);
  const weak = await client.post("/setup", {
    name: "Ada",
    email: "ada@example.com",
    password: "short",
  });
  assert.equal(weak.status, 422);
  assert.match(await weak.text(), /Use at least 10 characters/);

  const res = await client.post("/setup", {
    name: "Ada",
    email: "Ada@Example.com",
    password: "a long enough password",
  });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get("location"), "/admin");
  const dashboard = await client.page("/admin");
  assert.equal(dashboard.status, 200);
  // A new owner is welcomed to the setup checklist, not "back".
  assert.match(dashboard.html, /Welcome, Ada\./);
  assert.match(dashboard.html, /Your administrator account is ready/);

  const again = await new TestClient(app.url).page("/setup");
  assert.equal(again.status, 404);
});

Deno.test("session cookie: HttpOnly, SameSite=Lax, a hashed 256-bit token", async () => {
  await createStaff(db, {
    email: "cookie@example.com",
    password: "cookie password 1",
  });
  const client = new TestClient(app.url);
  await client.page("/admin/login");
  const res = await client.post("/admin/login", {
    email: "cookie@example.com",
    password: "cookie password 1",
  });
  assert.equal(res.status, 303);
  const cookie = res.headers.getSetCookie().find((c) =>
    c.startsWith("portico_staff=")
  )!;
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  assert.match(cookie, /Path=\//);
  const token = cookie.split(";")[0].split("=")[1];
  assert.equal(token.length, 43, "256 bits, base64url");
  const stored = await db.selectFrom("auth_sessions").select("token_hash")
    .execute();
  assert.ok(
    stored.every((s) => s.token_hash !== token),
    "only the hash is stored",
  );
  assert.ok(stored.some((s) => /^[0-9a-f]{64}$/.test(s.token_hash)));
});

Deno.test("Secure cookies with the __Host- prefix when served over https", async () => {
  const https = await startTestApp({
    env: { APP_URL: "https://portico.example" },
  });
  try {
    const res = await https.request("/admin/login");
    const csrf = res.headers.getSetCookie().find((c) =>
      c.includes("portico_csrf=")
    )!;
    assert.match(csrf, /^__Host-portico_csrf=.*Secure/);
    assert.match(res.headers.get("strict-transport-security")!, /max-age=/);
    await res.body?.cancel();
  } finally {
    await https.close();
  }
});

Deno.test("a wrong password and an unknown account get the same answer", async () => {
  await createStaff(db, {
    email: "same@example.com",
    password: "right password 1",
  });
  const client = new TestClient(app.url);
  await client.page("/admin/login");
  const wrong = await client.post("/admin/login", {
    email: "same@example.com",
    password: "nope",
  });
  const unknown = await client.post("/admin/login", {
    email: "other@example.com",
    password: "nope",
  });
  assert.equal(wrong.status, 401);
  assert.equal(unknown.status, 401);
  const normalise = (html: string) =>
    html.replace(/value="[^"]*@example.com"/, "");
  assert.equal(normalise(await wrong.text()), normalise(await unknown.text()));
});

Deno.test("a POST without a valid CSRF token is 403 and changes nothing", async () => {
  await createStaff(db, {
    email: "csrf@example.com",
    password: "csrf password 12",
  });
  const before = await countRows("auth_sessions");
  const client = new TestClient(app.url);
  await client.page("/admin/login");
  const missing = await client.post("/admin/login", {
    email: "csrf@example.com",
    password: "csrf password 12",
  }, { csrf: false });
  assert.equal(missing.status, 403);
  assert.match(await missing.text(), /This form has expired/);
  const forged = await client.request("/admin/login", {
    method: "POST",
    body: new URLSearchParams({
      _csrf: "forged",
      email: "csrf@example.com",
      password: "csrf password 12",
    }),
  });
  assert.equal(forged.status, 403);
  await forged.body?.cancel();
  const crossSite = await client.request("/admin/login", {
    method: "POST",
    headers: { origin: "https://evil.example" },
    body: new URLSearchParams({
      _csrf: client.csrf!,
      email: "csrf@example.com",
      password: "csrf password 12",
    }),
  });
  assert.equal(crossSite.status, 403);
  await crossSite.body?.cancel();
  assert.equal(
    await countRows("auth_sessions"),
    before,
    "no session was created",
  );
});

Deno.test("sign out everywhere ends every session of that person", async () => {
  await createStaff(db, {
    email: "many@example.com",
    password: "many devices 12",
  });
  const laptop = await signIn(
    app.url,
    "admin",
    "many@example.com",
    "many devices 12",
  );
  const phone = await signIn(
    app.url,
    "admin",
    "many@example.com",
    "many devices 12",
  );
  const res = await laptop.post("/admin/logout", { everywhere: "1" });
  assert.equal(res.status, 303);
  await res.body?.cancel();
  const after = await phone.request("/admin");
  assert.equal(after.status, 303);
  assert.match(after.headers.get("location")!, /^\/admin\/login/);
  await after.body?.cancel();
});

Deno.test("password reset: mailed link, single use, old sessions end", async () => {
  await createStaff(db, {
    email: "reset@example.com",
    password: "old password 123",
  });
  const session = await signIn(
    app.url,
    "admin",
    "reset@example.com",
    "old password 123",
  );
  const client = new TestClient(app.url);
  await client.page("/admin/password/forgot");
  const unknown = await client.post("/admin/password/forgot", {
    email: "nobody@example.com",
  });
  const known = await client.post("/admin/password/forgot", {
    email: "reset@example.com",
  });
  assert.equal(unknown.status, 303);
  assert.equal(known.status, 303, "same answer for both");
  const mail = await db.selectFrom("email_outbox").selectAll()
    .where("to_address", "=", "reset@example.com").executeTakeFirstOrThrow();
  assert.equal(mail.subject, "Reset your password");
  const url = new URL(mail.text.match(/http\S+password\/reset\?token=\S+/)![0]);

  const page = await client.page(url.pathname + url.search);
  assert.equal(page.status, 200);
  const token = url.searchParams.get("token")!;
  const mismatch = await client.post("/admin/password/reset", {
    token,
    password: "new password 456",
    password_repeat: "different 456",
  });
  assert.equal(mismatch.status, 422);
  await mismatch.body?.cancel();
  const done = await client.post("/admin/password/reset", {
    token,
    password: "new password 456",
    password_repeat: "new password 456",
  });
  assert.equal(done.status, 303);
  await done.body?.cancel();
  const reused = await client.post("/admin/password/reset", {
    token,
    password: "third password 789",
    password_repeat: "third password 789",
  });
  assert.equal(reused.status, 410, "the link works once");
  await reused.body?.cancel();

  const old = await session.request("/admin");
  assert.equal(old.status, 303, "sessions from before the reset are gone");
  await old.body?.cancel();
  await signIn(app.url, "admin", "reset@example.com", "new password 456");
});

Deno.test("portal contacts sign in with an emailed one-time link", async () => {
  await createClientWithContact(db, {
    email: "linky@example.com",
    name: "Linky",
  });
  const client = new TestClient(app.url);
  await client.page("/clients/login");
  const res = await client.post("/clients/login/email", {
    email: "linky@example.com",
  });
  assert.equal(res.status, 303);
  await res.body?.cancel();
  const mail = await db.selectFrom("email_outbox").select("text")
    .where("to_address", "=", "linky@example.com").executeTakeFirstOrThrow();
  const url = new URL(mail.text.match(/http\S+login\/link\?token=\S+/)![0]);
  const landing = await client.page(url.pathname + url.search);
  assert.equal(landing.status, 200, "opening the link spends nothing");
  const token = url.searchParams.get("token")!;
  const signedIn = await client.post("/clients/login/link", { token });
  assert.equal(signedIn.status, 303);
  await signedIn.body?.cancel();
  const portal = await client.page("/clients");
  assert.equal(portal.status, 200);
  assert.match(portal.html, /Welcome, Linky/);
  const again = await new TestClient(app.url).post("/clients/login/link", {
    token,
  });
  assert.equal(again.status, 410);
  await again.body?.cancel();
});

Deno.test("the locale follows Accept-Language, then the switcher's cookie", async () => {
  const client = new TestClient(app.url);
  const german = await client.request("/", {
    headers: { "accept-language": "de-DE,de;q=0.9" },
  });
  assert.match(await german.text(), /<html lang="de"/);
  await client.page("/");
  const switched = await client.post("/locale", {
    locale: "en",
    back: "/booking",
  });
  assert.equal(switched.headers.get("location"), "/booking");
  const english = await client.request("/", {
    headers: { "accept-language": "de" },
  });
  assert.match(await english.text(), /<html lang="en"/);
  const offsite = await client.post("/locale", {
    locale: "de",
    back: "//evil.example",
  });
  assert.equal(offsite.headers.get("location"), "/");
});
