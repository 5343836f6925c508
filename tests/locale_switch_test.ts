/**
 * The EN/DE switch works for signed-in people too: their account's
 * language (which their pages and emails follow) becomes the one chosen.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, sessionClient } from "./helpers/http.ts";
import { createClient } from "@/lib/crm/clients.ts";

const app = await startTestApp();
Deno.test.afterAll(() => app.close());
const { db } = app.services;

Deno.test("signed-in staff switch to German and stay German", async () => {
  const staffId = await createStaff(db, {
    email: "ada@example.com",
    password: "ada password 12",
  });
  const admin = await sessionClient(app.url, db, "staff", staffId);
  assert.match((await admin.page("/admin")).html, /<h1>Dashboard<\/h1>/);
  const res = await admin.post("/locale", { locale: "de", back: "/admin" });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get("location"), "/admin");
  assert.match((await admin.page("/admin")).html, /<h1>Übersicht<\/h1>/);
  const row = await db.selectFrom("staff").select("locale")
    .where("id", "=", staffId).executeTakeFirstOrThrow();
  assert.equal(row.locale, "de");
});

Deno.test("a portal client's choice is kept on their contact", async () => {
  const clientId = await createClient(db, { type: "system" }, {
    client: { company: "Kunde GmbH" },
    contact: { name: "Kim", email: "kim@example.com", locale: "en" },
  }, new Date());
  const { id } = await db.selectFrom("contacts").select("id")
    .where("client_id", "=", clientId).executeTakeFirstOrThrow();
  const portal = await sessionClient(app.url, db, "contact", id);
  await portal.post("/locale", { locale: "de", back: "/clients" });
  const row = await db.selectFrom("contacts").select("locale")
    .where("id", "=", id).executeTakeFirstOrThrow();
  assert.equal(row.locale, "de");
  assert.match((await portal.page("/clients")).html, /<html lang="de"/);
});
