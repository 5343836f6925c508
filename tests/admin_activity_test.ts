import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import {
  createClientWithContact,
  createStaff,
  signIn,
  TestClient,
} from "./helpers/http.ts";
import { getConsent, recordConsent } from "@/lib/activity/consent.ts";
import { listClientActivity } from "@/lib/activity/reports.ts";
import {
  type ActivitySettings,
  getActivitySettings,
  saveActivitySettings,
} from "@/lib/activity/settings.ts";
import { getBookingSettings } from "@/lib/booking/settings.ts";
import { formatDateTime } from "@/lib/i18n/mod.ts";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const clock = new Date("2027-03-10T12:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db, activity } = app.services;
const { timeZone } = await getBookingSettings(db);

await createStaff(db, {
  email: "boss@example.com",
  password: "admin password 1",
  name: "Bea Boss",
  role: "admin",
});
const admin = await signIn(
  app.url,
  "admin",
  "boss@example.com",
  "admin password 1",
);
await createStaff(db, {
  email: "worker@example.com",
  password: "staff password 1",
  name: "Wim Worker",
  role: "staff",
});
const worker = await signIn(
  app.url,
  "admin",
  "worker@example.com",
  "staff password 1",
);

let contactCount = 0;
/** A client with one portal contact, optionally with a consent answer. */
async function contact(
  input: { name: string; company?: string; consent?: "granted" | "declined" },
) {
  contactCount++;
  const email = `contact${contactCount}@${
    (input.company ?? "private").toLowerCase().replace(/\W+/g, "-")
  }.example`;
  const { contactId } = await createClientWithContact(db, {
    email,
    password: "portal password 1",
    name: input.name,
    company: input.company,
  });
  if (input.consent) {
    await recordConsent(db, contactId, input.consent, "2026-11", clock);
  }
  return { contactId, email };
}

const at = (offsetMinutes: number) =>
  new Date(clock.getTime() + offsetMinutes * MINUTE);

/**
 * Inserts a session from `start` lasting `minutes`, with a page visit per
 * path one minute apart; ended unless `open`.
 */
async function addSession(
  contactId: string,
  start: Date,
  minutes: number,
  paths: string[] = [],
  open = false,
): Promise<string> {
  const lastSeen = new Date(start.getTime() + minutes * MINUTE);
  const { id } = await db.insertInto("activity_sessions").values({
    contact_id: contactId,
    started_at: start,
    last_seen_at: lastSeen,
    ended_at: open ? null : lastSeen,
    current_path: paths.at(-1) ?? "/clients",
    page_views: paths.length,
  }).returning("id").executeTakeFirstOrThrow();
  if (paths.length) {
    await db.insertInto("page_visits").values(paths.map((path, i) => ({
      session_id: id,
      contact_id: contactId,
      path,
      visited_at: new Date(start.getTime() + i * MINUTE),
    }))).execute();
  }
  return id;
}

const rowsOf = async (contactId: string) => ({
  sessions: await db.selectFrom("activity_sessions").selectAll()
    .where("contact_id", "=", contactId).orderBy("started_at").execute(),
  visits: await db.selectFrom("page_visits").selectAll()
    .where("contact_id", "=", contactId).orderBy("visited_at").execute(),
});

/** The `<tr>` of each contact in the client list, by contact id. */
function listRows(html: string): Map<string, string> {
  return new Map(
    [...html.matchAll(/<tr data-contact="([0-9a-f-]{36})">(.*?)<\/tr>/gs)]
      .map((m) => [m[1], m[2]]),
  );
}

/** The visited paths of each session on the activity log, in page order. */
function sessionPaths(html: string): { id: string; paths: string[] }[] {
  return html.split('<li class="card session" id="session-').slice(1)
    .map((block) => ({
      id: block.slice(0, 36),
      paths: [...block.matchAll(/<code class="visit-path">([^<]*)<\/code>/g)]
        .map((m) => m[1]),
    }));
}

async function status(res: Response): Promise<number> {
  await res.body?.cancel();
  return res.status;
}

Deno.test("the client list shows consent, last seen, sessions and total time, and searches", async () => {
  const alice = await contact({
    name: "Alice Listing",
    company: "Acme Tools",
    consent: "granted",
  });
  await addSession(alice.contactId, at(-180), 10, ["/clients"]);
  await addSession(alice.contactId, at(-60), 25, ["/clients/booking"]);
  const bob = await contact({
    name: "Bob Listing",
    company: "Beta Supplies",
    consent: "declined",
  });
  const carol = await contact({ name: "Carol Listing", company: "Gamma" });

  const page = await admin.page("/admin/activity?q=listing");
  assert.equal(page.status, 200);
  assert.match(page.html, /<section id="live-online"/);
  const rows = listRows(page.html);
  assert.deepEqual(
    [...rows.keys()],
    [alice.contactId, bob.contactId],
    "only contacts with consent or activity, most recently seen first",
  );
  const aliceRow = rows.get(alice.contactId)!;
  assert.match(aliceRow, /Acme Tools/);
  assert.match(aliceRow, /Accepted/);
  assert.match(
    aliceRow,
    /<td data-label="Sessions" class="numeric sessions">2<\/td>/,
  );
  assert.match(
    aliceRow,
    /<td data-label="[^"]+" class="numeric total-time">35 min<\/td>/,
  );
  assert.ok(
    aliceRow.includes(formatDateTime("en", at(-35), timeZone)),
    "last seen is the end of the latest session",
  );
  assert.match(
    aliceRow,
    new RegExp(`href="/admin/activity/${alice.contactId}"`),
  );
  const bobRow = rows.get(bob.contactId)!;
  assert.match(bobRow, /Declined/);
  assert.match(bobRow, /Never/);
  assert.match(
    bobRow,
    /<td data-label="Sessions" class="numeric sessions">0<\/td>/,
  );
  assert.ok(!page.html.includes(carol.email), "no answer, no activity");

  const search = async (
    q: string,
  ) => [...listRows((await admin.page(`/admin/activity?q=${q}`)).html).keys()];
  assert.deepEqual(await search("ACME"), [alice.contactId], "company");
  assert.deepEqual(await search("bob%20listing"), [bob.contactId], "name");
  assert.deepEqual(await search(bob.email), [bob.contactId], "email");
  const none = await admin.page("/admin/activity?q=nobody-like-this");
  assert.match(none.html, /No client matches “nobody-like-this”/);

  const paged = await listClientActivity(db, {
    q: "listing",
    page: 2,
    pageSize: 1,
    onlineWindowSeconds: 75,
  }, clock);
  assert.equal(paged.total, 2);
  assert.equal(paged.pageCount, 2);
  assert.deepEqual(paged.rows.map((row) => row.contactId), [bob.contactId]);
});

Deno.test("the activity log shows one contact's sessions newest first, visits in order", async () => {
  const dora = await contact({
    name: "Dora Log",
    company: "Delta",
    consent: "granted",
  });
  const other = await contact({
    name: "Otto Other",
    company: "Elsewhere",
    consent: "granted",
  });
  const older = await addSession(dora.contactId, at(-24 * 60), 5, [
    "/clients",
    "/clients/licenses",
  ]);
  await addSession(other.contactId, at(-30), 3, ["/clients/secret-of-otto"]);

  // A live session through the heartbeat buffer, as the portal makes it.
  const portal = await signIn(
    app.url,
    "clients",
    dora.email,
    "portal password 1",
  );
  const token = portal.cookies.get("portico_client");
  assert.ok(token);
  assert.equal(await activity.beat(token, "/clients", true), "recorded");
  assert.equal(
    await activity.beat(token, "/clients/booking", true),
    "recorded",
  );
  assert.equal(
    await activity.beat(token, "/clients/privacy", true),
    "recorded",
  );
  await activity.flush();

  const page = await admin.page(`/admin/activity/${dora.contactId}`);
  assert.equal(page.status, 200);
  assert.match(page.html, /<h1>Dora Log<\/h1>/);
  assert.match(page.html, /Accepted/);
  assert.match(page.html, /policy 2026-11/);
  const sessions = sessionPaths(page.html);
  assert.equal(sessions.length, 2);
  assert.equal(sessions[1].id, older, "newest first");
  assert.deepEqual(sessions[0].paths, [
    "/clients",
    "/clients/booking",
    "/clients/privacy",
  ]);
  assert.deepEqual(sessions[1].paths, ["/clients", "/clients/licenses"]);
  assert.match(page.html, /5 min · page views: 2/);
  assert.ok(!page.html.includes("secret-of-otto"), "another contact's visit");
  assert.ok(!page.html.includes("Otto Other"));

  const unknown = await admin.page(`/admin/activity/${crypto.randomUUID()}`);
  assert.equal(unknown.status, 404);
  assert.equal((await admin.page("/admin/activity/not-a-uuid")).status, 404);
});

Deno.test("settings: an admin saves them, bad values keep the form, staff get 403", async () => {
  const form = await admin.page("/admin/activity/settings");
  assert.equal(form.status, 200);
  assert.match(form.html, /id="license-panel"/);
  assert.match(form.html, /name="inactivityMinutes"[^>]*value="5"/);

  const values = {
    inactivityMinutes: "15",
    onlineWindowSeconds: "120",
    retentionDays: "30",
    policyVersion: "2027-03",
  };
  const saved = await admin.post("/admin/activity/settings", values);
  assert.equal(saved.status, 303);
  assert.equal(saved.headers.get("location"), "/admin/activity/settings");
  await saved.body?.cancel();
  assert.deepEqual(
    await getActivitySettings(db),
    {
      inactivityMinutes: 15,
      onlineWindowSeconds: 120,
      retentionDays: 30,
      policyVersion: "2027-03",
    } satisfies ActivitySettings,
  );
  const after = await admin.page("/admin/activity/settings");
  assert.match(after.html, /The activity settings are saved/);
  assert.match(after.html, /name="retentionDays"[^>]*value="30"/);
  const audit = await db.selectFrom("audit_log").select("details")
    .where("action", "=", "activity.settings.update").executeTakeFirst();
  assert.ok(audit, "the change is in the audit log");

  const bad = await admin.post("/admin/activity/settings", {
    ...values,
    inactivityMinutes: "0",
    policyVersion: "2027-04",
  });
  assert.equal(bad.status, 422);
  const html = await bad.text();
  assert.match(html, /whole number of minutes from 1 to 240/);
  assert.match(html, /value="2027-04"/, "the typed values are kept");
  assert.equal((await getActivitySettings(db)).policyVersion, "2027-03");

  assert.equal((await worker.page("/admin/activity/settings")).status, 403);
  assert.equal(
    await status(await worker.post("/admin/activity/settings", values)),
    403,
  );
  const list = await worker.page("/admin/activity");
  assert.equal(list.status, 200, "staff see the activity");
  assert.ok(!list.html.includes('href="/admin/activity/settings"'));
  assert.equal(
    await status(
      await admin.post("/admin/activity/settings", values, { csrf: false }),
    ),
    403,
  );
  await saveActivitySettings(db, {
    inactivityMinutes: 5,
    onlineWindowSeconds: 75,
    retentionDays: 90,
    policyVersion: "2026-11",
  }, clock);
});

Deno.test("without an activity license the pages are locked, the settings page is not", async () => {
  const locked = await startTestApp({ licensed: false });
  try {
    await createStaff(locked.services.db, {
      email: "owner@example.com",
      password: "owner password 1",
    });
    const owner = await signIn(
      locked.url,
      "admin",
      "owner@example.com",
      "owner password 1",
    );
    const list = await owner.page("/admin/activity");
    assert.equal(list.status, 403);
    assert.match(list.html, /This module is locked/);
    assert.match(list.html, /href="\/admin\/activity\/settings"/);
    const log = await owner.page(`/admin/activity/${crypto.randomUUID()}`);
    assert.equal(log.status, 403);
    const settings = await owner.page("/admin/activity/settings");
    assert.equal(settings.status, 200);
    assert.match(settings.html, /id="license-panel"/);
    assert.match(settings.html, /name="policyVersion"/);
  } finally {
    await locked.close();
  }
});

Deno.test("the privacy page accepts, declines and erases the contact's own data only", async () => {
  const paula = await contact({ name: "Paula Privacy", company: "Private" });
  const quentin = await contact({
    name: "Quentin Kept",
    company: "Kept",
    consent: "granted",
  });
  await addSession(quentin.contactId, at(-90), 10, ["/clients/quentin"]);
  await addSession(quentin.contactId, at(-30), 10, ["/clients/quentin"]);
  const quentinBefore = await rowsOf(quentin.contactId);

  const portal = await signIn(
    app.url,
    "clients",
    paula.email,
    "portal password 1",
  );
  const home = await portal.page("/clients");
  assert.match(home.html, /href="\/clients\/privacy"/);
  assert.match(home.html, /href="\/clients\/booking"/);
  assert.match(home.html, /href="\/clients\/licenses"/);

  let page = await portal.page("/clients/privacy");
  assert.equal(page.status, 200);
  assert.match(page.html, /You have not decided yet/);
  assert.match(page.html, /aria-current="page">Privacy</);
  assert.match(page.html, /No activity data is stored about you/);

  const accept = await portal.post("/clients/privacy", { intent: "accept" });
  assert.equal(accept.status, 303);
  assert.equal(accept.headers.get("location"), "/clients/privacy");
  await accept.body?.cancel();
  const granted = await getConsent(db, paula.contactId);
  assert.equal(granted?.status, "granted");
  assert.equal(granted?.policy_version, "2026-11");
  page = await portal.page("/clients/privacy");
  assert.match(page.html, /Thank you. Your consent is saved/);
  assert.match(page.html, /You accepted on .* \(privacy policy 2026-11\)/);
  assert.match(page.html, />Withdraw consent</);

  await addSession(paula.contactId, at(-200), 20, ["/clients", "/clients/a"]);
  await addSession(paula.contactId, at(-5), 4, ["/clients/b"], true);
  page = await portal.page("/clients/privacy");
  assert.match(page.html, /We hold 2 session\(s\) with 3 page view\(s\)/);
  assert.ok(!page.html.includes("Quentin"), "another contact's data");

  const decline = await portal.post("/clients/privacy", { intent: "decline" });
  assert.equal(await status(decline), 303);
  assert.equal((await getConsent(db, paula.contactId))?.status, "declined");
  const declinedRows = await rowsOf(paula.contactId);
  assert.ok(
    declinedRows.sessions.every((s) => s.ended_at !== null),
    "withdrawing ends the open session",
  );
  page = await portal.page("/clients/privacy");
  assert.match(page.html, /You declined on/);
  assert.match(page.html, />Accept tracking</);

  const erase = await portal.post("/clients/privacy", { intent: "erase" });
  assert.equal(await status(erase), 303);
  assert.deepEqual(await rowsOf(paula.contactId), {
    sessions: [],
    visits: [],
  });
  assert.deepEqual(
    await rowsOf(quentin.contactId),
    quentinBefore,
    "other contacts' rows are untouched",
  );
  page = await portal.page("/clients/privacy");
  assert.match(page.html, /Your activity data has been deleted/);
  assert.match(page.html, /No activity data is stored about you/);
  assert.equal(
    (await getConsent(db, paula.contactId))?.status,
    "declined",
    "erasing keeps the choice",
  );

  const bogus = await portal.post("/clients/privacy", { intent: "everything" });
  assert.equal(await status(bogus), 303);
  assert.equal(
    await status(
      await portal.post("/clients/privacy", { intent: "accept" }, {
        csrf: false,
      }),
    ),
    403,
  );
  assert.equal((await getConsent(db, paula.contactId))?.status, "declined");
  const anonymous = new TestClient(app.url);
  const signedOut = await anonymous.request("/clients/privacy");
  assert.equal(await status(signedOut), 303, "sign-in first");
});

Deno.test("end-idle-sessions ends only idle sessions; prune-activity only data past the retention", async () => {
  await saveActivitySettings(db, {
    inactivityMinutes: 5,
    onlineWindowSeconds: 75,
    retentionDays: 30,
    policyVersion: "2026-11",
  }, clock);
  const jobs = await contact({
    name: "Jay Jobs",
    company: "Jobs",
    consent: "granted",
  });
  const fresh = await contact({
    name: "Fay Fresh",
    company: "Fresh",
    consent: "granted",
  });
  const idle = await addSession(jobs.contactId, at(-20), 10, ["/a"], true);
  const active = await addSession(fresh.contactId, at(-3), 2, ["/b"], true);

  await admin.page("/admin/jobs");
  const ran = await admin.post("/admin/jobs", { job: "end-idle-sessions" });
  assert.equal(await status(ran), 303);
  const sessions = await db.selectFrom("activity_sessions")
    .select(["id", "ended_at", "last_seen_at"])
    .where("id", "in", [idle, active]).execute();
  const byId = new Map(sessions.map((s) => [s.id, s]));
  assert.equal(
    byId.get(idle)!.ended_at?.getTime(),
    byId.get(idle)!.last_seen_at.getTime(),
    "an idle session ends at its last heartbeat",
  );
  assert.equal(byId.get(active)!.ended_at, null, "an active one stays open");

  const old = await addSession(
    jobs.contactId,
    new Date(clock.getTime() - 31 * DAY),
    10,
    [
      "/old",
    ],
  );
  const recent = await addSession(
    jobs.contactId,
    new Date(clock.getTime() - 29 * DAY),
    10,
    ["/recent"],
  );
  const pruned = await admin.post("/admin/jobs", { job: "prune-activity" });
  assert.equal(await status(pruned), 303);
  const left = await rowsOf(jobs.contactId);
  const ids = left.sessions.map((s) => s.id);
  assert.ok(!ids.includes(old), "the session past the retention is gone");
  assert.ok(ids.includes(recent) && ids.includes(idle));
  assert.deepEqual(left.visits.map((v) => v.path).sort(), ["/a", "/recent"]);
  assert.equal((await rowsOf(fresh.contactId)).sessions.length, 1);

  const runs = await db.selectFrom("job_runs").select(["job", "outcome"])
    .where("job", "in", ["end-idle-sessions", "prune-activity"]).execute();
  assert.deepEqual(
    runs.map((run) => `${run.job}:${run.outcome}`).sort(),
    ["end-idle-sessions:ok", "prune-activity:ok"],
  );
  const list = await admin.page("/admin/jobs");
  assert.match(list.html, /End idle activity sessions/);
  assert.match(list.html, /Clean up activity data/);
});
