import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { waitFor } from "./helpers/wait.ts";
import {
  createClientWithContact,
  createStaff,
  sessionClient,
  TestClient,
} from "./helpers/http.ts";
import { eraseActivity, recordConsent } from "@/lib/activity/consent.ts";
import { updateContact } from "@/lib/crm/clients.ts";

let clock = new Date("2027-06-01T09:00:00Z");
// Flushed by the tests themselves, so each test decides its windows.
const app = await startTestApp({ now: () => clock, activityFlushMs: 3600_000 });
Deno.test.afterAll(() => app.close());
const { db, activity } = app.services;

let contacts = 0;
async function portalContact(consent?: "granted" | "declined") {
  contacts++;
  const email = `visitor${contacts}@example.com`;
  const { contactId } = await createClientWithContact(db, {
    email,
    password: "visitor password 1",
    name: `Visitor ${contacts}`,
  });
  if (consent) await recordConsent(db, contactId, consent, "test", clock);
  const client = await sessionClient(app.url, db, "contact", contactId, clock);
  return { contactId, client };
}

async function beat(client: TestClient, path: string, view = true) {
  const res = await client.request(
    `/cat_heartbeat?path=${encodeURIComponent(path)}${view ? "&view=1" : ""}`,
  );
  await res.body?.cancel();
  return res.status;
}

const rows = async (contactId: string) => ({
  sessions: await db.selectFrom("activity_sessions").selectAll().where(
    "contact_id",
    "=",
    contactId,
  )
    .orderBy("started_at").execute(),
  visits: await db.selectFrom("page_visits").selectAll().where(
    "contact_id",
    "=",
    contactId,
  )
    .orderBy("visited_at").execute(),
});

Deno.test("nothing is recorded before consent or after a decline", async () => {
  const undecided = await portalContact();
  const declined = await portalContact("declined");
  assert.equal(await beat(undecided.client, "/clients"), 204);
  assert.equal(await beat(declined.client, "/clients"), 204);
  assert.equal(
    await beat(new TestClient(app.url), "/clients"),
    204,
    "anonymous: answered, not recorded",
  );
  await activity.flush();
  assert.deepEqual(await rows(undecided.contactId), {
    sessions: [],
    visits: [],
  });
  assert.deepEqual(await rows(declined.contactId), {
    sessions: [],
    visits: [],
  });
});

Deno.test("after consent a heartbeat creates a session and a visit; a long gap starts a new session", async () => {
  const { contactId, client } = await portalContact("granted");
  clock = new Date("2027-06-01T10:00:00Z");
  await beat(client, "/clients");
  clock = new Date("2027-06-01T10:00:30Z");
  await beat(client, "/clients", false);
  await activity.flush();
  clock = new Date("2027-06-01T10:01:00Z");
  await beat(client, "/clients/booking");
  await activity.flush();
  let data = await rows(contactId);
  assert.equal(data.sessions.length, 1);
  assert.equal(data.sessions[0].current_path, "/clients/booking");
  assert.equal(
    data.sessions[0].last_seen_at.getTime() -
      data.sessions[0].started_at.getTime(),
    60_000,
  );
  assert.deepEqual(data.visits.map((v) => v.path), [
    "/clients",
    "/clients/booking",
  ]);

  clock = new Date("2027-06-01T10:20:00Z"); // beyond the 5-minute inactivity timeout
  await beat(client, "/clients/licenses");
  await activity.flush();
  data = await rows(contactId);
  assert.equal(data.sessions.length, 2);
  assert.ok(data.sessions[0].ended_at, "the first session ended");
  assert.equal(data.sessions[1].ended_at, null);
});

Deno.test("1,000 heartbeats from 100 contacts in one window: one flush transaction", async () => {
  // Set up in batches: the beats below are what runs at once, and 100
  // sign-ups at once can outwait the pool on a loaded machine.
  const visitors = [];
  for (let batch = 0; batch < 10; batch++) {
    visitors.push(
      ...await Promise.all(
        Array.from({ length: 10 }, () => portalContact("granted")),
      ),
    );
  }
  const before = activity.flushCount;
  const statuses = await Promise.all(
    visitors.flatMap((visitor) =>
      Array.from(
        { length: 10 },
        (_, i) => beat(visitor.client, `/clients/page-${i}`, i === 0),
      )
    ),
  );
  assert.ok(statuses.every((s) => s === 204));
  assert.equal(await activity.flush(), 100);
  assert.equal(activity.flushCount - before, 1);
  const sessions = await db.selectFrom("activity_sessions").select("contact_id")
    .where("contact_id", "in", visitors.map((v) => v.contactId)).execute();
  assert.equal(sessions.length, 100);
});

Deno.test("a contact sending far too many beats in one window is refused", async () => {
  const { client } = await portalContact("granted");
  const statuses = [];
  for (let i = 0; i < 25; i++) {
    statuses.push(await beat(client, "/clients", false));
  }
  assert.equal(statuses.filter((s) => s === 429).length, 5);
  await activity.flush();
});

Deno.test("withdrawing consent stops tracking at once; erasure leaves no rows", async () => {
  const { contactId, client } = await portalContact("granted");
  await beat(client, "/clients");
  await activity.flush();
  assert.equal((await rows(contactId)).sessions.length, 1);
  await client.page("/clients");
  const withdraw = await client.post("/clients/consent", {
    choice: "declined",
    back: "/clients",
  });
  assert.equal(withdraw.status, 303);
  await withdraw.body?.cancel();
  const visitsBefore = (await rows(contactId)).visits.length;
  await beat(client, "/clients/after");
  await activity.flush();
  assert.equal(
    (await rows(contactId)).visits.length,
    visitsBefore,
    "nothing new after withdrawal",
  );
  await eraseActivity(db, contactId, clock);
  assert.deepEqual(await rows(contactId), { sessions: [], visits: [] });
});

Deno.test("switching a contact's portal off drops their cached identity at once", async () => {
  const { contactId, client } = await portalContact("granted");
  const token = client.cookies.get("portico_client");
  assert.equal(await activity.beat(token, "/clients", false), "recorded");
  const { client_id: clientId, name, email } = await db.selectFrom("contacts")
    .select(["client_id", "name", "email"]).where("id", "=", contactId)
    .executeTakeFirstOrThrow();
  await updateContact(db, { type: "system" }, clientId, contactId, {
    name,
    email,
    locale: "en",
    is_primary: true,
    portal_enabled: false,
  }, clock);
  // The NOTIFY arrives within moments; the cache would otherwise hold for
  // up to 15 minutes.
  let result = await activity.beat(token, "/clients", false);
  await waitFor("the cache to drop the identity", async () => {
    result = await activity.beat(token, "/clients", false);
    return result !== "recorded";
  }, 2000);
  assert.equal(result, "not-tracked");
});

Deno.test("an SSE stream receives the update after a heartbeat, pushed not polled", async () => {
  const { client, contactId } = await portalContact("granted");
  const staffId = await createStaff(db, {
    email: "watcher@example.com",
    password: "watcher password",
  });
  const admin = await sessionClient(app.url, db, "staff", staffId, clock);
  const res = await admin.request("/admin/activity/stream");
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type")!, /text\/event-stream/);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  // Fails instead of hanging: the update must come within 2 s of the flush.
  const deadline = setTimeout(() => reader.cancel(), 5000);
  let text = "";
  const readUntil = async (check: (text: string) => boolean) => {
    while (!check(text)) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += chunk.value;
    }
  };
  await readUntil((t) => t.includes("event: online"));
  const initialEvents = text.split("event: online").length;
  clock = new Date(Date.now());
  await beat(client, "/clients/invoices/live");
  await activity.flush();
  // The contact on their page, by its title.
  const seen = (t: string) =>
    new RegExp(`"contactId":"${contactId}"[^}]*"page":"Invoices"`).test(t);
  await readUntil((t) =>
    t.split("event: online").length > initialEvents && seen(t)
  );
  assert.ok(seen(text));
  clearTimeout(deadline);
  await reader.cancel();
});

// The embedded database is one process's alone: there is no second instance.
const embedded = Deno.env.get("PORTICO_TEST_EMBEDDED") === "1";

Deno.test({
  name:
    "two instances on one database: a heartbeat sent to one shows on the other's stream",
  ignore: embedded,
  async fn() {
    const other = await startTestApp({
      shareDatabaseWith: app,
      now: () => clock,
    });
    try {
      const { client, contactId } = await portalContact("granted");
      const staffId = await createStaff(db, {
        email: "second@example.com",
        password: "second password",
      });
      const admin = await sessionClient(other.url, db, "staff", staffId, clock);
      const res = await admin.request("/admin/activity/stream");
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
      const deadline = setTimeout(() => reader.cancel(), 5000);
      let text = "";
      for (
        let chunk = await reader.read();
        !chunk.done;
        chunk = await reader.read()
      ) {
        text += chunk.value;
        if (text.includes("event: online")) break;
      }
      clock = new Date(Date.now());
      await beat(client, "/clients/licenses/elsewhere"); // sent to the first instance
      await activity.flush();
      const seen = (t: string) =>
        new RegExp(`"contactId":"${contactId}"[^}]*"page":"Licenses"`).test(t);
      while (!seen(text)) {
        const chunk = await reader.read();
        if (chunk.done) break;
        text += chunk.value;
      }
      assert.ok(seen(text));
      clearTimeout(deadline);
      await reader.cancel();
    } finally {
      await other.close();
    }
  },
});
