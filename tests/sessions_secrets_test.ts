/**
 * Sessions and secrets (docs/RELIABILITY.md): a session token planted
 * before sign-in is never adopted, emailed links expire, and nothing
 * secret is ever printed by a running app or written to the audit log.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { startChild } from "./helpers/child.ts";
import { waitFor } from "./helpers/wait.ts";
import {
  createClientWithContact,
  createStaff,
  signIn,
  TestClient,
} from "./helpers/http.ts";
import { createTestDatabase } from "@/lib/db/testing.ts";
import type { Database } from "@/lib/db/database.ts";
import { SESSION_COOKIE } from "@/lib/auth/sessions.ts";
import { freePort } from "@/lib/mail/testing.ts";

// A second process needs a database it can reach: the real server.
const embedded = Deno.env.get("PORTICO_TEST_EMBEDDED") === "1";

let clock = new Date("2026-06-01T09:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db } = app.services;

/** The token in the last mail to `to`, from a link ending in `?token=…`. */
async function mailedToken(
  db: Database,
  to: string,
  path: string,
): Promise<string> {
  const mail = await db.selectFrom("email_outbox").select("text")
    .where("to_address", "=", to).orderBy("created_at", "desc")
    .executeTakeFirstOrThrow();
  const link = mail.text.match(new RegExp(`http\\S+${path}\\?token=\\S+`));
  assert.ok(link, `a ${path} link in the mail to ${to}`);
  return new URL(link[0]).searchParams.get("token")!;
}

Deno.test("session fixation: cookies planted before sign-in are replaced, and grant nothing", async () => {
  await createStaff(db, {
    email: "fixed@example.com",
    password: "fixation password 1",
  });
  const planted = "A".repeat(43);
  const victim = new TestClient(app.url);
  victim.cookies.set(SESSION_COOKIE.staff, planted);
  await victim.page("/admin/login");
  const seedBefore = victim.cookies.get("portico_csrf");
  assert.ok(seedBefore);
  const res = await victim.post("/admin/login", {
    email: "fixed@example.com",
    password: "fixation password 1",
  });
  assert.equal(res.status, 303);
  await res.body?.cancel();
  const issued = victim.cookies.get(SESSION_COOKIE.staff);
  assert.ok(issued && issued !== planted, "a new session token is issued");
  assert.notEqual(
    victim.cookies.get("portico_csrf"),
    seedBefore,
    "the CSRF seed is replaced too",
  );
  assert.equal((await victim.page("/admin")).status, 200);

  // The attacker, holding what they planted, is still signed out.
  const attacker = new TestClient(app.url);
  attacker.cookies.set(SESSION_COOKIE.staff, planted);
  attacker.cookies.set("portico_csrf", seedBefore);
  const denied = await attacker.request("/admin");
  assert.equal(denied.status, 303);
  assert.match(denied.headers.get("location")!, /^\/admin\/login/);
  await denied.body?.cancel();
});

Deno.test("a portal sign-in link expires after 30 minutes", async () => {
  await createClientWithContact(db, { email: "late@example.com" });
  const client = new TestClient(app.url);
  await client.page("/clients/login");
  (await client.post("/clients/login/email", { email: "late@example.com" }))
    .body?.cancel();
  const token = await mailedToken(db, "late@example.com", "login/link");
  clock = new Date(clock.getTime() + 31 * 60_000);
  const expired = await client.post("/clients/login/link", { token });
  assert.equal(expired.status, 410);
  await expired.body?.cancel();
  assert.equal((await client.request("/clients")).status, 303, "signed out");
});

Deno.test("a password reset link expires after an hour and changes nothing", async () => {
  await createStaff(db, {
    email: "slow@example.com",
    password: "the old password",
  });
  const client = new TestClient(app.url);
  await client.page("/admin/password/forgot");
  (await client.post("/admin/password/forgot", { email: "slow@example.com" }))
    .body?.cancel();
  const token = await mailedToken(db, "slow@example.com", "password/reset");
  clock = new Date(clock.getTime() + 61 * 60_000);
  const expired = await client.post("/admin/password/reset", {
    token,
    password: "a new password 1",
    password_repeat: "a new password 1",
  });
  assert.equal(expired.status, 410);
  await expired.body?.cancel();
  await signIn(app.url, "admin", "slow@example.com", "the old password");
});

Deno.test({
  name:
    "nothing secret is printed by a running app or written to the audit log",
  ignore: embedded,
  async fn() {
    const database = await createTestDatabase();
    const secrets = new Map<string, string>([
      ["APP_SECRET", "logs-app-secret-".padEnd(48, "q")],
      ["staff password", "staff password in logs?"],
      ["contact password", "contact password in logs?"],
      ["SMTP password", "smtp-password-in-logs"],
    ]);
    // SMTP is down (nothing listens), so every mail fails and is retried.
    const smtpUrl = `smtp://mailer:${
      secrets.get("SMTP password")
    }@127.0.0.1:${freePort()}`;
    await createStaff(database.db, {
      email: "ops@example.com",
      password: secrets.get("staff password")!,
    });
    await createClientWithContact(database.db, {
      email: "buyer@example.com",
      password: secrets.get("contact password")!,
    });
    const child = await startChild(freePort(), {
      DATABASE_URL: database.url!,
      APP_SECRET: secrets.get("APP_SECRET")!,
      SMTP_URL: smtpUrl,
    });
    try {
      const remember = (what: string, client: TestClient) => {
        for (const [name, value] of client.cookies) {
          secrets.set(`${what} cookie ${name}`, value);
        }
        if (client.csrf) secrets.set(`${what} CSRF token`, client.csrf);
      };
      const wrong = new TestClient(child.url);
      await wrong.page("/admin/login");
      (await wrong.post("/admin/login", {
        email: "ops@example.com",
        password: "a wrong password here",
      })).body?.cancel();
      const admin = await signIn(
        child.url,
        "admin",
        "ops@example.com",
        secrets.get("staff password")!,
      );
      remember("staff", admin);

      await admin.page("/admin/licenses/api-keys");
      const created = await admin.post("/admin/licenses/api-keys", {
        intent: "create",
        name: "Log check",
        "scope.licenses:issue": "on",
      });
      const apiKey = (await created.text()).match(/pk_[\w-]{20,}/)?.[0];
      assert.ok(apiKey, "the new API key is shown once");
      secrets.set("API key", apiKey);

      const json = async (path: string, body: unknown, bearer?: string) => {
        const res = await fetch(child.url + path, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...bearer ? { authorization: `Bearer ${bearer}` } : {},
          },
          body: JSON.stringify(body),
        });
        return { status: res.status, body: await res.json() };
      };
      const issued = await json("/api/licenses", {
        product: "booking",
        email: "buyer@example.com",
        reference: "logs-1",
        type: "full",
      }, apiKey);
      assert.equal(issued.status, 201);
      secrets.set("license key", issued.body.key);
      const refused = await json("/api/licenses", {
        product: "booking",
        email: "buyer@example.com",
        reference: "logs-2",
        type: "full",
      }, apiKey.slice(0, -4) + "XXXX");
      assert.equal(refused.status, 401);
      const activated = await json("/api/licenses/activate", {
        key: issued.body.key,
        domain: "shop.example",
      });
      assert.equal(activated.status, 200);
      secrets.set("license token", activated.body.token);
      const mistyped = await json("/api/licenses/validate", {
        key: issued.body.key.slice(0, -3) + "000",
        domain: "shop.example",
      });
      assert.ok(mistyped.status >= 400 && mistyped.status < 500);

      const contact = new TestClient(child.url);
      await contact.page("/clients/login");
      (await contact.post("/clients/login/email", {
        email: "buyer@example.com",
      })).body?.cancel();
      const signInToken = await mailedToken(
        database.db,
        "buyer@example.com",
        "login/link",
      );
      secrets.set("sign-in link token", signInToken);
      await contact.page(`/clients/login/link?token=${signInToken}`);
      const linked = await contact.post("/clients/login/link", {
        token: signInToken,
      });
      assert.equal(linked.status, 303);
      await contact.page("/clients");
      remember("contact", contact);

      const forgot = new TestClient(child.url);
      await forgot.page("/admin/password/forgot");
      (await forgot.post("/admin/password/forgot", {
        email: "ops@example.com",
      })).body?.cancel();
      secrets.set(
        "password reset token",
        await mailedToken(database.db, "ops@example.com", "password/reset"),
      );

      // Wait until the worker has recorded a failed send: attempts count at
      // claim, before the send, so only last_error says it has been tried.
      await waitFor(
        "the mail worker to meet the SMTP outage",
        async () =>
          await database.db.selectFrom("email_outbox").select("id")
            .where("last_error", "is not", null).executeTakeFirst() !==
            undefined,
        30_000,
      );
    } finally {
      await child.stop();
    }

    const output = child.output();
    assert.match(output, /listening|http:\/\/127\.0\.0\.1/, "logs were read");
    const audit = JSON.stringify(
      await database.db.selectFrom("audit_log").selectAll().execute(),
    );
    assert.ok(audit.length > 2, "the audit log has entries");
    const mailErrors = JSON.stringify(
      await database.db.selectFrom("email_outbox").select("last_error")
        .execute(),
    );
    await database.drop();
    for (const [what, value] of secrets) {
      assert.ok(value.length >= 16, `${what} is long enough to search for`);
      assert.ok(
        !output.includes(value),
        `the ${what} is not in the app output`,
      );
      assert.ok(!audit.includes(value), `the ${what} is not in the audit log`);
      assert.ok(
        !mailErrors.includes(value),
        `the ${what} is not in a stored mail error`,
      );
    }
  },
});
