/**
 * Two app instances on one PostgreSQL database, as behind a load balancer:
 * nothing that matters may live in one instance's memory. Sessions,
 * sign-out, job locks and rate limits all go through the database.
 *
 * The live admin widget on one instance seeing heartbeats sent to the
 * other is covered in tests/activity_test.ts ("two instances on one
 * database: …"), so it is not repeated here.
 */
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import {
  createClientWithContact,
  createStaff,
  signIn,
  TestClient,
} from "./helpers/http.ts";
import { waitFor } from "./helpers/wait.ts";
import { recordConsent } from "@/lib/activity/consent.ts";
import { CONTACT_SESSIONS_ENDED } from "@/lib/auth/sessions.ts";
import { type JobFunction, runJob } from "@/lib/jobs.ts";

// The embedded database is one process's alone: there is no second instance.
const embedded = Deno.env.get("PORTICO_TEST_EMBEDDED") === "1";

const apps: TestApp[] = [];
if (!embedded) {
  apps.push(await startTestApp({ env: { TRUST_PROXY: "1" } }));
  apps.push(
    await startTestApp({
      env: { TRUST_PROXY: "1" },
      shareDatabaseWith: apps[0],
    }),
  );
}
const [a, b] = apps;
Deno.test.afterAll(async () => {
  // The second instance first: the first one drops the database.
  for (const app of [...apps].reverse()) await app.close();
});

/** The same browser (cookies) pointed at another instance. */
function sameBrowserAt(client: TestClient, baseUrl: string): TestClient {
  const other = new TestClient(baseUrl);
  for (const [name, value] of client.cookies) other.cookies.set(name, value);
  other.csrf = client.csrf;
  return other;
}

async function statusOf(res: Promise<Response>): Promise<number> {
  const answer = await res;
  await answer.body?.cancel();
  return answer.status;
}

const count = async (
  query: () => Promise<{ n: string | number | bigint }>,
): Promise<number> => Number((await query()).n);

Deno.test({
  name:
    "a staff session made on one instance works on the other; sign-out on either ends it on both",
  ignore: embedded,
  async fn() {
    const { db } = a.services;
    const staffId = await createStaff(db, {
      email: "roaming@example.com",
      password: "roaming password 1",
    });
    const onA = await signIn(
      a.url,
      "admin",
      "roaming@example.com",
      "roaming password 1",
    );
    const onB = sameBrowserAt(onA, b.url);
    assert.equal((await onA.page("/admin")).status, 200);
    assert.equal((await onB.page("/admin")).status, 200, "valid on B too");
    assert.equal(
      await count(() =>
        db.selectFrom("auth_sessions").select(db.fn.countAll().as("n"))
          .where("staff_id", "=", staffId).executeTakeFirstOrThrow()
      ),
      1,
      "one session row serves both instances",
    );

    // Sign out on B; the cookie A still holds must be refused by A.
    const stale = new Map(onA.cookies);
    const out = await onB.post("/admin/logout", {});
    assert.equal(out.status, 303);
    await out.body?.cancel();
    onA.cookies.clear();
    for (const [name, value] of stale) onA.cookies.set(name, value);
    const after = await onA.request("/admin");
    await after.body?.cancel();
    assert.equal(after.status, 303, "A sends the signed-out browser to login");
    assert.match(after.headers.get("location") ?? "", /\/admin\/login/);
    assert.equal(
      await count(() =>
        db.selectFrom("auth_sessions").select(db.fn.countAll().as("n"))
          .where("staff_id", "=", staffId).executeTakeFirstOrThrow()
      ),
      0,
    );
  },
});

Deno.test({
  name:
    "a portal sign-out on one instance stops heartbeats being recorded on the other at once",
  ignore: embedded,
  async fn() {
    const { db } = a.services;
    const { contactId } = await createClientWithContact(db, {
      email: "wanderer@example.com",
      password: "wanderer password 1",
    });
    await recordConsent(db, contactId, "granted", "test", new Date());
    const onA = await signIn(
      a.url,
      "clients",
      "wanderer@example.com",
      "wanderer password 1",
    );
    const onB = sameBrowserAt(onA, b.url);
    const beat = (path: string) =>
      statusOf(onB.request(`/cat_heartbeat?path=${path}&view=1`));

    assert.equal(await beat("/clients/before"), 204);
    // B has cached the identity; signing out on A must reach it (NOTIFY).
    // B's listening connection hands a notification to its subscribers in
    // the order they subscribed, so once this late one hears the sign-out,
    // B's tracker (subscribed at start-up) has dropped the identity.
    const endedOnB = new Set<string>();
    const unlisten = await b.database.listen(
      CONTACT_SESSIONS_ENDED,
      (ended) => endedOnB.add(ended),
    );
    const stale = new Map(onA.cookies);
    const out = await onA.post("/clients/logout", {});
    assert.equal(out.status, 303);
    await out.body?.cancel();
    for (const [name, value] of stale) onB.cookies.set(name, value);
    await waitFor("B to hear of the sign-out", () => endedOnB.has(contactId));
    await unlisten();
    assert.equal(await beat("/clients/after"), 204, "answered, not recorded");
    await a.services.activity.flush();
    await b.services.activity.flush();

    const visits = await db.selectFrom("page_visits").select("path")
      .where("contact_id", "=", contactId).execute();
    assert.deepEqual(visits.map((v) => v.path), ["/clients/before"]);
    assert.equal(
      await count(() =>
        db.selectFrom("activity_sessions").select(db.fn.countAll().as("n"))
          .where("contact_id", "=", contactId).executeTakeFirstOrThrow()
      ),
      1,
    );
  },
});

Deno.test({
  name:
    "one job started at the same moment on both instances (5 runs each) works once; the rest are recorded skipped",
  ignore: embedded,
  async fn() {
    let calls = 0;
    let returned = 0;
    const job: JobFunction = async () => {
      calls++;
      // Holds the lock until every other run has tried it and returned.
      await waitFor("the other nine runs to return", () => returned === 9);
      return "did the work";
    };
    const now = new Date();
    const runs = await Promise.all(
      Array.from(
        { length: 10 },
        (_, i) =>
          runJob(
            (i % 2 ? b : a).services.db,
            "instances-test",
            job,
            now,
          ).finally(() => returned++),
      ),
    );
    assert.equal(calls, 1, "the work ran exactly once");
    assert.deepEqual(
      runs.map((run) => run.outcome).sort(),
      ["ok", ...Array(9).fill("skipped")],
    );
    const { db } = a.services;
    const rows = await db.selectFrom("job_runs").select(["outcome", "detail"])
      .where("job", "=", "instances-test").execute();
    assert.equal(rows.length, 10, "every run is recorded");
    assert.equal(rows.filter((r) => r.outcome === "ok").length, 1);
    assert.equal(
      rows.filter((r) =>
        r.outcome === "skipped" && r.detail === "another run holds the lock"
      ).length,
      9,
    );
  },
});

Deno.test({
  name:
    "sign-in failures alternating between the instances are refused after the same 5 as on one, and a known device gets in on either",
  ignore: embedded,
  async fn() {
    const { db } = a.services;
    const owner = {
      email: "guessed@example.com",
      password: "the real password",
    };
    await createStaff(db, owner);
    const laptop = new TestClient(a.url);
    await laptop.page("/admin/login");
    const first = await laptop.post("/admin/login", owner);
    assert.equal(first.status, 303, "the owner's laptop is known from now on");
    await first.body?.cancel();

    const attemptAt = async (
      url: string,
      password: string,
      address: string,
      from?: TestClient,
    ) => {
      const client = new TestClient(url);
      const device = [...from?.cookies ?? []].find(([name]) =>
        name.startsWith("portico_device_")
      );
      if (device) client.cookies.set(...device);
      await client.page("/admin/login");
      const res = await client.request("/admin/login", {
        method: "POST",
        body: new URLSearchParams({
          _csrf: client.csrf!,
          email: owner.email,
          password,
        }),
        headers: { "x-forwarded-for": address },
      });
      await res.body?.cancel();
      return { status: res.status, retryAfter: res.headers.get("retry-after") };
    };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const answer = await attemptAt(
        i % 2 ? b.url : a.url,
        `wrong ${i}`,
        `198.51.100.${i + 1}`,
      );
      statuses.push(answer.status);
    }
    // Five free failures for the account, whichever instance answers.
    assert.deepEqual(statuses, [...Array(5).fill(401), 429, 429]);
    for (const url of [a.url, b.url]) {
      const fromNewDevice = await attemptAt(url, owner.password, "192.0.2.1");
      assert.equal(fromNewDevice.status, 429, `a new device waits on ${url}`);
      assert.ok(Number(fromNewDevice.retryAfter) > 0);
    }
    const counter = await db.selectFrom("rate_limits").select("count")
      .where("key", "=", "sign-in:staff:account:guessed@example.com")
      .executeTakeFirstOrThrow();
    assert.equal(counter.count, 5, "one counter; refused attempts not counted");

    const known = await attemptAt(b.url, owner.password, "192.0.2.1", laptop);
    assert.equal(known.status, 303, "B knows the device A remembered");
  },
});
