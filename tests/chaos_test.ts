/**
 * Chaos against the app as a real child process (docs/RELIABILITY.md):
 * its PostgreSQL backends terminated every 2–3 s under mixed load, its
 * PostgreSQL server restarted under load, and a start while that server
 * is down. The load is bookings, checkouts, payment webhooks, heartbeats
 * and jobs started with "Run now", with mail going to a real SMTP server
 * that answers slowly. Each test then checks that the process is alive,
 * that `/readyz` recovers, that every acknowledged write (303 booking,
 * 303 checkout, 2xx webhook) is stored exactly once and that no email
 * arrived more than twice.
 *
 * The server restart and the down start use a private cluster
 * (tests/helpers/pg_cluster.ts), never the shared server on 5432.
 * Skipped on embedded PGlite: it has no connections to cut or server to
 * restart.
 */
import assert from "node:assert/strict";
// @ts-types="@types/pg"
import type pg from "pg";
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
  type PrivateCluster,
  serverBinaries,
  startPrivateCluster,
} from "./helpers/pg_cluster.ts";
import { APPLICATION_NAME, type Database } from "@/lib/db/database.ts";
import { openDatabase } from "@/lib/db/database.ts";
import { migrateToLatest } from "@/lib/db/migrate.ts";
import { connectClient, createTestDatabase } from "@/lib/db/testing.ts";
import { Keyring } from "@/lib/crypto.ts";
import { recordConsent } from "@/lib/activity/consent.ts";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { getShopSettings } from "@/lib/shop/settings.ts";
import { signWebhookBody } from "@/lib/shop/webhook.ts";
import {
  freePort,
  type ReceivedEmail,
  startTestSmtpServer,
  type TestSmtpServer,
} from "@/lib/mail/testing.ts";

const embedded = Deno.env.get("PORTICO_TEST_EMBEDDED") === "1";
if (embedded) {
  console.log(
    "chaos_test.ts: skipped on embedded PGlite (no connections to cut, no server to restart)",
  );
}
const WEBHOOK_SECRET = "whsec_chaos_0123456789";
const APP_SECRET = "chaos-secret-".padEnd(40, "z");
/** Each message is accepted this long after it arrived. */
const SMTP_DELAY_MS = 300;
/** No request may wait longer than this for its answer. */
const REQUEST_TIMEOUT_MS = 20_000;
/**
 * "Run now" answers when its run ends: send-mail's batch of up to 50
 * messages at SMTP_DELAY_MS each takes about 15 s before any cut.
 */
const JOB_TIMEOUT_MS = 60_000;

/** What the load needs in the database, made before the app starts. */
interface Fixture {
  serviceId: string;
  staffIds: string[];
  product: string;
  orders: { number: string; total_cents: number }[];
  beatTokens: string[];
  staffId: string;
}

async function prepare(db: Database, appUrl: string): Promise<Fixture> {
  const keys = new Keyring(APP_SECRET);
  await setShopSettings(db, keys, { webhookSecret: WEBHOOK_SECRET });
  await setBookingSettings(db, {
    minNoticeMinutes: 60,
    horizonDays: 60,
    slotStepMinutes: 30,
  });
  const { serviceId, staffIds } = await createBookable(db, { staffCount: 3 });
  const catalog = await createCatalog(db, "chaos");
  const env = { keys, appUrl, settings: await getShopSettings(db) };
  const orders = [];
  for (let i = 0; i < 40; i++) {
    const order = await checkout(
      db,
      env,
      checkoutInput(catalog.paid, `chaos-payer${i}@example.com`),
      new Date(),
    );
    orders.push(
      await db.selectFrom("invoices").select(["number", "total_cents"])
        .where("id", "=", order.invoiceId!).executeTakeFirstOrThrow(),
    );
  }
  const beatTokens = [];
  for (let i = 0; i < 5; i++) {
    const { contactId } = await createClientWithContact(db, {
      email: `chaos-beat${i}@example.com`,
    });
    await recordConsent(db, contactId, "granted", "test", new Date());
    beatTokens.push(await createSession(db, "contact", contactId, new Date()));
  }
  const staffId = await createStaff(db, {
    email: "chaos-admin@example.com",
    password: "chaos admin password",
  });
  return {
    serviceId,
    staffIds,
    product: catalog.paid,
    orders,
    beatTokens,
    staffId,
  };
}

/** Free slots that do not overlap (service 60 min + 15 min buffer). */
async function freeSlots(
  url: string,
  fixture: Fixture,
): Promise<{ staff: string; start: string }[]> {
  const from = new Date(Date.now() + 2 * 24 * 3600_000).toISOString()
    .slice(0, 10);
  const slots = [];
  for (const staff of fixture.staffIds) {
    const res = await fetch(
      `${url}/booking/api/slots?service=${fixture.serviceId}&staff=${staff}&from=${from}&days=30`,
    );
    const { slots: free } = await res.json() as { slots: { start: string }[] };
    let last = 0;
    for (const slot of free) {
      const at = Date.parse(slot.start);
      if (at - last < 90 * 60_000) continue;
      last = at;
      slots.push({ staff, start: slot.start });
    }
  }
  return slots;
}

/** Every answer the load got, and what it acknowledged. */
interface Ledger {
  bookings: { email: string; status: number }[];
  checkouts: { email: string; status: number }[];
  webhooks: { transactionId: string; status: number }[];
  /** Answers no client should ever get (a 500, a timeout …). */
  unexpected: string[];
}

/**
 * Mixed load against `url` until `signal` aborts: two booking visitors,
 * two buyers, one payment provider, heartbeats and a staff member
 * pressing "Run now" for the issuing and session jobs.
 */
async function driveLoad(
  url: string,
  db: Database,
  fixture: Fixture,
  signal: AbortSignal,
): Promise<Ledger> {
  const ledger: Ledger = {
    bookings: [],
    checkouts: [],
    webhooks: [],
    unexpected: [],
  };
  const slots = await freeSlots(url, fixture);
  const visitor = new TestClient(url);
  await visitor.page("/booking");
  const buyer = new TestClient(url);
  await buyer.page(`/shop/checkout?item=${fixture.product}`);
  const staff = await sessionClient(url, db, "staff", fixture.staffId);
  await staff.page("/admin/jobs");
  let address = 0;
  const nextAddress = () =>
    `10.${(++address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
  let attempt = 0;

  /** One request; its status, or 0 for no answer (recorded as unexpected). */
  const send = async (
    what: string,
    request: () => Promise<Response>,
  ): Promise<number> => {
    try {
      const res = await request();
      await res.body?.cancel();
      return res.status;
    } catch (error) {
      ledger.unexpected.push(`${what}: no answer (${error})`);
      return 0;
    }
  };
  const expect = (what: string, status: number, allowed: number[]) => {
    if (status && !allowed.includes(status)) {
      ledger.unexpected.push(`${what}: ${status}`);
    }
  };
  const timeout = () => AbortSignal.timeout(REQUEST_TIMEOUT_MS);

  const booker = async () => {
    while (!signal.aborted) {
      const slot = slots.shift();
      if (!slot) return;
      const email = `chaos-booking${++attempt}@example.com`;
      const status = await send("booking", () =>
        visitor.request("/booking", {
          method: "POST",
          headers: { "x-forwarded-for": nextAddress() },
          body: new URLSearchParams({
            _csrf: visitor.csrf!,
            service: fixture.serviceId,
            staff: slot.staff,
            start: slot.start,
            name: `Chaos ${attempt}`,
            email,
          }),
          signal: timeout(),
        }));
      expect("booking", status, [303, 409, 503]);
      ledger.bookings.push({ email, status });
      // Unanswered: maybe booked, maybe not; the slot is not tried again.
    }
  };
  const shopper = async () => {
    while (!signal.aborted) {
      const email = `chaos-buyer${++attempt}@example.com`;
      const status = await send(
        "checkout",
        () =>
          buyer.request("/shop/checkout", {
            method: "POST",
            headers: { "x-forwarded-for": nextAddress() },
            body: new URLSearchParams({
              _csrf: buyer.csrf!,
              item: fixture.product,
              mode: "buy",
              name: "Chaos Buyer",
              company: "Chaos GmbH",
              email,
              address: "Hauptstr. 1",
              postal_code: "10115",
              city: "Berlin",
              country: "DE",
              terms: "on",
            }),
            signal: timeout(),
          }),
      );
      expect("checkout", status, [303, 503]);
      ledger.checkouts.push({ email, status });
    }
  };
  const provider = async () => {
    for (const order of fixture.orders) {
      if (signal.aborted) return;
      const transactionId = `chaos-tx-${order.number}`;
      const body = JSON.stringify({
        invoice: order.number,
        amount: order.total_cents,
        currency: "EUR",
        transaction_id: transactionId,
      });
      const status = await send(
        "webhook",
        async () =>
          fetch(`${url}/api/payments/webhook`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "x-payment-signature": await signWebhookBody(
                WEBHOOK_SECRET,
                body,
              ),
            },
            body,
            signal: timeout(),
          }),
      );
      expect("webhook", status, [200, 503]);
      ledger.webhooks.push({ transactionId, status });
      await sleep(150);
    }
  };
  const heartbeats = async () => {
    for (let i = 0; !signal.aborted; i++) {
      const token = fixture.beatTokens[i % fixture.beatTokens.length];
      const status = await send(
        "heartbeat",
        () =>
          fetch(`${url}/cat_heartbeat?path=/chaos${i % 7}&view=1`, {
            headers: { cookie: `${SESSION_COOKIE.contact}=${token}` },
            signal: timeout(),
          }),
      );
      expect("heartbeat", status, [204, 429, 503]);
      await sleep(50);
    }
  };
  const jobs = async () => {
    const names = ["issue-licenses", "send-mail", "end-idle-sessions"];
    for (let i = 0; !signal.aborted; i++) {
      const status = await send("run now", () =>
        staff.request("/admin/jobs", {
          method: "POST",
          body: new URLSearchParams({
            _csrf: staff.csrf!,
            job: names[i % names.length],
          }),
          signal: AbortSignal.timeout(JOB_TIMEOUT_MS),
        }));
      expect("run now", status, [303, 503]);
      await sleep(700);
    }
  };
  await Promise.all([
    booker(),
    booker(),
    shopper(),
    shopper(),
    provider(),
    heartbeats(),
    jobs(),
  ]);
  return ledger;
}

/** Terminates the app's backends on `database` every 2–3 s until aborted. */
async function terminateRepeatedly(
  admin: pg.Client,
  signal: AbortSignal,
): Promise<number> {
  let terminated = 0;
  while (!signal.aborted) {
    await sleep(2000 + Math.random() * 1000);
    const { rowCount } = await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where application_name = $1 and datname = current_database()`,
      [APPLICATION_NAME],
    );
    terminated += rowCount ?? 0;
  }
  return terminated;
}

async function readyz(url: string): Promise<number> {
  const res = await fetch(`${url}/readyz`).catch(() => undefined);
  await res?.body?.cancel();
  return res?.status ?? 0;
}

/** The message's key: recipient and raw subject header (unfolded). */
function emailKey(email: ReceivedEmail): string {
  const subject = email.raw.match(/^Subject: (.*(?:\r\n[ \t].*)*)/m)?.[1];
  return `${email.to.join(",")} ${subject?.replace(/\r\n[ \t]/g, " ")}`;
}

/**
 * After the load: the process is alive, ready again, and every
 * acknowledged write is stored exactly once; at most two copies of an
 * email.
 */
async function assertSurvived(
  child: ChildApp,
  db: Database,
  ledger: Ledger,
  smtp: TestSmtpServer,
) {
  assert.ok(child.running(), `the process is alive\n${child.output()}`);
  await waitFor(
    "/readyz to answer 200 again",
    async () => await readyz(child.url) === 200,
    30_000,
  );
  assert.deepEqual(ledger.unexpected, [], "only clean answers");

  const acknowledged = {
    bookings: ledger.bookings.filter((b) => b.status === 303),
    checkouts: ledger.checkouts.filter((c) => c.status === 303),
    webhooks: ledger.webhooks.filter((w) => w.status === 200),
  };
  assert.ok(acknowledged.bookings.length > 0, "some bookings went through");
  assert.ok(acknowledged.checkouts.length > 0, "some checkouts went through");
  assert.ok(acknowledged.webhooks.length > 0, "some payments went through");

  const bookingCounts = await countBy(
    db.selectFrom("bookings").select("email as key")
      .where("email", "like", "chaos-booking%"),
  );
  for (const { email } of acknowledged.bookings) {
    assert.equal(bookingCounts.get(email), 1, `one booking for ${email}`);
  }
  const orderCounts = await countBy(
    db.selectFrom("orders as o")
      .innerJoin("contacts as c", "c.id", "o.contact_id")
      .select("c.email as key")
      .where("c.email", "like", "chaos-buyer%"),
  );
  for (const { email } of acknowledged.checkouts) {
    assert.equal(orderCounts.get(email), 1, `one order for ${email}`);
  }
  const paymentCounts = await countBy(
    db.selectFrom("payments").select("transaction_id as key")
      .where("transaction_id", "like", "chaos-tx-%"),
  );
  for (const { transactionId } of acknowledged.webhooks) {
    assert.equal(
      paymentCounts.get(transactionId),
      1,
      `one payment for ${transactionId}`,
    );
  }

  // Every queued message has its own recipient and subject, so those
  // name one message among the received ones.
  const queued = await db.selectFrom("email_outbox")
    .select(["to_address", "subject"]).execute();
  assert.equal(
    new Set(queued.map((m) => `${m.to_address} ${m.subject}`)).size,
    queued.length,
  );
  const copies = new Map<string, number>();
  for (const email of smtp.received) {
    copies.set(emailKey(email), (copies.get(emailKey(email)) ?? 0) + 1);
  }
  assert.ok(smtp.received.length > 0, "mail was sent meanwhile");
  const tooMany = [...copies].filter(([, n]) => n > 2);
  assert.deepEqual(tooMany, [], "no email received more than twice");
}

async function countBy(
  query: { execute(): Promise<{ key: string }[]> },
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const { key } of await query.execute()) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The child's environment for `databaseUrl`. */
function childEnv(databaseUrl: string, smtp: TestSmtpServer) {
  return {
    DATABASE_URL: databaseUrl,
    APP_SECRET,
    SMTP_URL: smtp.url,
    TRUST_PROXY: "1",
  };
}

Deno.test({
  name:
    "backends terminated every 2–3 s under mixed load: the process lives, readyz recovers, acknowledged writes once, no email more than twice",
  ignore: embedded,
  async fn() {
    const database = await createTestDatabase();
    const smtp = await startTestSmtpServer(0, { delayMs: SMTP_DELAY_MS });
    const admin = await connectClient(database.url!, "portico-chaos-admin");
    const port = freePort();
    let child: ChildApp | undefined;
    try {
      const fixture = await prepare(database.db, `http://127.0.0.1:${port}`);
      child = await startChild(port, childEnv(database.url!, smtp));
      const load = new AbortController();
      const killing = terminateRepeatedly(admin, load.signal);
      const running = driveLoad(child.url, database.db, fixture, load.signal);
      await sleep(16_000);
      load.abort();
      const [ledger, terminated] = await Promise.all([running, killing]);
      assert.ok(terminated >= 5, `backends were terminated (${terminated})`);
      await assertSurvived(child, database.db, ledger, smtp);
    } finally {
      await child?.kill();
      await admin.end();
      await smtp.close();
      await database.drop();
    }
  },
});

Deno.test({
  name:
    "a private PostgreSQL server down at start-up and restarted under load: the process waits, serves 503s, recovers; acknowledged writes once",
  ignore: embedded || !await serverBinaries(),
  async fn(t) {
    const cluster: PrivateCluster = await startPrivateCluster();
    const smtp = await startTestSmtpServer(0, { delayMs: SMTP_DELAY_MS });
    const port = freePort();
    let child: ChildApp | undefined;
    try {
      const admin = await connectClient(cluster.url());
      await admin.query("create database chaos");
      await admin.end();
      const url = cluster.url("chaos");

      await t.step("started while the server is down, it waits", async () => {
        await cluster.stop();
        // A new, empty database: this start migrates it once it answers.
        child = await startChild(port, {
          ...childEnv(url, smtp),
          MIGRATE_ON_START: "1",
        }, {
          until: "alive",
        });
        const { status, headers, body } = await answer(child.url, "/readyz");
        assert.equal(status, 503);
        assert.equal(JSON.parse(body).error.code, "STARTING");
        const page = await answer(child.url, "/booking", {
          "accept-language": "de",
        });
        assert.equal(page.status, 503);
        assert.ok(page.headers.get("retry-after"));
        assert.match(page.body, /Vorübergehend nicht verfügbar/);
        const api = await answer(child.url, "/api/licenses/validate");
        assert.equal(api.status, 503);
        assert.equal(JSON.parse(api.body).error.code, "SERVICE_UNAVAILABLE");
        assert.ok(headers.get("retry-after"));
        // Each try is logged on one line.
        await waitFor(
          "two logged tries",
          () => Promise.resolve(/try 2 failed/.test(child!.output())),
        );
        assert.ok(child.running(), "the process waits instead of exiting");

        await cluster.start();
        await waitFor(
          "ready once the server answers",
          async () => await readyz(child!.url) === 200,
          30_000,
        );
        assert.match(child.output(), /migrations applied/);
        assert.equal((await answer(child.url, "/booking")).status, 200);
      });

      await t.step("the server restarted under load", async () => {
        const database = await openDatabase({ url, max: 2 });
        try {
          await migrateToLatest(database.db);
          const fixture = await prepare(database.db, child!.url);
          const load = new AbortController();
          const running = driveLoad(
            child!.url,
            database.db,
            fixture,
            load.signal,
          );
          await sleep(2500);
          await cluster.stop();
          await sleep(1000);
          await cluster.start();
          await sleep(3000);
          load.abort();
          const ledger = await running;
          await assertSurvived(child!, database.db, ledger, smtp);
        } finally {
          await database.close();
        }
      });
    } finally {
      await child?.kill();
      await smtp.close();
      await cluster.destroy();
    }
  },
});

async function answer(
  url: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: string }> {
  const res = await fetch(url + path, { headers });
  return { status: res.status, headers: res.headers, body: await res.text() };
}
