/**
 * The database away (issue 12, observation 7): the app reaches PostgreSQL
 * through a relay the test takes down, so every new connection is refused
 * and the open ones are ended by the server, as in a restart. Every kind
 * of route then answers 503 with `Retry-After`: the error page in the
 * visitor's language (from the language cookie or the browser, since who
 * is signed in cannot be looked up), or the JSON error for the API and the
 * JSON endpoints, without a stack or driver text. Afterwards the app
 * serves again by itself.
 */
import assert from "node:assert/strict";
import { sql } from "kysely";
import { startTestApp } from "./helpers/app.ts";
import { startDatabaseProxy } from "./helpers/db_proxy.ts";
import { waitFor } from "./helpers/wait.ts";
import { createBookable } from "./helpers/booking.ts";
import {
  createClientWithContact,
  createStaff,
  sessionClient,
  TestClient,
} from "./helpers/http.ts";
import { recordConsent } from "@/lib/activity/consent.ts";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions.ts";
import { issueLicense } from "@/lib/licensing/server.ts";

// The relay needs a real server; PGlite has no connections to lose.
const embedded = Deno.env.get("PORTICO_TEST_EMBEDDED") === "1";

/** An error answer says nothing about the code or the database. */
function assertNoLeak(body: string, what: string) {
  assert.ok(!/\n\s*at /.test(body), `${what}: no stack lines`);
  assert.ok(
    !/ECONNREFUSED|CONNECTION_|PostgresError|postgres/i.test(body),
    `${what}: no driver text`,
  );
}

async function assertUnavailablePage(res: Response, what: string) {
  const html = await res.text();
  assert.equal(res.status, 503, `${what}: ${html.slice(0, 200)}`);
  assert.match(res.headers.get("retry-after") ?? "", /^\d+$/, what);
  assert.match(res.headers.get("content-type") ?? "", /^text\/html/, what);
  assert.match(html, /<html lang="de"/, `${what}: in German`);
  assert.match(html, /Vorübergehend nicht verfügbar/, what);
  assert.ok(res.headers.get("content-security-policy"), `${what}: headers`);
  assertNoLeak(html, what);
}

async function assertUnavailableJson(res: Response, what: string) {
  const text = await res.text();
  assert.equal(res.status, 503, `${what}: ${text.slice(0, 200)}`);
  assert.match(res.headers.get("retry-after") ?? "", /^\d+$/, what);
  assert.match(
    res.headers.get("content-type") ?? "",
    /^application\/json/,
    what,
  );
  const { error } = JSON.parse(text);
  assert.equal(error.code, "SERVICE_UNAVAILABLE", what);
  assert.equal(typeof error.message, "string", what);
  assertNoLeak(text, what);
}

Deno.test({
  name:
    "database away: every kind of route answers 503 with Retry-After, a localised page or a JSON error, and serves again once it is back",
  ignore: embedded,
  async fn() {
    const proxy = startDatabaseProxy();
    const app = await startTestApp({ databaseUrl: proxy.via });
    try {
      const { db, keys } = app.services;
      const { serviceId } = await createBookable(db);
      const staffId = await createStaff(db, {
        email: "away-admin@example.com",
        password: "away admin password",
      });
      const staff = await sessionClient(app.url, db, "staff", staffId);
      const { contactId } = await createClientWithContact(db, {
        email: "away-client@example.com",
      });
      await recordConsent(db, contactId, "granted", "test", new Date());
      const contact = await sessionClient(app.url, db, "contact", contactId);
      // The language comes from the cookie even when the browser says English.
      contact.cookies.set("lang", "de");
      // A session this app has never seen: a heartbeat must look it up.
      const unseenSession = await createSession(
        db,
        "contact",
        contactId,
        new Date(),
      );
      const visitor = new TestClient(app.url);
      await visitor.page("/booking");
      const { key } = await issueLicense(
        db,
        keys,
        {
          product: "booking",
          email: "away-holder@example.com",
          reference: "away-fixture",
          type: "full",
        },
        { type: "system" },
        new Date(),
      );
      // A page that needs a query answers normally before the outage.
      const before = await staff.request("/admin/booking");
      assert.equal(before.status, 200);
      await before.body?.cancel();

      proxy.refuse();
      // The server ends the relayed sessions, as a restart would.
      const ports = proxy.serverSidePorts();
      if (ports.length) {
        await sql`select pg_terminate_backend(pid) from pg_stat_activity
                  where client_port in (${sql.join(ports)})`
          .execute(app.database.db);
      }
      await waitFor(
        "the relayed sessions to end",
        () => Promise.resolve(proxy.serverSidePorts().length === 0),
      );

      const german = { "accept-language": "de-DE,de;q=0.9" };
      const english = { "accept-language": "en" };
      // All at once: a driver waiting between reconnect attempts then
      // delays the test once, not once per request.
      const [
        shop,
        adminBooking,
        adminInvoices,
        adminShop,
        portal,
        form,
        api,
        slots,
        heartbeat,
      ] = await Promise.all([
        visitor.request("/shop", { headers: german }),
        staff.request("/admin/booking", { headers: german }),
        staff.request("/admin/invoices", { headers: german }),
        staff.request("/admin/shop", { headers: german }),
        contact.request("/clients", { headers: english }),
        visitor.request("/booking", {
          method: "POST",
          headers: german,
          body: new URLSearchParams({
            _csrf: visitor.csrf!,
            service: serviceId,
            staff: "any",
            start: new Date(Date.now() + 7 * 86_400_000).toISOString(),
            name: "Away Visitor",
            email: "away-visitor@example.com",
          }),
        }),
        fetch(`${app.url}/api/licenses/validate`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ key, domain: "away.example" }),
        }),
        visitor.request(
          `/booking/api/slots?service=${serviceId}&staff=any&from=${
            new Date().toISOString().slice(0, 10)
          }`,
        ),
        fetch(`${app.url}/cat_heartbeat?path=/clients&view=1`, {
          headers: { cookie: `${SESSION_COOKIE.contact}=${unseenSession}` },
        }),
      ]);
      await assertUnavailablePage(shop, "public page");
      await assertUnavailablePage(adminBooking, "admin booking page");
      await assertUnavailablePage(adminInvoices, "admin invoices page");
      await assertUnavailablePage(adminShop, "admin shop page");
      await assertUnavailablePage(portal, "portal page");
      await assertUnavailablePage(form, "form post");
      await assertUnavailableJson(api, "license API");
      await assertUnavailableJson(slots, "slot API");
      await assertUnavailableJson(heartbeat, "heartbeat");

      proxy.restore();
      await waitFor(
        "the database to answer again",
        () => app.services.ping().then(() => true, () => false),
        60_000,
      );
      const after = await staff.request("/admin/booking");
      assert.equal(after.status, 200, "served again, signed in as before");
      await after.body?.cancel();
    } finally {
      proxy.restore();
      await app.close();
      proxy.close();
    }
  },
});
