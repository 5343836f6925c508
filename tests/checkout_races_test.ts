/**
 * Checkout under concurrency and guest checkout with someone else's email
 * (issue 12, observations 5 and 6), through the app's forms over HTTP.
 *
 * The races are made deterministic as in faults_test.ts: a separate
 * connection holds a table lock until every checkout is waiting on it, so
 * all of them have read the database before any of them commits. Ten
 * requests need ten pool connections: two instances share the database,
 * five requests each.
 */
import assert from "node:assert/strict";
import { connectClient, inClientTransaction } from "@/lib/db/testing.ts";
// @ts-types="@types/pg"
import type pg from "pg";
import { startTestApp } from "./helpers/app.ts";
import { createCatalog } from "./helpers/shop.ts";
import {
  createClientWithContact,
  sessionClient,
  TestClient,
} from "./helpers/http.ts";
import { waitFor } from "./helpers/wait.ts";
import { startTestSmtpServer } from "@/lib/mail/testing.ts";
import { renderBillingAttachment } from "@/lib/billing/pdf.ts";
import { createMailer } from "@/lib/mail/worker.ts";
import { pruneSessions } from "@/lib/auth/sessions.ts";
import { sha256HexSync } from "@/lib/crypto.ts";
import { HELD_CHECKOUT_LIMIT } from "@/lib/shop/held_checkouts.ts";

// Two instances on one database and table locks need a real server.
const embedded = Deno.env.get("PORTICO_TEST_EMBEDDED") === "1";

let clock = new Date("2027-06-01T09:00:00Z");
const smtp = await startTestSmtpServer();
const app = await startTestApp({
  env: { TRUST_PROXY: "1", SMTP_URL: smtp.url },
  now: () => clock,
});
const second = embedded ? undefined : await startTestApp({
  env: { TRUST_PROXY: "1" },
  now: () => clock,
  shareDatabaseWith: app,
});
const mailer = createMailer({
  db: app.services.db,
  smtpUrl: smtp.url,
  from: "Portico <shop@example.com>",
  renderAttachment: renderBillingAttachment,
  appUrl: app.services.config.appUrl,
});
Deno.test.afterAll(async () => {
  await mailer.stop();
  await second?.close();
  await app.close();
  await smtp.close();
});
const { db } = app.services;
const catalog = await createCatalog(db, "race");

let address = 0;
/** A new client address per checkout, so the per-address limit never applies. */
const freshAddress = () => {
  address++;
  return `198.51.${Math.floor(address / 250)}.${address % 250 + 1}`;
};

interface Answer {
  status: number;
  html: string;
  location: string | null;
}

/** Posts the checkout form as `client` would (a CSRF token from a page first). */
async function postCheckout(
  client: TestClient,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  if (!client.csrf) await client.page("/shop");
  const res = await client.request("/shop/checkout", {
    method: "POST",
    headers: { "x-forwarded-for": freshAddress(), ...headers },
    body: new URLSearchParams({
      _csrf: client.csrf!,
      mode: "buy",
      name: "Berta Buyer",
      address: "Hauptstr. 1",
      postal_code: "10115",
      city: "Berlin",
      country: "DE",
      terms: "on",
      withdrawal_consent: "on",
      ...fields,
    }),
  });
  return {
    status: res.status,
    html: await res.text(),
    location: res.headers.get("location"),
  };
}

/** Backends of this database waiting for a lock on `table`. */
async function lockWaiters(
  admin: pg.Client,
  table: string,
): Promise<number> {
  const { rows: [{ n }] } = await admin.query<{ n: number }>(
    `select count(distinct l.pid)::int as n from pg_locks l
     join pg_class c on c.oid = l.relation
     where not l.granted and c.relname = $1
       and l.database = (select oid from pg_database
                         where datname = current_database())`,
    [table],
  );
  return n;
}

/**
 * Starts the requests while `table` is locked against writes and lets
 * them go once `waiting` of them wait on it; returns their answers.
 */
async function allAtOnce<T>(
  table: string,
  waiting: number,
  start: () => Promise<T>[],
): Promise<T[]> {
  const admin = await connectClient(app.database.url!);
  try {
    // Returned in an object: the requests must not be awaited inside.
    const { requests } = await inClientTransaction(admin, async (tx) => {
      await tx.query(`lock table ${table} in share mode`);
      const requests = start();
      await waitFor(
        `${waiting} checkouts waiting on ${table}`,
        async () => await lockWaiters(tx, table) >= waiting,
      );
      return { requests };
    });
    return await Promise.all(requests);
  } finally {
    await admin.end();
  }
}

/** Each of the two instances gets every other request. */
const instance = (i: number) => (i % 2 === 0 ? app : second!);

const countOf = async (
  query: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> },
) => Number((await query.executeTakeFirstOrThrow()).n);

const ordersOf = (clientId: string) =>
  countOf(
    db.selectFrom("orders").select(db.fn.countAll().as("n"))
      .where("client_id", "=", clientId),
  );

const trialGrantsOf = (clientId: string) =>
  countOf(
    db.selectFrom("license_grants as g")
      .innerJoin("order_lines as l", "l.id", "g.order_line_id")
      .innerJoin("orders as o", "o.id", "l.order_id")
      .select(db.fn.countAll().as("n"))
      .where("o.client_id", "=", clientId)
      .where("g.license_type", "=", "trial"),
  );

const invoiceCount = () =>
  countOf(db.selectFrom("invoices").select(db.fn.countAll().as("n")));

const lastInvoiceNumber = async () =>
  (await db.selectFrom("invoice_sequences").select("last_number")
    .where("year", "=", clock.getUTCFullYear()).executeTakeFirst())
    ?.last_number ?? 0;

Deno.test({
  name:
    "10 concurrent trial checkouts for one client: one trial, nine localised 409 pages",
  ignore: embedded,
  async fn() {
    const { clientId, contactId } = await createClientWithContact(db, {
      email: "trial-race@example.com",
    });
    await db.updateTable("contacts").set({ locale: "de" })
      .where("id", "=", contactId).execute();
    const clients = await Promise.all(
      Array.from(
        { length: 10 },
        (_, i) =>
          sessionClient(instance(i).url, db, "contact", contactId, clock),
      ),
    );
    const answers = await allAtOnce(
      "orders",
      10,
      () =>
        clients.map((client) =>
          postCheckout(client, {
            item: catalog.trial,
            mode: "trial",
            email: "trial-race@example.com",
          })
        ),
    );
    const statuses = answers.map((a) => a.status).sort();
    assert.deepEqual(statuses, [303, ...Array(9).fill(409)], "no 500");
    for (const answer of answers.filter((a) => a.status === 409)) {
      assert.match(
        answer.html,
        /Für Ihre Firma wurde bereits eine Testphase dieses Produkts gestartet/,
      );
    }
    assert.equal(await trialGrantsOf(clientId), 1, "one trial grant");
    assert.equal(await ordersOf(clientId), 1, "nothing left of the others");
    const licenses = await db.selectFrom("licenses").select("type")
      .where("client_id", "=", clientId).execute();
    assert.deepEqual(licenses, [{ type: "trial" }], "one trial license");
  },
});

Deno.test({
  name:
    "10 concurrent first checkouts with one new email: one client, each 303 its own order",
  ignore: embedded,
  async fn() {
    const email = "first-race@example.com";
    const clientsBefore = await countOf(
      db.selectFrom("clients").select(db.fn.countAll().as("n")),
    );
    const answers = await allAtOnce(
      "clients",
      10,
      () =>
        Array.from(
          { length: 10 },
          (_, i) =>
            postCheckout(new TestClient(instance(i).url), {
              item: catalog.paid,
              email,
              company: "First Race GmbH",
            }),
        ),
    );
    for (const answer of answers) {
      assert.equal(answer.status, 303, answer.html.slice(0, 300));
      assert.match(
        answer.location ?? "",
        /^\/shop\/orders\/[0-9a-f-]{36}\?key=/,
      );
    }
    const contacts = await db.selectFrom("contacts").select("client_id")
      .where("email", "=", email).execute();
    assert.equal(contacts.length, 1, "one contact");
    const clientsAfter = await countOf(
      db.selectFrom("clients").select(db.fn.countAll().as("n")),
    );
    assert.equal(clientsAfter - clientsBefore, 1, "one client, none orphaned");
    const clientId = contacts[0].client_id;
    assert.equal(await ordersOf(clientId), 10, "every 303 is its own order");
    const numbers = await db.selectFrom("invoices").select("number")
      .where("client_id", "=", clientId).execute();
    assert.equal(new Set(numbers.map((n) => n.number)).size, 10);
  },
});

/** The confirmation links in the messages the SMTP server received for `to`. */
function confirmationLinks(to: string): string[] {
  return smtp.received.filter((m) => m.to.includes(to)).flatMap((m) => {
    // Quoted-printable: soft line breaks and encoded bytes.
    const text = m.raw.replace(/=\r?\n/g, "").replace(
      /=([0-9A-F]{2})/g,
      (_, hex) => String.fromCharCode(parseInt(hex, 16)),
    );
    const link = text.match(
      /https?:\/\/[^\s"<>]+\/shop\/confirm\?token=[\w-]+/,
    );
    return link ? [new URL(link[0]).pathname + new URL(link[0]).search] : [];
  });
}

Deno.test("guest checkout with an existing client's email is held until confirmed through the emailed link", async (t) => {
  const owner = "owner@example.com";
  const { clientId, contactId } = await createClientWithContact(db, {
    email: owner,
    name: "Olga Owner",
    company: "Owner AG",
  });
  const ownerAddress = {
    address: "Eigentümerweg 5",
    postal_code: "80331",
    city: "München",
    country: "DE",
  };
  await db.updateTable("clients").set(ownerAddress)
    .where("id", "=", clientId).execute();
  const clientRow = () =>
    db.selectFrom("clients").selectAll().where("id", "=", clientId)
      .executeTakeFirstOrThrow();
  const ownerBefore = await clientRow();
  const portal = await sessionClient(app.url, db, "contact", contactId, clock);
  const attacker = new TestClient(app.url);
  const attack = {
    item: catalog.paid,
    email: "Owner@Example.com",
    name: "Mallory",
    company: "Mallory Ltd",
    address: "Angreiferstr. 66",
    postal_code: "66666",
    city: "Irgendwo",
  };
  const ordersPage = async () => (await portal.page("/clients/orders")).html;
  const invoicesPage = async () =>
    (await portal.page("/clients/invoices")).html;
  const outboxTo = (dedupe: string) =>
    db.selectFrom("email_outbox").select(["dedupe_key", "subject"])
      .where("to_address", "=", owner).where("dedupe_key", "like", dedupe)
      .execute();

  /** Sends what is due and returns the one confirmation link that arrived. */
  const nextLink = async () => {
    const before = confirmationLinks(owner);
    await mailer.sendDue(clock);
    const arrived = confirmationLinks(owner).filter((l) => !before.includes(l));
    assert.equal(arrived.length, 1, "one confirmation email");
    return arrived[0];
  };

  const invoicesBefore = await invoiceCount();
  const numberBefore = await lastInvoiceNumber();
  let paidLink = "";
  let trialLink = "";

  await t.step(
    "the order is held: nothing in the portal, no invoice, one confirmation email",
    async () => {
      const answer = await postCheckout(attacker, attack);
      assert.equal(answer.status, 303);
      const next = await attacker.page(answer.location!);
      assert.match(
        next.html,
        /We sent a link to owner@example\.com to confirm this order\./,
      );
      assert.match(await ordersPage(), /You have not ordered anything yet/);
      assert.match(await invoicesPage(), /You have no invoices yet/);
      assert.equal(await ordersOf(clientId), 0);
      assert.equal(await invoiceCount(), invoicesBefore, "no invoice row");
      assert.equal(await lastInvoiceNumber(), numberBefore, "no number used");
      assert.deepEqual(await clientRow(), ownerBefore, "client data unchanged");
      assert.deepEqual(await outboxTo("order:%"), [], "no order email");
      assert.equal((await outboxTo("checkout-confirm:%")).length, 1);
      paidLink = await nextLink();
    },
  );

  await t.step(
    "German: the checkout answer says where the link went",
    async () => {
      const german = new TestClient(app.url);
      german.cookies.set("lang", "de");
      const answer = await postCheckout(german, {
        ...attack,
        item: catalog.trial,
        mode: "trial",
      });
      assert.equal(answer.status, 303);
      const next = await german.page(answer.location!);
      assert.match(
        next.html,
        /Wir haben einen Link an owner@example\.com geschickt, um diese Bestellung zu bestätigen\./,
      );
      assert.equal(await trialGrantsOf(clientId), 0, "no trial used");
      trialLink = await nextLink();
    },
  );

  await t.step("the owner's own trial is still available", async () => {
    const answer = await postCheckout(portal, {
      item: catalog.trial,
      mode: "trial",
      email: owner,
      ...ownerAddress,
    });
    assert.equal(answer.status, 303, answer.html.slice(0, 300));
    assert.equal(await trialGrantsOf(clientId), 1);
  });

  await t.step(
    "opening the link shows the order; confirming (POST with CSRF) places it",
    async () => {
      const visitor = new TestClient(app.url);
      const page = await visitor.page(paidLink);
      assert.equal(page.status, 200);
      assert.match(page.html, /paid module/);
      assert.match(
        page.html,
        /Angreiferstr\. 66/,
        "the address to be invoiced",
      );
      assert.equal(await ordersOf(clientId), 1, "GET changes nothing");
      const token = new URL(paidLink, app.url).searchParams.get("token")!;

      const forged = await visitor.post(
        "/shop/confirm",
        { token, terms: "on" },
        {
          csrf: false,
        },
      );
      assert.equal(forged.status, 403);
      await forged.body?.cancel();
      assert.equal(await ordersOf(clientId), 1, "no order without CSRF");

      const confirmed = await visitor.post("/shop/confirm", {
        token,
        terms: "on",
      });
      assert.equal(confirmed.status, 303);
      const orderPage = confirmed.headers.get("location") ?? "";
      assert.match(orderPage, /^\/shop\/orders\//, "lands on the order page");
      const thanks = await visitor.page(orderPage);
      const number = thanks.html.match(/Invoice (INV-\d{4}-\d{4})/)?.[1];
      assert.ok(number, "thanks with the invoice number");
      assert.equal(await lastInvoiceNumber(), numberBefore + 1);
      assert.equal(await ordersOf(clientId), 2, "the trial and this order");
      assert.match(await invoicesPage(), new RegExp(number));
      assert.match(await ordersPage(), /paid module/);
      assert.deepEqual(await clientRow(), ownerBefore, "client data unchanged");
      assert.equal((await outboxTo("order:%")).length, 2);
    },
  );

  await t.step(
    "a used link: a clear localised page, nothing written",
    async () => {
      const visitor = new TestClient(app.url);
      const page = await visitor.page(paidLink);
      assert.equal(page.status, 410);
      assert.match(page.html, /This confirmation link has expired or was/);
      const token = new URL(paidLink, app.url).searchParams.get("token")!;
      const again = await visitor.post("/shop/confirm", { token, terms: "on" });
      assert.equal(again.status, 410);
      assert.match(await again.text(), /expired or was already used/);
      assert.equal(await ordersOf(clientId), 2);
      assert.equal(await lastInvoiceNumber(), numberBefore + 1);
    },
  );

  await t.step(
    "confirming a held trial after the owner's own trial: the localised 409, nothing written",
    async () => {
      const visitor = new TestClient(app.url);
      await visitor.page(trialLink);
      const token = new URL(trialLink, app.url).searchParams.get("token")!;
      const res = await visitor.post("/shop/confirm", { token, terms: "on" });
      assert.equal(res.status, 409);
      assert.match(
        await res.text(),
        /A trial of this product was already started for your company/,
      );
      assert.equal(await trialGrantsOf(clientId), 1);
      assert.equal(await ordersOf(clientId), 2);
    },
  );

  await t.step(
    "an expired link: a clear localised page, nothing written",
    async () => {
      const answer = await postCheckout(new TestClient(app.url), attack);
      assert.equal(answer.status, 303);
      const link = await nextLink();
      const token = new URL(link, app.url).searchParams.get("token")!;
      const held = clock;
      clock = new Date(held.getTime() + 24 * 3600_000 + 60_000);
      try {
        const visitor = new TestClient(app.url);
        visitor.cookies.set("lang", "de");
        const page = await visitor.page(link);
        assert.equal(page.status, 410);
        assert.match(page.html, /Dieser Bestätigungslink ist abgelaufen/);
        const late = await visitor.post("/shop/confirm", {
          token,
          terms: "on",
        });
        assert.equal(late.status, 410);
        await late.body?.cancel();
        assert.equal(await ordersOf(clientId), 2);
        assert.equal(await lastInvoiceNumber(), numberBefore + 1);

        // The nightly prune of expired tokens takes the held form along.
        const heldRows = () =>
          countOf(
            db.selectFrom("held_checkouts").select(db.fn.countAll().as("n"))
              .where("token_hash", "=", sha256HexSync(token)),
          );
        assert.equal(await heldRows(), 1);
        await pruneSessions(db, clock);
        assert.equal(await heldRows(), 0);
      } finally {
        clock = held;
      }
    },
  );
});

Deno.test("held checkouts per address are limited: past the limit a localised 429 and no email", async () => {
  const owner = "flooded@example.com";
  await createClientWithContact(db, { email: owner });
  const confirmations = () =>
    countOf(
      db.selectFrom("email_outbox").select(db.fn.countAll().as("n"))
        .where("to_address", "=", owner)
        .where("dedupe_key", "like", "checkout-confirm:%"),
    );
  for (let i = 0; i < HELD_CHECKOUT_LIMIT.limit; i++) {
    const answer = await postCheckout(new TestClient(app.url), {
      item: catalog.paid,
      email: owner,
    });
    assert.equal(answer.status, 303);
  }
  const german = new TestClient(app.url);
  german.cookies.set("lang", "de");
  const refused = await postCheckout(german, {
    item: catalog.paid,
    email: owner,
  });
  assert.equal(refused.status, 429);
  assert.match(refused.html, /Zu viele Versuche/);
  assert.equal(await confirmations(), HELD_CHECKOUT_LIMIT.limit);
});
