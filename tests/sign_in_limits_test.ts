/**
 * Sign-in limits (issue 12 observation 9, issue 14 item 12): failures are
 * counted per address and per account, never successes; a success resets
 * the account's count; past its free failures an account (or address)
 * waits a delay that doubles per further failure up to 15 minutes instead
 * of a hard lock; and a device the account signed in from before (a signed
 * cookie) is not held back by the per-account count strangers ran up,
 * only by its own small budget.
 *
 * The app trusts `X-Forwarded-For`, so each request says which address it
 * comes from, and runs on a clock the tests move instead of sleeping.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import {
  createClientWithContact,
  createStaff,
  TestClient,
} from "./helpers/http.ts";

let clock = new Date("2027-03-01T08:00:00Z");
const advance = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};
const app = await startTestApp({
  env: { TRUST_PROXY: "1" },
  now: () => clock,
  licensed: false,
});
Deno.test.afterAll(() => app.close());
const { db } = app.services;

type Area = "admin" | "clients";

let addresses = 0;
/** An address no earlier request came from. */
function freshAddress(): string {
  addresses++;
  return `10.${Math.floor(addresses / 250) % 250}.${addresses % 250}.7`;
}

/**
 * A browser at the sign-in page: a new one, or one that kept only the
 * known-device cookie of `from` (its session gone, as after it expired).
 */
async function browser(area: Area, from?: TestClient): Promise<TestClient> {
  const client = new TestClient(app.url);
  for (const [name, value] of from?.cookies ?? []) {
    if (name.startsWith("portico_device_")) client.cookies.set(name, value);
  }
  await client.page(`/${area}/login`);
  return client;
}

interface Answer {
  status: number;
  retryAfter: number | null;
  html: string;
}

/** One sign-in attempt from `client` at `address`. */
async function attempt(
  client: TestClient,
  area: Area,
  fields: { email: string; password: string },
  address: string,
  locale?: string,
): Promise<Answer> {
  const res = await client.request(`/${area}/login`, {
    method: "POST",
    body: new URLSearchParams({ _csrf: client.csrf!, ...fields }),
    headers: {
      "x-forwarded-for": address,
      ...locale ? { "accept-language": locale } : {},
    },
  });
  const retryAfter = res.headers.get("retry-after");
  return {
    status: res.status,
    retryAfter: retryAfter === null ? null : Number(retryAfter),
    html: await res.text(),
  };
}

/** `count` wrong passwords for `email`, each from a new browser and address. */
async function strangers(
  area: Area,
  email: string,
  count: number,
): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const answer = await attempt(
      await browser(area),
      area,
      { email, password: `guess number ${i}` },
      freshAddress(),
    );
    statuses.push(answer.status);
  }
  return statuses;
}

/** The owner's own laptop after one good sign-in: it holds the device cookie. */
async function ownersLaptop(
  area: Area,
  credentials: { email: string; password: string },
): Promise<TestClient> {
  const laptop = await browser(area);
  const first = await attempt(laptop, area, credentials, freshAddress());
  assert.equal(first.status, 303, "the first sign-in works");
  return laptop;
}

Deno.test("ten wrong passwords from ten addresses do not keep the admin out of a device they used before", async () => {
  const owner = {
    email: "owner@example.com",
    password: "the owner's password",
  };
  await createStaff(db, owner);
  const laptop = await ownersLaptop("admin", owner);

  const statuses = await strangers("admin", owner.email, 10);
  assert.deepEqual(statuses, [...Array(5).fill(401), ...Array(5).fill(429)]);

  const back = await attempt(
    await browser("admin", laptop),
    "admin",
    owner,
    freshAddress(),
  );
  assert.equal(back.status, 303, "the known device is let in at once");

  const elsewhere = await attempt(
    await browser("admin"),
    "admin",
    { ...owner, password: "another wrong guess" },
    freshAddress(),
  );
  assert.equal(elsewhere.status, 401, "the success reset the account's count");
});

Deno.test("from a new device the owner waits at most the current delay, which doubles per failure up to 15 minutes", async () => {
  const owner = {
    email: "doubling@example.com",
    password: "doubling password 1",
  };
  await createStaff(db, owner);
  assert.deepEqual(
    await strangers("admin", owner.email, 5),
    Array(5).fill(401),
  );

  const ownerTries = async () =>
    await attempt(await browser("admin"), "admin", owner, freshAddress());
  const first = await ownerTries();
  assert.equal(first.status, 429, "even the right password waits");
  assert.equal(first.retryAfter, 30);
  assert.match(first.html, /Please try again in 30 seconds\./);

  advance(10);
  assert.equal(
    (await ownerTries()).retryAfter,
    20,
    "a refused attempt neither counts nor extends the wait",
  );

  const waits: number[] = [];
  let wait = 20;
  for (let i = 0; i < 7; i++) {
    advance(wait);
    assert.deepEqual(await strangers("admin", owner.email, 1), [401]);
    const refused = await ownerTries();
    assert.equal(refused.status, 429);
    wait = refused.retryAfter!;
    waits.push(wait);
  }
  assert.deepEqual(waits, [60, 120, 240, 480, 900, 900, 900]);
  const capped = await ownerTries();
  assert.match(capped.html, /Please try again in 15 minutes\./);

  advance(900);
  assert.equal((await ownerTries()).status, 303, "after the wait, in");
});

Deno.test("twenty successful sign-ins from one address within 15 minutes all succeed", async () => {
  const office = freshAddress();
  const credentials = {
    email: "office@example.com",
    password: "office password 1",
  };
  await createStaff(db, credentials);
  const statuses: number[] = [];
  for (let i = 0; i < 20; i++) {
    const answer = await attempt(
      await browser("admin"),
      "admin",
      credentials,
      office,
    );
    statuses.push(answer.status);
    advance(40);
  }
  assert.deepEqual(statuses, Array(20).fill(303));
});

Deno.test("a success resets the account's failure count", async () => {
  const owner = { email: "typos@example.com", password: "typo-prone password" };
  await createStaff(db, owner);
  for (let round = 0; round < 3; round++) {
    assert.deepEqual(
      await strangers("admin", owner.email, 4),
      Array(4).fill(401),
    );
    const success = await attempt(
      await browser("admin"),
      "admin",
      owner,
      freshAddress(),
    );
    assert.equal(success.status, 303, `round ${round}: the owner gets in`);
  }
  const counter = await db.selectFrom("rate_limits").select("key")
    .where("key", "=", "sign-in:staff:account:typos@example.com")
    .executeTakeFirst();
  assert.equal(counter, undefined, "nothing left to count against them");
  assert.deepEqual(
    await strangers("admin", owner.email, 6),
    [...Array(5).fill(401), 429],
    "five free failures again, then the delay",
  );
});

Deno.test("one address failing on many accounts is still slowed down", async () => {
  const attacker = freshAddress();
  const spray = async (i: number) =>
    await attempt(await browser("admin"), "admin", {
      email: `victim${i}@example.com`,
      password: "Summer2027!",
    }, attacker);
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) statuses.push((await spray(i)).status);
  assert.deepEqual(statuses, Array(30).fill(401), "an office's share of typos");

  const refused = await spray(30);
  assert.equal(refused.status, 429);
  assert.equal(refused.retryAfter, 5);
  advance(5);
  assert.equal((await spray(31)).status, 401);
  assert.equal((await spray(32)).retryAfter, 10, "the address's wait doubles");

  const neighbour = {
    email: "neighbour@example.com",
    password: "neighbour pass 1",
  };
  await createStaff(db, neighbour);
  const elsewhere = await attempt(
    await browser("admin"),
    "admin",
    neighbour,
    freshAddress(),
  );
  assert.equal(elsewhere.status, 303, "other addresses are not affected");
});

Deno.test("a stolen device cookie has its own small budget and cannot be used to guess", async () => {
  const owner = { email: "stolen@example.com", password: "stolen cookie pass" };
  await createStaff(db, owner);
  const laptop = await ownersLaptop("admin", owner);
  const thief = await browser("admin", laptop);
  const guesses: Answer[] = [];
  for (let i = 0; i < 4; i++) {
    guesses.push(
      await attempt(thief, "admin", {
        email: owner.email,
        password: `thief's guess ${i}`,
      }, freshAddress()),
    );
  }
  assert.deepEqual(guesses.map((g) => g.status), [401, 401, 401, 429]);
  assert.equal(guesses[3].retryAfter, 30);
  advance(30);
  assert.equal(
    (await attempt(
      thief,
      "admin",
      { ...owner, password: "one more" },
      freshAddress(),
    ))
      .status,
    401,
  );
  assert.equal(
    (await attempt(thief, "admin", owner, freshAddress())).retryAfter,
    60,
    "the device's wait doubles like an account's",
  );
});

Deno.test("the wait is stated in the visitor's language", async () => {
  const email = "sprachen@example.com";
  await createStaff(db, { email, password: "mehrsprachig 123" });
  await strangers("admin", email, 5);
  const ask = async (locale: string) =>
    await attempt(
      await browser("admin"),
      "admin",
      {
        email,
        password: "noch ein Versuch",
      },
      freshAddress(),
      locale,
    );
  const german = await ask("de-DE,de;q=0.9");
  assert.equal(german.status, 429);
  assert.equal(german.retryAfter, 30);
  assert.match(
    german.html,
    /Zu viele fehlgeschlagene Anmeldeversuche\. Bitte versuchen Sie es in 30 Sekunden erneut\./,
  );
  assert.match(
    german.html,
    /value="sprachen@example.com"/,
    "the email is kept",
  );
  const english = await ask("en");
  assert.match(
    english.html,
    /Too many failed sign-in attempts\. Please try again in 30 seconds\./,
  );
});

Deno.test("an unknown email is slowed down exactly like a wrong password", async () => {
  await createStaff(db, {
    email: "exists@example.com",
    password: "it does exist 1",
  });
  const emails = ["exists@example.com", "ghost@example.com"];
  const answers: Answer[] = [];
  for (const email of emails) {
    assert.deepEqual(await strangers("admin", email, 5), Array(5).fill(401));
    answers.push(
      await attempt(await browser("admin"), "admin", {
        email,
        password: "wrong again",
      }, freshAddress()),
    );
  }
  const [known, unknown] = answers;
  assert.equal(known.status, 429);
  assert.equal(unknown.status, 429);
  assert.equal(known.retryAfter, unknown.retryAfter);
  // Each came from its own browser, so only the CSRF tokens may differ.
  const normalise = (html: string) =>
    html.replace(/value="[^"]*@example.com"/, "")
      .replace(/name="_csrf" value="[^"]*"/g, "");
  assert.equal(normalise(known.html), normalise(unknown.html));
});

Deno.test("portal contacts: the same rules, and the device cookie is long-lived, HttpOnly and signed", async () => {
  const contact = {
    email: "portal@example.com",
    password: "portal password 1",
  };
  const { contactId } = await createClientWithContact(db, contact);
  const laptop = await browser("clients");
  const res = await laptop.request("/clients/login", {
    method: "POST",
    body: new URLSearchParams({ _csrf: laptop.csrf!, ...contact }),
    headers: { "x-forwarded-for": freshAddress() },
  });
  assert.equal(res.status, 303);
  await res.body?.cancel();
  const cookie = res.headers.getSetCookie().find((c) =>
    c.startsWith("portico_device_client=")
  );
  assert.ok(cookie, "the sign-in remembers the device");
  assert.match(cookie, /HttpOnly/);
  assert.match(cookie, /SameSite=Lax/);
  assert.match(cookie, /Path=\//);
  const maxAge = Number(cookie.match(/Max-Age=(\d+)/)?.[1]);
  assert.ok(maxAge >= 300 * 24 * 3600, `long-lived: ${maxAge} s`);
  assert.match(cookie, new RegExp(contactId), "it names the account");

  assert.deepEqual(
    await strangers("clients", contact.email, 8),
    [...Array(5).fill(401), ...Array(3).fill(429)],
  );
  const known = await attempt(
    await browser("clients", laptop),
    "clients",
    contact,
    freshAddress(),
  );
  assert.equal(known.status, 303, "the known device gets in");

  await strangers("clients", contact.email, 5);
  const forged = await browser("clients", laptop);
  const value = forged.cookies.get("portico_device_client")!;
  forged.cookies.set(
    "portico_device_client",
    value.replace(/[A-Za-z0-9_-]$/, (c) => c === "A" ? "B" : "A"),
  );
  const refused = await attempt(forged, "clients", contact, freshAddress());
  assert.equal(refused.status, 429, "an altered cookie is an unknown device");
});

Deno.test("over https the device cookie is Secure with the __Host- prefix", async () => {
  const https = await startTestApp({
    env: { APP_URL: "https://portico.example" },
    now: () => clock,
    licensed: false,
  });
  try {
    const credentials = {
      email: "secure@example.com",
      password: "secure password 1",
    };
    await createStaff(https.services.db, credentials);
    const page = await https.request("/admin/login");
    const html = await page.text();
    const csrf = html.match(/name="_csrf" value="([^"]+)"/)![1];
    const seed = page.headers.getSetCookie().find((c) =>
      c.startsWith("__Host-portico_csrf=")
    )!.split(";")[0];
    const res = await https.request("/admin/login", {
      method: "POST",
      body: new URLSearchParams({ _csrf: csrf, ...credentials }),
      headers: { cookie: seed, origin: "https://portico.example" },
    });
    assert.equal(res.status, 303);
    await res.body?.cancel();
    const cookie = res.headers.getSetCookie().find((c) =>
      c.startsWith("__Host-portico_device_staff=")
    );
    assert.ok(cookie, "set under the __Host- prefix");
    assert.match(cookie, /Secure/);
    assert.match(cookie, /HttpOnly/);
  } finally {
    await https.close();
  }
});

Deno.test("an emailed sign-in link counts as a success: the device is known and the count reset", async () => {
  const email = "linked@example.com";
  await createClientWithContact(db, { email, password: "linked password 1" });
  await strangers("clients", email, 5);
  const client = await browser("clients");
  const ask = await client.request("/clients/login/email", {
    method: "POST",
    body: new URLSearchParams({ _csrf: client.csrf!, email }),
    headers: { "x-forwarded-for": freshAddress() },
  });
  assert.equal(ask.status, 303);
  await ask.body?.cancel();
  const mail = await db.selectFrom("email_outbox").select("text")
    .where("to_address", "=", email).executeTakeFirstOrThrow();
  const url = new URL(mail.text.match(/http\S+login\/link\?token=\S+/)![0]);
  await client.page(url.pathname + url.search);
  const signedIn = await client.post("/clients/login/link", {
    token: url.searchParams.get("token")!,
  });
  assert.equal(signedIn.status, 303);
  await signedIn.body?.cancel();
  assert.ok(client.cookies.has("portico_device_client"), "device remembered");
  assert.deepEqual(
    await strangers("clients", email, 1),
    [401],
    "the strangers' failures were forgotten",
  );
});

Deno.test("a password reset forgets the account's failures", async () => {
  const email = "forgetful@example.com";
  await createStaff(db, { email, password: "forgotten password" });
  await strangers("admin", email, 5);
  const client = await browser("admin");
  await client.page("/admin/password/forgot");
  const ask = await client.request("/admin/password/forgot", {
    method: "POST",
    body: new URLSearchParams({ _csrf: client.csrf!, email }),
    headers: { "x-forwarded-for": freshAddress() },
  });
  assert.equal(ask.status, 303);
  await ask.body?.cancel();
  const mail = await db.selectFrom("email_outbox").select("text")
    .where("to_address", "=", email).executeTakeFirstOrThrow();
  const url = new URL(mail.text.match(/http\S+password\/reset\?token=\S+/)![0]);
  await client.page(url.pathname + url.search);
  const reset = await client.post("/admin/password/reset", {
    token: url.searchParams.get("token")!,
    password: "remembered password",
    password_repeat: "remembered password",
  });
  assert.equal(reset.status, 303);
  await reset.body?.cancel();
  const after = await attempt(await browser("admin"), "admin", {
    email,
    password: "remembered password",
  }, freshAddress());
  assert.equal(after.status, 303, "in at once with the new password");
});
