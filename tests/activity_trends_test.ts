/**
 * Activity as trends: sessions per day and active clients per week in the
 * business time zone, the most visited portal pages, and the admin
 * Activity page drawing them as charts with their numbers as tables.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, TestClient } from "./helpers/http.ts";
import { createClient } from "@/lib/crm/clients.ts";
import {
  dailySessions,
  topPortalPages,
  weeklyActiveClients,
} from "@/lib/activity/trends.ts";

// Thursday 11 March 2027, 10:00 in Berlin.
const NOW = new Date("2027-03-11T09:00:00Z");
const HOUR = 3600_000;
const app = await startTestApp({ now: () => NOW });
Deno.test.afterAll(() => app.close());
const { db } = app.services;
const timeZone = "Europe/Berlin";

async function contact(email: string) {
  const clientId = await createClient(db, { type: "system" }, {
    client: { company: `${email} GmbH` },
    contact: { name: email, email, locale: "en" },
  }, NOW);
  const { id } = await db.selectFrom("contacts").select("id")
    .where("client_id", "=", clientId).executeTakeFirstOrThrow();
  return id;
}

async function session(contactId: string, startedAt: Date, paths: string[]) {
  const { id } = await db.insertInto("activity_sessions").values({
    contact_id: contactId,
    started_at: startedAt,
    last_seen_at: startedAt,
    ended_at: startedAt,
    current_path: paths.at(-1)!,
    page_views: paths.length,
  }).returning("id").executeTakeFirstOrThrow();
  await db.insertInto("page_visits").values(paths.map((path, i) => ({
    session_id: id,
    contact_id: contactId,
    path,
    visited_at: new Date(startedAt.getTime() + i * 60_000),
  }))).execute();
}

const ann = await contact("ann@example.com");
const bob = await contact("bob@example.com");
// Today twice (Ann), yesterday 23:30 Berlin = 22:30 UTC (Bob), last week (Ann).
await session(ann, new Date(NOW.getTime() - HOUR), [
  "/clients",
  "/clients/invoices",
]);
await session(ann, new Date(NOW.getTime() - 2 * HOUR), ["/clients/invoices/x"]);
await session(bob, new Date("2027-03-10T22:30:00Z"), [
  "/clients",
  "/clients/licenses",
]);
await session(ann, new Date("2027-03-02T10:00:00Z"), ["/clients"]);

Deno.test("sessions per day: the business zone's days, today last, empty days zero", async () => {
  const days = await dailySessions(db, { timeZone, days: 30 }, NOW);
  assert.equal(days.length, 30);
  assert.deepEqual(days.slice(-2), [
    { day: "2027-03-10", value: 1 },
    { day: "2027-03-11", value: 2 },
  ]);
  assert.equal(days.find((d) => d.day === "2027-03-02")?.value, 1);
  assert.equal(days.reduce((sum, d) => sum + d.value, 0), 4);
});

Deno.test("active clients per week count each contact once", async () => {
  const weeks = await weeklyActiveClients(db, { timeZone, weeks: 12 }, NOW);
  assert.deepEqual(weeks.slice(-2), [
    { weekStart: "2027-03-01", value: 1 },
    { weekStart: "2027-03-08", value: 2 },
  ]);
});

Deno.test("most visited pages, most first, with how many clients", async () => {
  assert.deepEqual(
    await topPortalPages(db, { days: 30, limit: 2 }, NOW),
    [
      { path: "/clients", visits: 3, visitors: 2 },
      { path: "/clients/invoices", visits: 1, visitors: 1 },
    ],
  );
});

Deno.test("the Activity page shows the charts and the pages by their titles", async () => {
  await createStaff(db, {
    email: "boss@example.com",
    password: "boss pass 1234",
  });
  const admin = new TestClient(app.url);
  await admin.page("/admin/login");
  await admin.post("/admin/login", {
    email: "boss@example.com",
    password: "boss pass 1234",
  });
  const { status, html } = await admin.page("/admin/activity");
  assert.equal(status, 200);
  assert.match(
    html,
    /<svg[^>]*aria-label="Portal sessions per day[^"]*: 4 sessions in total"/,
  );
  assert.match(html, /<svg[^>]*aria-label="Active clients per week/);
  const pages = html.slice(html.indexOf('id="top-pages-title"'));
  assert.match(
    pages,
    /<td>Overview<\/td><td class="numeric">3<\/td><td class="numeric">2<\/td>/,
  );
  assert.match(
    pages,
    /<td>Invoices<span class="muted"> · \/clients\/invoices\/x<\/span><\/td>/,
  );
});
