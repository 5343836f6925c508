/**
 * Nothing waits on the network inside a transaction (docs/RELIABILITY.md).
 * The test database ends every session that idles in a transaction for
 * more than a second (`idle_in_transaction_session_timeout`, as managed
 * PostgreSQL sets it), and the jobs run against servers slower than that:
 * an SMTP server, a license server and slow crypto. Then a connection is
 * cut in the middle of a mail batch. Deliveries are counted where they
 * arrive, at the SMTP server and the license server stand-in.
 */
import assert from "node:assert/strict";
import { sql } from "kysely";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { sleep } from "./helpers/wait.ts";
import {
  checkoutInput,
  createCatalog,
  setShopSettings,
} from "./helpers/shop.ts";
import { type DatabaseHandle, openDatabase } from "@/lib/db/database.ts";
import { Keyring } from "@/lib/crypto.ts";
import { jobFunctions, runJob, sendMailJob } from "@/lib/jobs.ts";
import { generateLicenseKey } from "@/lib/licensing/keys.ts";
import { type EmailMessage, enqueueEmail } from "@/lib/mail/outbox.ts";
import { startTestSmtpServer } from "@/lib/mail/testing.ts";
import { CLAIM_LEASE_MS, createMailer } from "@/lib/mail/worker.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { recordPayment } from "@/lib/shop/payments.ts";
import {
  GRANT_CLAIM_LEASE_MS,
  issuePendingLicenses,
} from "@/lib/shop/issuing.ts";
import { getShopSettings } from "@/lib/shop/settings.ts";

// The timeout and the cut need a real server.
const embedded = Deno.env.get("PORTICO_TEST_EMBEDDED") === "1";
const FROM = "Portico <portico@example.com>";
const APP_URL = "https://crm.example.com";

let app: TestApp | undefined;
/** The handle the code under test uses: opened after the timeout was set. */
let slow: DatabaseHandle | undefined;
if (!embedded) {
  app = await startTestApp();
  const url = app.database.url!;
  const name = new URL(url).pathname.slice(1);
  await sql`alter database ${sql.id(name)}
            set idle_in_transaction_session_timeout = '1s'`
    .execute(app.services.db);
  // Only sessions opened from now on take the setting.
  slow = await openDatabase({ url, max: 5 });
}
Deno.test.afterAll(async () => {
  await slow?.close();
  await app?.close();
});

/** A clock just ahead of the database's, so freshly queued mail is due. */
const startClock = () => new Date(Math.ceil(Date.now() / 1000) * 1000 + 5000);
const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

function message(to: string): EmailMessage {
  return {
    to,
    subject: `Hello ${to}`,
    html: `<p>Hello ${to}</p>`,
    text: `Hello ${to}\n`,
  };
}

/** Queues one message per recipient, in order. */
async function queueMail(prefix: string, count: number): Promise<string[]> {
  const { db } = app!.services;
  await db.deleteFrom("email_outbox").execute();
  const recipients = Array.from(
    { length: count },
    (_, i) => `${prefix}${i}@example.com`,
  );
  for (const to of recipients) {
    await enqueueEmail(db, `${prefix}:${to}`, message(to));
  }
  return recipients;
}

/** How often each address was delivered to. */
function deliveriesPerRecipient(
  received: { to: string[] }[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const to of received.flatMap((mail) => mail.to)) {
    counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  return counts;
}

async function outboxRows() {
  return await app!.services.db.selectFrom("email_outbox")
    .select(["to_address", "status", "attempts"])
    .orderBy("to_address").execute();
}

Deno.test({
  name: "the test database ends sessions idle in a transaction after 1 s",
  ignore: embedded,
  async fn() {
    const { rows } = await sql<{ timeout: string }>`
      select current_setting('idle_in_transaction_session_timeout') as timeout`
      .execute(slow!.db);
    assert.equal(rows[0].timeout, "1s");
  },
});

Deno.test({
  name:
    "send-mail with an SMTP server answering each message after 1.5 s: each delivered once, marked sent, one attempt each",
  ignore: embedded,
  async fn() {
    const recipients = await queueMail("slowsmtp", 3);
    const smtp = await startTestSmtpServer(0, { delayMs: 1500 });
    const mailer = createMailer({
      db: slow!.db,
      smtpUrl: smtp.url,
      from: FROM,
      appUrl: APP_URL,
    });
    try {
      const now = startClock();
      const run = await runJob(slow!.db, "send-mail", sendMailJob(mailer), now);
      assert.equal(run.outcome, "ok", run.detail ?? "");
      assert.equal(run.detail, "3 sent, 0 to retry, 0 failed");
      const again = await runJob(
        slow!.db,
        "send-mail",
        sendMailJob(mailer),
        later(now, CLAIM_LEASE_MS + 60_000),
      );
      assert.equal(again.detail, "0 sent, 0 to retry, 0 failed");
      assert.deepEqual(
        deliveriesPerRecipient(smtp.received),
        new Map(recipients.map((to) => [to, 1])),
      );
      assert.deepEqual(
        await outboxRows(),
        recipients.map((to) => ({
          to_address: to,
          status: "sent",
          attempts: 1,
        })),
      );
      await slow!.ping();
    } finally {
      await mailer.stop();
      await smtp.close();
    }
  },
});

Deno.test({
  name:
    "a connection cut while the SMTP server holds the third of five messages re-sends at most that one",
  ignore: embedded,
  async fn() {
    const recipients = await queueMail("cut", 5);
    const inFlight = recipients[2];
    let markHeld!: () => void;
    const held = new Promise<void>((resolve) => markHeld = resolve);
    let release!: () => void;
    const released = new Promise<void>((resolve) => release = resolve);
    const smtp = await startTestSmtpServer(0, {
      async answer(email) {
        if (!email.to.includes(inFlight)) return;
        markHeld();
        await released;
      },
    });
    // The worker on a pool of its own; the admin connection does the cut.
    const worker = await openDatabase({ url: app!.database.url!, max: 3 });
    const admin = await openDatabase({ url: app!.database.url!, max: 1 });
    const mailer = createMailer({
      db: worker.db,
      smtpUrl: smtp.url,
      from: FROM,
      appUrl: APP_URL,
    });
    try {
      const now = startClock();
      const run = runJob(worker.db, "send-mail", sendMailJob(mailer), now)
        .catch((error) => error);
      await held;
      // Every connection to the database but the admin's, the worker's
      // too, each waited for until its backend has exited.
      const { rows: [{ terminated }] } = await sql<{ terminated: number }>`
        select count(*) filter (where pg_terminate_backend(pid, 5000))::int
          as terminated
        from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid()`
        .execute(admin.db);
      assert.ok(terminated >= 1, "connections were terminated");
      release();
      await run;
      // Whatever the cut left claimed is sent once its claim has run out.
      const after = await runJob(
        worker.db,
        "send-mail",
        sendMailJob(mailer),
        later(now, CLAIM_LEASE_MS + 60_000),
      );
      assert.equal(after.outcome, "ok", after.detail ?? "");

      const counts = deliveriesPerRecipient(smtp.received);
      assert.deepEqual([...counts.keys()].sort(), recipients, "all delivered");
      for (const [to, n] of counts) {
        if (to === inFlight) assert.ok(n <= 2, `${to}: at most twice`);
        else assert.equal(n, 1, `${to}: once`);
      }
      assert.ok(
        (await outboxRows()).every((row) => row.status === "sent"),
        "every message marked sent",
      );
    } finally {
      release();
      await mailer.stop();
      await worker.close();
      await admin.close();
      await smtp.close();
    }
  },
});

/** What the stand-in license server was asked. */
interface LicenseRequest {
  method: string;
  path: string;
  authorization: string | null;
  body: unknown;
}

/**
 * A license server of another instance that answers `POST /api/licenses`
 * once `answer` resolves (a slow or stuck server), with one key per
 * reference as the real one does.
 */
function startLicenseServerStandIn(answer: () => Promise<unknown>) {
  const requests: LicenseRequest[] = [];
  const keys = new Map<string, string>();
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    async (req) => {
      const body = await req.json().catch(() => null);
      requests.push({
        method: req.method,
        path: new URL(req.url).pathname,
        authorization: req.headers.get("authorization"),
        body,
      });
      await answer();
      const reference = String(body?.reference);
      const key = keys.get(reference) ?? generateLicenseKey(body?.product);
      keys.set(reference, key);
      return Response.json({ key }, { status: 201 });
    },
  );
  return {
    url: `http://127.0.0.1:${server.addr.port}`,
    requests,
    keys,
    close: () => server.shutdown(),
  };
}

/** The request the issuing job makes for `grantId` of the paid booking product. */
function expectedRequest(grantId: string, email: string): LicenseRequest {
  return {
    method: "POST",
    path: "/api/licenses",
    authorization: "Bearer pk_standin_0123456789",
    body: {
      product: "booking",
      email,
      name: "Berta Buyer",
      reference: `grant:${grantId}`,
      type: "full",
    },
  };
}

/** A paid and settled order for `email`; returns its grant's id. */
async function paidOrder(prefix: string, email: string): Promise<string> {
  const { db } = app!.services;
  const catalog = await createCatalog(db, prefix);
  const order = await checkout(
    db,
    {
      appUrl: app!.url,
      settings: await getShopSettings(db),
      keys: app!.services.keys,
    },
    checkoutInput(catalog.paid, email),
    new Date(),
  );
  const invoice = await db.selectFrom("invoices").select("total_cents")
    .where("id", "=", order.invoiceId!).executeTakeFirstOrThrow();
  await recordPayment(
    db,
    {
      invoice: order.invoiceId!,
      amountCents: invoice.total_cents,
      currency: "EUR",
      transactionId: `tx-${prefix}`,
      method: "card",
      paidAt: new Date(),
    },
    { type: "system" },
    new Date(),
  );
  const grant = await db.selectFrom("license_grants as g")
    .innerJoin("order_lines as l", "l.id", "g.order_line_id")
    .select("g.id").where("l.order_id", "=", order.orderId)
    .executeTakeFirstOrThrow();
  return grant.id;
}

/** The job functions as `main.ts` wires them, on `keys`. */
function jobsWith(keys: Keyring, licenseServerUrl?: string) {
  const { config } = app!.services;
  const mailer = createMailer({ db: slow!.db, from: FROM, appUrl: APP_URL });
  return jobFunctions(mailer, {
    keys,
    licenseServer: app!.services.licenseServer,
    config: {
      ...config,
      licenseServerUrl: licenseServerUrl ?? config.licenseServerUrl,
    },
  });
}

Deno.test({
  name:
    "issue-licenses with a remote license server answering after 2 s: the grant is issued once and its email queued once",
  ignore: embedded,
  async fn() {
    const { db, keys } = app!.services;
    const standIn = startLicenseServerStandIn(() => sleep(2000));
    try {
      await setShopSettings(db, keys, {
        licenseServerUrl: standIn.url,
        licenseServerApiKey: "pk_standin_0123456789",
      });
      const grantId = await paidOrder("slowremote", "slow-remote@example.com");
      const job = jobsWith(keys)["issue-licenses"];
      const now = new Date();
      const run = await runJob(slow!.db, "issue-licenses", job, now);
      assert.equal(run.outcome, "ok", run.detail ?? "");
      assert.equal(run.detail, "1 issued, 0 failed");
      const again = await runJob(
        slow!.db,
        "issue-licenses",
        job,
        later(now, 3600_000),
      );
      assert.equal(again.detail, "0 issued, 0 failed");

      assert.deepEqual(standIn.requests, [
        expectedRequest(grantId, "slow-remote@example.com"),
      ]);
      const key = standIn.keys.get(`grant:${grantId}`)!;
      const grant = await db.selectFrom("license_grants")
        .select(["status", "license_key_sealed"])
        .where("id", "=", grantId).executeTakeFirstOrThrow();
      assert.equal(grant.status, "issued");
      assert.equal(
        await keys.decrypt("license-keys", grant.license_key_sealed!),
        key,
      );
      const mails = await db.selectFrom("email_outbox").select("text")
        .where("dedupe_key", "=", `license-grant:${grantId}`).execute();
      assert.equal(mails.length, 1);
      assert.ok(mails[0].text.includes(key), "the email carries the key");
    } finally {
      await setShopSettings(db, keys, { licenseServerUrl: "" });
      await standIn.close();
    }
  },
});

Deno.test({
  name:
    "a remote try that never returns: once its claim runs out the next run issues the grant, and the late answer adds nothing",
  ignore: embedded,
  async fn() {
    const { db, keys } = app!.services;
    let markHeld!: () => void;
    const held = new Promise<void>((resolve) => markHeld = resolve);
    let release!: () => void;
    const released = new Promise<void>((resolve) => release = resolve);
    let calls = 0;
    const standIn = startLicenseServerStandIn(async () => {
      // The first call hangs, as if the caller's process had died with it.
      if (++calls > 1) return;
      markHeld();
      await released;
    });
    try {
      await setShopSettings(db, keys, {
        licenseServerUrl: standIn.url,
        licenseServerApiKey: "pk_standin_0123456789",
      });
      const email = "lapsed-remote@example.com";
      const grantId = await paidOrder("lapsedremote", email);
      const env = () =>
        getShopSettings(db).then((settings) => ({
          keys,
          appUrl: app!.url,
          settings,
        }));
      // Issuing runs outside the job too (right after a payment's commit).
      const now = new Date();
      const hung = issuePendingLicenses(slow!.db, await env(), now);
      await held;
      assert.equal(
        await issuePendingLicenses(slow!.db, await env(), later(now, 1000)),
        "0 issued, 0 failed",
        "claimed: no second call while the first may still answer",
      );
      const afterLease = later(now, GRANT_CLAIM_LEASE_MS + 1000);
      assert.equal(
        await issuePendingLicenses(slow!.db, await env(), afterLease),
        "1 issued, 0 failed",
      );
      release();
      assert.equal(await hung, "0 issued, 0 failed", "the late answer");

      const request = expectedRequest(grantId, email);
      assert.deepEqual(standIn.requests, [request, request]);
      const grant = await db.selectFrom("license_grants")
        .select(["status", "attempts", "license_key_sealed"])
        .where("id", "=", grantId).executeTakeFirstOrThrow();
      assert.equal(grant.status, "issued");
      assert.equal(grant.attempts, 2, "both tries counted");
      const key = standIn.keys.get(`grant:${grantId}`)!;
      assert.equal(
        await keys.decrypt("license-keys", grant.license_key_sealed!),
        key,
      );
      const mails = await db.selectFrom("email_outbox").select("text")
        .where("dedupe_key", "=", `license-grant:${grantId}`).execute();
      assert.equal(mails.length, 1);
      assert.ok(mails[0].text.includes(key));
    } finally {
      release();
      await setShopSettings(db, keys, { licenseServerUrl: "" });
      await standIn.close();
    }
  },
});

/** The app's keyring, with every seal and unseal taking longer than the idle timeout. */
class SlowKeyring extends Keyring {
  override async encrypt(purpose: string, plaintext: string): Promise<string> {
    await sleep(1200);
    return await super.encrypt(purpose, plaintext);
  }

  override async decrypt(purpose: string, sealed: string): Promise<string> {
    await sleep(1200);
    return await super.decrypt(purpose, sealed);
  }
}

Deno.test({
  name:
    "issuing here with crypto slower than the idle timeout: a trial and its upgrade, one license, one email each",
  ignore: embedded,
  async fn() {
    const { db, keys } = app!.services;
    const catalog = await createCatalog(db, "slowcrypto");
    const env = { keys, appUrl: app!.url, settings: await getShopSettings(db) };
    const email = "slow-crypto@example.com";
    const trial = await checkout(
      db,
      env,
      checkoutInput(catalog.trial, email, { mode: "trial" }),
      new Date(),
    );
    const job = jobsWith(new SlowKeyring(app!.services.config.appSecret!))[
      "issue-licenses"
    ];
    const first = await runJob(slow!.db, "issue-licenses", job, new Date());
    assert.equal(first.detail, "1 issued, 0 failed");

    // The same contact buys the product: the trial's key becomes full.
    const order = await checkout(
      db,
      env,
      checkoutInput(catalog.trial, email, { contactId: trial.contactId }),
      new Date(),
    );
    const invoice = await db.selectFrom("invoices").select("total_cents")
      .where("id", "=", order.invoiceId!).executeTakeFirstOrThrow();
    await recordPayment(
      db,
      {
        invoice: order.invoiceId!,
        amountCents: invoice.total_cents,
        currency: "EUR",
        transactionId: "tx-slowcrypto",
        method: "card",
        paidAt: new Date(),
      },
      { type: "system" },
      new Date(),
    );
    const second = await runJob(slow!.db, "issue-licenses", job, new Date());
    assert.equal(second.detail, "1 issued, 0 failed");

    const licenses = await db.selectFrom("licenses").select(["type"])
      .where("email", "=", email).execute();
    assert.deepEqual(licenses, [{ type: "full" }]);
    const mails = await db.selectFrom("email_outbox").select("dedupe_key")
      .where("to_address", "=", email)
      .where("dedupe_key", "like", "license-grant:%").execute();
    assert.equal(mails.length, 2, "the trial key, then the upgrade");
  },
});

/** Forwards every request to `target` after `delayMs`, counting them. */
function startDelayingProxy(target: string, delayMs: number) {
  const paths: string[] = [];
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    async (req) => {
      const url = new URL(req.url);
      paths.push(url.pathname);
      await sleep(delayMs);
      return await fetch(target + url.pathname + url.search, {
        method: req.method,
        headers: req.headers,
        body: req.body,
      });
    },
  );
  return {
    url: `http://127.0.0.1:${server.addr.port}`,
    paths,
    close: () => server.shutdown(),
  };
}

Deno.test({
  name:
    "license-checks against a license server answering after 2 s: both modules checked and the answers kept",
  ignore: embedded,
  async fn() {
    const proxy = startDelayingProxy(app!.url, 2000);
    try {
      const job = jobsWith(app!.services.keys, proxy.url)["license-checks"];
      // A day after activation: both modules are due for their check.
      const now = later(new Date(), 25 * 3600_000);
      const run = await runJob(slow!.db, "license-checks", job, now);
      assert.equal(run.outcome, "ok", run.detail ?? "");
      assert.equal(run.detail, "booking: ok, activity: ok");
      assert.deepEqual(proxy.paths, [
        "/api/licenses/validate",
        "/api/licenses/validate",
      ]);
      const again = await runJob(slow!.db, "license-checks", job, now);
      assert.equal(again.detail, "booking: skipped, activity: skipped");
    } finally {
      await proxy.close();
    }
  },
});
