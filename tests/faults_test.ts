/**
 * Faults against real processes and connections (docs/RELIABILITY.md):
 * PostgreSQL connections killed under a burst of requests, and the app
 * process SIGKILLed between a payment and its licenses, and around a
 * heartbeat flush. Each test ends by counting rows.
 *
 * The outages are made deterministic with table locks held by a separate
 * admin connection: requests pile up waiting on the lock, so they are
 * certainly in flight when their connections are terminated, and nothing
 * can commit until the lock is released.
 */
import assert from "node:assert/strict";
// @ts-types="@types/pg"
import type pg from "pg";
import { startTestApp } from "./helpers/app.ts";
import { type ChildApp, startChild } from "./helpers/child.ts";
import { sleep, waitFor } from "./helpers/wait.ts";
import { createBookable, setBookingSettings } from "./helpers/booking.ts";
import {
  checkoutInput,
  createCatalog,
  setShopSettings,
} from "./helpers/shop.ts";
import {
  createClientWithContact,
  createStaff,
  sessionClient,
  TestClient,
} from "./helpers/http.ts";
import {
  connectClient,
  createTestDatabase,
  inClientTransaction,
} from "@/lib/db/testing.ts";
import type { Database } from "@/lib/db/database.ts";
import { Keyring } from "@/lib/crypto.ts";
import { recordConsent } from "@/lib/activity/consent.ts";
import {
  CONTACT_SESSIONS_ENDED,
  createSession,
  SESSION_COOKIE,
} from "@/lib/auth/sessions.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { issuePendingLicenses } from "@/lib/shop/issuing.ts";
import { getShopSettings } from "@/lib/shop/settings.ts";
import { recordPayment } from "@/lib/shop/payments.ts";
import { signWebhookBody } from "@/lib/shop/webhook.ts";
import { freePort } from "@/lib/mail/testing.ts";

// Killing connections and processes needs a real server.
const embedded = Deno.env.get("PORTICO_TEST_EMBEDDED") === "1";
const WEBHOOK_SECRET = "whsec_faults_0123456789";
const APP_SECRET = "faults-secret-".padEnd(40, "y");

/** A connection of its own (not in any app's pool) to the test database. */
function adminConnection(url: string): Promise<pg.Client> {
  return connectClient(url, "portico-faults-admin");
}

/** Backends of this database waiting for a lock on one of `tables`. */
async function lockWaiters(
  admin: pg.Client,
  tables: string[],
): Promise<number> {
  const { rows: [{ n }] } = await admin.query<{ n: number }>(
    `select count(distinct l.pid)::int as n from pg_locks l
     join pg_class c on c.oid = l.relation
     where not l.granted and c.relname = any($1)
       and l.database = (select oid from pg_database
                         where datname = current_database())`,
    [tables],
  );
  return n;
}

/** Terminates every other connection to this database; returns how many. */
async function terminateOthers(admin: pg.Client): Promise<number> {
  const { rowCount } = await admin.query(
    `select pg_terminate_backend(pid) from pg_stat_activity
     where datname = current_database() and pid <> pg_backend_pid()`,
  );
  return rowCount ?? 0;
}

/** True unless some transaction still holds a pending grant's row lock. */
async function grantsUnlocked(admin: pg.Client): Promise<boolean> {
  return await inClientTransaction(admin, async (tx) => {
    const { rows: [all] } = await tx.query<{ n: number }>(
      "select count(*)::int as n from license_grants where status = 'pending'",
    );
    const free = await tx.query(
      `select id from license_grants where status = 'pending'
       for update skip locked`,
    );
    return free.rowCount === all.n;
  });
}

/** An error answer must say nothing about the code or the database. */
function assertNoLeak(body: string, what: string) {
  assert.ok(!/\n\s*at /.test(body), `${what}: no stack lines`);
  assert.ok(!body.includes("PostgresError"), `${what}: no driver error name`);
  assert.ok(!/terminating connection|57P01/.test(body), `${what}: no SQL text`);
}

async function webhook(
  baseUrl: string,
  body: Record<string, unknown>,
): Promise<Response> {
  const raw = JSON.stringify(body);
  return await fetch(`${baseUrl}/api/payments/webhook`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-payment-signature": await signWebhookBody(WEBHOOK_SECRET, raw),
    },
    body: raw,
  });
}

/** Orders on `db`, each with its unpaid invoice, for `count` buyers. */
async function unpaidOrders(
  db: Database,
  keys: Keyring,
  appUrl: string,
  slug: string,
  prefix: string,
  count: number,
) {
  const env = { keys, appUrl, settings: await getShopSettings(db) };
  const orders = [];
  for (let i = 0; i < count; i++) {
    const email = `${prefix}${i}@example.com`;
    const order = await checkout(
      db,
      env,
      checkoutInput(slug, email),
      new Date(),
    );
    const invoice = await db.selectFrom("invoices")
      .select(["number", "total_cents"])
      .where("id", "=", order.invoiceId!).executeTakeFirstOrThrow();
    orders.push({ email, orderId: order.orderId, ...invoice });
  }
  return orders;
}

const countRows = async (
  query: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> },
) => Number((await query.executeTakeFirstOrThrow()).n);

Deno.test({
  name:
    "connections killed under a burst of bookings, webhooks and heartbeats: clean 503s, reconnect, every accepted write exactly once",
  ignore: embedded,
  async fn() {
    // Heartbeats are flushed by the test, so the outage hits a known flush.
    const app = await startTestApp({
      env: { TRUST_PROXY: "1" },
      activityFlushMs: 3600_000,
    });
    const admin = await adminConnection(app.database.url!);
    try {
      const { db, keys } = app.services;
      await setShopSettings(db, keys, { webhookSecret: WEBHOOK_SECRET });
      await setBookingSettings(db, {
        minNoticeMinutes: 60,
        horizonDays: 60,
        slotStepMinutes: 30,
      });
      const { serviceId, staffIds } = await createBookable(db, {
        staffCount: 2,
      });
      // Twelve non-overlapping free slots, found through the public API.
      const from = new Date(Date.now() + 3 * 24 * 3600_000).toISOString()
        .slice(0, 10);
      const slots: { staff: string; start: string }[] = [];
      for (const staff of staffIds) {
        const res = await app.request(
          `/booking/api/slots?service=${serviceId}&staff=${staff}&from=${from}&days=2`,
        );
        const { slots: free } = await res.json() as {
          slots: { start: string }[];
        };
        let last = 0;
        for (const slot of free) {
          const at = Date.parse(slot.start);
          if (at - last < 120 * 60_000) continue;
          last = at;
          slots.push({ staff, start: slot.start });
          if (slots.length % 6 === 0) break;
        }
      }
      assert.equal(slots.length, 12);
      const catalog = await createCatalog(db, "burst");
      const orders = await unpaidOrders(
        db,
        keys,
        app.url,
        catalog.paid,
        "burst",
        8,
      );
      const visitors: { contactId: string; client: TestClient }[] = [];
      for (let i = 0; i < 6; i++) {
        const { contactId } = await createClientWithContact(db, {
          email: `beat${i}@example.com`,
        });
        await recordConsent(db, contactId, "granted", "test", new Date());
        visitors.push({
          contactId,
          client: await sessionClient(app.url, db, "contact", contactId),
        });
      }
      const visitor = new TestClient(app.url);
      await visitor.page("/booking");

      let address = 0;
      const book = async (
        slot: { staff: string; start: string },
        i: number,
      ) => {
        const res = await visitor.request("/booking", {
          method: "POST",
          headers: { "x-forwarded-for": `198.51.100.${++address}` },
          body: new URLSearchParams({
            _csrf: visitor.csrf!,
            service: serviceId,
            staff: slot.staff,
            start: slot.start,
            name: `Burst ${i}`,
            email: `burst-booking${i}@example.com`,
          }),
        });
        return { status: res.status, body: await res.text() };
      };
      const pay = async (order: typeof orders[number]) => {
        const res = await webhook(app.url, {
          invoice: order.number,
          amount: order.total_cents,
          currency: "EUR",
          transaction_id: `tx-${order.number}`,
        });
        return { status: res.status, body: await res.text() };
      };
      const beat = async (client: TestClient, path: string) => {
        const res = await client.request(`/cat_heartbeat?path=${path}&view=1`);
        await res.body?.cancel();
        return res.status;
      };
      // Identities cached: from here on a beat is answered from memory.
      for (const v of visitors) assert.equal(await beat(v.client, "/p0"), 204);

      // The outage: writes wait on locks, then their connections die.
      let killed = 0;
      let flushed = -1;
      const burst = await inClientTransaction(admin, async (tx) => {
        await tx.query(`lock table bookings, payments, activity_sessions
                        in exclusive mode`);
        const bookings = slots.map(book);
        const payments = orders.map(pay);
        const beats = visitors.map((v) => beat(v.client, "/p1"));
        const flush = app.services.activity.flush().then((n) => flushed = n);
        // The pool (5 connections) is full of requests waiting on the lock.
        await waitFor(
          "requests waiting on the locks",
          async () =>
            await lockWaiters(tx, [
              "bookings",
              "payments",
              "activity_sessions",
            ]) >= 5,
        );
        // Keep killing for a while: queued requests reconnect and die too.
        const until = Date.now() + 1200;
        while (Date.now() < until) {
          killed += await terminateOthers(tx);
          await sleep(100);
        }
        await flush;
        return { bookings, payments, beats };
      });
      assert.ok(killed >= 5, "connections were terminated");
      assert.equal(flushed, 0, "the flush failed and kept its beats");

      // Locks released: whatever had not failed goes through now.
      const bookingAnswers = await Promise.all(burst.bookings);
      const paymentAnswers = await Promise.all(burst.payments);
      const beatStatuses = await Promise.all(burst.beats);
      assert.deepEqual(beatStatuses, Array(6).fill(204), "beats from memory");

      for (const answer of [...bookingAnswers, ...paymentAnswers]) {
        assert.ok(
          [200, 303, 503].includes(answer.status),
          `clean status, got ${answer.status}`,
        );
        if (answer.status === 503) assertNoLeak(answer.body, "error answer");
      }
      const failedBookings = bookingAnswers.filter((a) => a.status === 503);
      const failedPayments = paymentAnswers.filter((a) => a.status === 503);
      // Five connections waited on the locks, one of them the flush.
      assert.ok(
        failedBookings.length + failedPayments.length >= 4,
        "the requests in flight failed",
      );
      for (const failed of failedPayments) {
        assert.equal(
          JSON.parse(failed.body).error.code,
          "SERVICE_UNAVAILABLE",
        );
      }
      for (const failed of failedBookings) {
        assert.match(failed.body, /Temporarily unavailable/);
      }

      // Accepted before the retries: exactly the 303 / 200 answers.
      const acceptedBookings = bookingAnswers.filter((a) => a.status === 303);
      const burstBookings = db.selectFrom("bookings")
        .select(db.fn.countAll().as("n"))
        .where("email", "like", "burst-booking%");
      assert.equal(await countRows(burstBookings), acceptedBookings.length);
      const burstPayments = db.selectFrom("payments")
        .select(db.fn.countAll().as("n"))
        .where("transaction_id", "like", "tx-%");
      assert.equal(
        await countRows(burstPayments),
        paymentAnswers.filter((a) => a.status === 200).length,
      );

      // Reconnected by itself: the failed requests, sent again, succeed.
      for (const [i, answer] of bookingAnswers.entries()) {
        if (answer.status !== 303) {
          assert.equal((await book(slots[i], i)).status, 303);
        }
      }
      for (const [i, answer] of paymentAnswers.entries()) {
        if (answer.status !== 200) {
          const retry = await pay(orders[i]);
          assert.equal(retry.status, 200);
          assert.equal(JSON.parse(retry.body).duplicate, false);
        }
      }
      assert.equal(await app.services.activity.flush(), 6, "kept beats land");
      // Provider retries of every notification change nothing.
      for (const order of orders) {
        assert.equal(JSON.parse((await pay(order)).body).duplicate, true);
      }
      // Anything the webhooks' own issuing did not finish, the job does.
      await issuePendingLicenses(db, {
        keys,
        appUrl: app.url,
        settings: await getShopSettings(db),
      }, new Date(Date.now() + 2 * 3600_000));

      assert.equal(await countRows(burstBookings), 12, "one row per slot");
      const perSlot = await db.selectFrom("bookings")
        .select(["staff_id", "starts_at"])
        .where("email", "like", "burst-booking%").execute();
      assert.equal(
        new Set(
          perSlot.map((r) => `${r.staff_id} ${r.starts_at.toISOString()}`),
        )
          .size,
        12,
      );
      assert.equal(await countRows(burstPayments), 8, "one per transaction");
      for (const order of orders) {
        const licenses = await db.selectFrom("licenses").select("id")
          .where("email", "=", order.email).execute();
        assert.equal(licenses.length, 1, `one license for ${order.email}`);
        const mails = await db.selectFrom("email_outbox").select("id")
          .where("to_address", "=", order.email)
          .where("dedupe_key", "like", "license-grant:%").execute();
        assert.equal(mails.length, 1, `one license email for ${order.email}`);
      }
      const sessions = await db.selectFrom("activity_sessions")
        .select(["contact_id", "page_views"])
        .where("contact_id", "in", visitors.map((v) => v.contactId)).execute();
      assert.equal(sessions.length, 6, "one session per visitor");
      assert.ok(sessions.every((s) => s.page_views === 2), "/p0 and /p1 each");
      assert.equal(
        await countRows(
          db.selectFrom("page_visits").select(db.fn.countAll().as("n"))
            .where("contact_id", "in", visitors.map((v) => v.contactId)),
        ),
        12,
      );

      // LISTEN reconnected too: a sign-out still reaches the heartbeat cache.
      const [first] = visitors;
      const firstToken = first.client.cookies.get(SESSION_COOKIE.contact)!;
      // A listener beside the tracker's, on the same LISTEN connection: when
      // it hears the sign-out, so has the tracker.
      let heard = false;
      const unlisten = await app.database.listen(
        CONTACT_SESSIONS_ENDED,
        (contactId) => void (heard ||= contactId === first.contactId),
      );
      await first.client.page("/clients");
      const out = await first.client.post("/clients/logout", {});
      assert.equal(out.status, 303);
      await out.body?.cancel();
      first.client.cookies.set(SESSION_COOKIE.contact, firstToken);
      await waitFor("the sign-out notification", () => Promise.resolve(heard));
      void unlisten();
      assert.equal(await beat(first.client, "/after-sign-out"), 204);
      assert.equal(await app.services.activity.flush(), 0, "not tracked");
      assert.equal(
        await countRows(
          db.selectFrom("page_visits").select(db.fn.countAll().as("n"))
            .where("contact_id", "=", first.contactId),
        ),
        2,
        "nothing recorded after the sign-out",
      );
    } finally {
      await admin.end();
      await app.close();
    }
  },
});

Deno.test({
  name:
    "SIGKILL between a recorded payment and its licenses: after a restart, one license and one email per grant",
  ignore: embedded,
  async fn() {
    const database = await createTestDatabase();
    const admin = await adminConnection(database.url!);
    const { db } = database;
    const keys = new Keyring(APP_SECRET);
    const port = freePort();
    let child: ChildApp | undefined;
    try {
      await setShopSettings(db, keys, { webhookSecret: WEBHOOK_SECRET });
      const catalog = await createCatalog(db, "kill");
      const appUrl = `http://127.0.0.1:${port}`;
      const [bundle] = await unpaidOrders(
        db,
        keys,
        appUrl,
        catalog.bundle,
        "killbundle",
        1,
      );
      const [single] = await unpaidOrders(
        db,
        keys,
        appUrl,
        catalog.paid,
        "killsingle",
        1,
      );
      child = await startChild(port, {
        DATABASE_URL: database.url!,
        APP_SECRET,
      });

      const notification = {
        invoice: bundle.number,
        amount: bundle.total_cents,
        currency: "EUR",
        transaction_id: "tx-kill-bundle",
      };
      // A lock wait that outlives the test fails it instead of hanging CI.
      await admin.query(
        `alter database "${
          new URL(database.url!).pathname.slice(1)
        }" set lock_timeout = '60s'`,
      );
      await inClientTransaction(admin, async (tx) => {
        // Issuing waits here, writing the license's "issued" event, with the
        // payment (and its receipt email) committed and the license row
        // written but not committed. Paying never writes license events.
        await tx.query("lock table license_events in exclusive mode");
        const delivery = webhook(child!.url, notification).then(
          (res) => res.status,
          () => "no answer",
        );
        await waitFor(
          "issuing to wait on the license event lock",
          async () => await lockWaiters(tx, ["license_events"]) >= 1,
        );
        // The other order: paid straight into the database, nobody issues.
        await recordPayment(
          db,
          {
            invoice: single.number,
            amountCents: single.total_cents,
            currency: "EUR",
            transactionId: "tx-kill-single",
            method: "bank",
            paidAt: new Date(),
          },
          { type: "system" },
          new Date(),
        );
        await child!.kill();
        assert.equal(
          await delivery,
          "no answer",
          "the process died mid-request",
        );
      });
      // The dead process's backend gives up its grant lock once it notices.
      await waitFor(
        "the orphaned transaction to end",
        () => grantsUnlocked(admin),
      );

      const grants = () =>
        db.selectFrom("license_grants as g")
          .innerJoin("order_lines as l", "l.id", "g.order_line_id")
          .select(["g.id", "g.status", "g.license_id"])
          .where("l.order_id", "in", [bundle.orderId, single.orderId])
          .execute();
      assert.deepEqual(
        (await grants()).map((g) => g.status),
        ["pending", "pending", "pending"],
        "both payments committed, nothing issued",
      );
      assert.equal(
        await countRows(
          db.selectFrom("licenses").select(db.fn.countAll().as("n"))
            .where("email", "in", [bundle.email, single.email]),
        ),
        0,
      );

      child = await startChild(port, {
        DATABASE_URL: database.url!,
        APP_SECRET,
      });
      // The provider retries its notification: recognised, nothing new.
      const retry = await webhook(child.url, notification);
      assert.equal(retry.status, 200);
      assert.equal((await retry.json()).duplicate, true);
      // Staff press "Run now" for the issuing job on the restarted process.
      const staffId = await createStaff(db, {
        email: "kill-admin@example.com",
        password: "kill admin password",
      });
      const staff = await sessionClient(child.url, db, "staff", staffId);
      await staff.page("/admin/jobs");
      for (let i = 0; i < 2; i++) {
        const run = await staff.post("/admin/jobs", { job: "issue-licenses" });
        assert.equal(run.status, 303);
        await run.body?.cancel();
      }

      const issued = await grants();
      assert.deepEqual(issued.map((g) => g.status), [
        "issued",
        "issued",
        "issued",
      ]);
      assert.equal(new Set(issued.map((g) => g.license_id)).size, 3);
      assert.equal(
        await countRows(
          db.selectFrom("payments").select(db.fn.countAll().as("n"))
            .where("transaction_id", "like", "tx-kill-%"),
        ),
        2,
      );
      const licenses = await db.selectFrom("licenses").select("email")
        .where("email", "in", [bundle.email, single.email]).execute();
      assert.equal(licenses.length, 3, "bundle: 2, single: 1");
      const mails = await db.selectFrom("email_outbox").select("dedupe_key")
        .where("dedupe_key", "in", issued.map((g) => `license-grant:${g.id}`))
        .execute();
      assert.equal(mails.length, 3, "one license email per grant");
    } finally {
      await child?.kill();
      await admin.end();
      await database.drop();
    }
  },
});

Deno.test({
  name:
    "SIGKILL after a heartbeat flush loses nothing; before one, at most that window; never a duplicate session",
  ignore: embedded,
  async fn() {
    const database = await createTestDatabase();
    const admin = await adminConnection(database.url!);
    const { db } = database;
    const port = freePort();
    let child: ChildApp | undefined;
    try {
      const { contactId } = await createClientWithContact(db, {
        email: "crash-beats@example.com",
      });
      await recordConsent(db, contactId, "granted", "test", new Date());
      const token = await createSession(db, "contact", contactId, new Date());
      const beat = async (path: string) => {
        const res = await fetch(
          `${child!.url}/cat_heartbeat?path=${path}&view=1`,
          { headers: { cookie: `${SESSION_COOKIE.contact}=${token}` } },
        );
        await res.body?.cancel();
        assert.equal(res.status, 204);
      };
      const visited = async () =>
        (await db.selectFrom("page_visits").select("path")
          .where("contact_id", "=", contactId).orderBy("visited_at")
          .orderBy("path").execute()).map((v) => v.path);

      // After a flush: everything flushed survives the kill.
      child = await startChild(port, {
        DATABASE_URL: database.url!,
        APP_SECRET,
      });
      for (const path of ["/a1", "/a2", "/a3"]) await beat(path);
      await waitFor(
        "the 2 s flush",
        async () => (await visited()).length === 3,
      );
      await child.kill();
      assert.deepEqual(await visited(), ["/a1", "/a2", "/a3"]);

      // Before a flush: the flush is held on a lock, then the process dies.
      child = await startChild(port, {
        DATABASE_URL: database.url!,
        APP_SECRET,
      });
      await inClientTransaction(admin, async (tx) => {
        await tx.query("lock table activity_sessions in exclusive mode");
        for (const path of ["/b1", "/b2", "/b3"]) await beat(path);
        await waitFor(
          "the flush to wait on the lock",
          async () => await lockWaiters(tx, ["activity_sessions"]) >= 1,
        );
        await child!.kill();
      });

      // Restarted: the session continues, only the unflushed window is gone.
      child = await startChild(port, {
        DATABASE_URL: database.url!,
        APP_SECRET,
      });
      for (const path of ["/c1", "/c2"]) await beat(path);
      await waitFor(
        "the next flush",
        async () => (await visited()).length >= 5,
      );
      await child.kill();
      child = undefined;

      assert.deepEqual(
        (await visited()).sort(),
        ["/a1", "/a2", "/a3", "/c1", "/c2"],
        "the window of /b1–/b3 is lost, nothing is doubled",
      );
      const sessions = await db.selectFrom("activity_sessions")
        .select(["page_views", "ended_at"])
        .where("contact_id", "=", contactId).execute();
      assert.equal(sessions.length, 1, "one session across the restarts");
      assert.equal(sessions[0].page_views, 5);
      assert.equal(sessions[0].ended_at, null);
    } finally {
      await child?.kill();
      await admin.end();
      await database.drop();
    }
  },
});
