/**
 * Anonymous heartbeats are answered from memory (issue 12, observation
 * 10): a flood of random session cookies costs a small, bounded number of
 * database queries, however long it goes on.
 *
 * Counted on the real database: the transactions committed or rolled back
 * in a database of its own over the whole life of one app instance that
 * serves the flood, read once every connection to it has closed (a
 * backend reports its counts when it exits at the latest, so nothing can
 * be missed by reading too early).
 */
import assert from "node:assert/strict";
// @ts-types="@types/pg"
import type pg from "pg";
import { startTestApp } from "./helpers/app.ts";
import { createClientWithContact } from "./helpers/http.ts";
import { waitFor } from "./helpers/wait.ts";
import { connectClient, createTestDatabase } from "@/lib/db/testing.ts";
import { recordConsent } from "@/lib/activity/consent.ts";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions.ts";
import { randomToken } from "@/lib/crypto.ts";

const FLOOD_ADDRESSES = ["203.0.113.1", "203.0.113.2"];
const CONTACT_ADDRESS = "198.51.100.7";
const FLOOD_BEATS = 2000;
/** Requests in flight at once, like a client with a connection pool. */
const CONCURRENCY = 50;

/** Transactions of database `name` reported so far, once it has no connections. */
async function settledTransactions(
  admin: pg.Client,
  name: string,
): Promise<number> {
  await waitFor(`no connections to ${name}`, async () => {
    const { rows: [{ n }] } = await admin.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where datname = $1",
      [name],
    );
    return n === 0;
  }, 10_000);
  const { rows: [row] } = await admin.query<{ n: number }>(
    `select (xact_commit + xact_rollback)::int as n
     from pg_stat_database where datname = $1`,
    [name],
  );
  return row?.n ?? 0;
}

function beat(
  url: string,
  address: string,
  token?: string,
): Promise<Response> {
  const headers = new Headers({ "x-forwarded-for": address });
  if (token) headers.set("cookie", `${SESSION_COOKIE.contact}=${token}`);
  return fetch(`${url}/cat_heartbeat?path=%2Fclients&view=1`, { headers });
}

/** Status, the headers a client could read something from, and the body. */
async function answer(res: Response) {
  return {
    status: res.status,
    cacheControl: res.headers.get("cache-control"),
    setCookie: res.headers.getSetCookie(),
    body: await res.text(),
  };
}

Deno.test({
  name:
    "2,000 heartbeats with random cookies from two addresses: a few queries, the same answer, real contacts still recorded",
  ignore: Deno.env.get("PORTICO_TEST_EMBEDDED") === "1",
  async fn() {
    let clock = new Date("2027-06-01T09:00:00Z");
    const database = await createTestDatabase();
    const name = new URL(database.url!).pathname.slice(1);
    const adminUrl = new URL(database.url!);
    adminUrl.pathname = "/postgres";
    const admin = await connectClient(adminUrl.href);
    try {
      const contacts = [];
      for (const email of ["one@example.com", "two@example.com"]) {
        const { contactId } = await createClientWithContact(database.db, {
          email,
        });
        await recordConsent(database.db, contactId, "granted", "test", clock);
        const token = await createSession(
          database.db,
          "contact",
          contactId,
          clock,
        );
        contacts.push({ contactId, token });
      }
      await database.close();
      const before = await settledTransactions(admin, name);

      const app = await startTestApp({
        shareDatabaseWith: { database },
        env: { TRUST_PROXY: "1" },
        now: () => clock,
        activityFlushMs: 3600_000,
      });
      let flushed: number;
      try {
        const anonymous = await answer(
          await beat(app.url, FLOOD_ADDRESSES[0]),
        );
        assert.deepEqual(anonymous, {
          status: 204,
          cacheControl: "no-store",
          setCookie: [],
          body: "",
        });
        for (let sent = 0; sent < FLOOD_BEATS; sent += CONCURRENCY) {
          const answers = await Promise.all(
            Array.from({ length: CONCURRENCY }, async (_, i) =>
              answer(
                await beat(
                  app.url,
                  FLOOD_ADDRESSES[(sent + i) % FLOOD_ADDRESSES.length],
                  randomToken(),
                ),
              )),
          );
          for (const flooded of answers) {
            assert.deepEqual(flooded, anonymous, "says nothing about sessions");
          }
        }

        const [first, second] = contacts;
        assert.equal(
          (await beat(app.url, CONTACT_ADDRESS, first.token)).status,
          204,
        );
        // A contact behind a flooding address is looked up again once the
        // address's budget has refilled.
        clock = new Date(clock.getTime() + 1000);
        assert.equal(
          (await beat(app.url, FLOOD_ADDRESSES[0], second.token)).status,
          204,
        );
        flushed = await app.services.activity.flush();
      } finally {
        await app.close();
      }
      assert.equal(flushed, 2, "both real contacts' beats were recorded");

      const transactions = await settledTransactions(admin, name) - before;
      assert.ok(
        transactions < 50,
        `${transactions} transactions for ${FLOOD_BEATS} anonymous beats`,
      );
    } finally {
      await admin.end();
      await database.drop();
    }
  },
});
