import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import {
  checkoutInput,
  createCatalog,
  setShopSettings,
} from "./helpers/shop.ts";
import { checkout, type CheckoutInput } from "@/lib/shop/checkout.ts";
import { recordPayment } from "@/lib/shop/payments.ts";
import { issuePendingLicenses } from "@/lib/shop/issuing.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { sendTrialReminders } from "@/lib/shop/trials.ts";
import { signWebhookBody } from "@/lib/shop/webhook.ts";
import { createApiKey } from "@/lib/auth/api_keys.ts";
import { sessionClient } from "./helpers/http.ts";
import { ApiContract } from "./helpers/api_contract.ts";
import { cancelOrder } from "@/lib/shop/orders.ts";

const clock = new Date("2027-04-01T09:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db, keys } = app.services;
const WEBHOOK_SECRET = "whsec_test_0123456789";
await setShopSettings(db, keys, { webhookSecret: WEBHOOK_SECRET });

function buyer(
  slug: string,
  email: string,
  mode: "buy" | "trial" = "buy",
): CheckoutInput {
  return checkoutInput(slug, email, { mode });
}

async function sendWebhook(
  body: Record<string, unknown>,
  secret = WEBHOOK_SECRET,
) {
  const raw = JSON.stringify(body);
  return await fetch(`${app.url}/api/payments/webhook`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-payment-signature": await signWebhookBody(secret, raw),
    },
    body: raw,
  });
}

const count = async (
  table: "payments" | "licenses" | "invoices",
  where?: [string, string],
) => {
  let query = db.selectFrom(table).select(db.fn.countAll<string>().as("n"));
  // deno-lint-ignore no-explicit-any -- a column name chosen by the test
  if (where) query = query.where(where[0] as any, "=", where[1]);
  return Number((await query.executeTakeFirstOrThrow()).n);
};

Deno.test("checkout creates client, contact, order and invoice with tax in one go", async () => {
  const catalog = await createCatalog(db, "one");
  const result = await checkout(
    db,
    await shopEnv(app.services),
    buyer(catalog.paid, "one@example.com"),
    clock,
  );
  assert.match(result.invoiceNumber!, /^INV-2027-\d{4}$/);
  const invoice = await db.selectFrom("invoices").selectAll().where(
    "id",
    "=",
    result.invoiceId!,
  )
    .executeTakeFirstOrThrow();
  assert.equal(invoice.subtotal_cents, 10000);
  assert.equal(invoice.tax_cents, 1900);
  assert.equal(invoice.total_cents, 11900);
  assert.match(
    invoice.billing_address,
    /Buyer GmbH\nHauptstr. 1\n10115 Berlin\nDE/,
  );
  const mail = await db.selectFrom("email_outbox").select("subject")
    .where("to_address", "=", "one@example.com").executeTakeFirstOrThrow();
  assert.equal(mail.subject, "Your order: paid module");
});

Deno.test("invoice numbers have no gaps or repeats under 20 concurrent checkouts", async () => {
  const catalog = await createCatalog(db, "seq");
  const env = await shopEnv(app.services);
  const results = await Promise.all(
    Array.from(
      { length: 20 },
      (_, i) =>
        checkout(db, env, buyer(catalog.paid, `seq${i}@example.com`), clock),
    ),
  );
  const numbers = results.map((r) => Number(r.invoiceNumber!.slice(-4))).sort((
    a,
    b,
  ) => a - b);
  const all = (await db.selectFrom("invoices").select("number").execute())
    .map((r) => Number(r.number.slice(-4))).sort((a, b) => a - b);
  assert.deepEqual(
    all,
    Array.from({ length: all.length }, (_, i) => i + 1),
    "1..n without gaps",
  );
  assert.equal(new Set(numbers).size, 20);
});

Deno.test("10 concurrent webhook deliveries: one payment, one license per item, one email", async () => {
  const catalog = await createCatalog(db, "hook");
  const order = await checkout(
    db,
    await shopEnv(app.services),
    buyer(catalog.bundle, "hook@example.com"),
    clock,
  );
  const invoice = await db.selectFrom("invoices").select([
    "number",
    "total_cents",
  ])
    .where("id", "=", order.invoiceId!).executeTakeFirstOrThrow();
  const body = {
    invoice: invoice.number,
    amount: invoice.total_cents,
    currency: "EUR",
    transaction_id: "tx-hook-1",
  };
  const responses = await Promise.all(
    Array.from({ length: 10 }, () => sendWebhook(body)),
  );
  assert.ok(responses.every((r) => r.status === 200));
  const answers = await Promise.all(responses.map((r) => r.json()));
  assert.equal(answers.filter((a) => a.duplicate === false).length, 1);
  assert.equal(await count("payments", ["transaction_id", "tx-hook-1"]), 1);
  const licenses = await db.selectFrom("licenses").select(["product", "type"])
    .where("email", "=", "hook@example.com").execute();
  assert.deepEqual(licenses.map((l) => l.product).sort(), [
    "activity",
    "booking",
  ], "one per package product");
  const keyMails = await db.selectFrom("email_outbox").select("subject")
    .where("to_address", "=", "hook@example.com").where(
      "dedupe_key",
      "like",
      "license-grant:%",
    ).execute();
  assert.equal(keyMails.length, 2, "one email per license");
  const paid = await db.selectFrom("orders").select("status").where(
    "id",
    "=",
    order.orderId,
  )
    .executeTakeFirstOrThrow();
  assert.equal(paid.status, "paid");
});

Deno.test("a bad webhook signature is 401 and changes nothing", async () => {
  const catalog = await createCatalog(db, "badsig");
  const order = await checkout(
    db,
    await shopEnv(app.services),
    buyer(catalog.paid, "badsig@example.com"),
    clock,
  );
  const invoice = await db.selectFrom("invoices").select([
    "number",
    "total_cents",
  ])
    .where("id", "=", order.invoiceId!).executeTakeFirstOrThrow();
  const before = await count("payments");
  const res = await sendWebhook({
    invoice: invoice.number,
    amount: invoice.total_cents,
    currency: "EUR",
    transaction_id: "tx-bad",
  }, "wrong-secret");
  assert.equal(res.status, 401);
  assert.equal((await res.json()).error.code, "BAD_SIGNATURE");
  assert.equal(await count("payments"), before);
});

Deno.test("partial payments add up; a crash after the payment commit is healed by the next job run", async () => {
  const catalog = await createCatalog(db, "crash");
  const order = await checkout(
    db,
    await shopEnv(app.services),
    buyer(catalog.paid, "crash@example.com"),
    clock,
  );
  const pay = (amount: number, tx: string) =>
    recordPayment(
      db,
      {
        invoice: order.invoiceId!,
        amountCents: amount,
        currency: "EUR",
        transactionId: tx,
        method: "bank transfer",
        paidAt: clock,
      },
      { type: "system" },
      clock,
    );
  assert.deepEqual(await pay(5000, "tx-crash-1"), {
    recorded: true,
    invoicePaid: false,
  });
  // The settling payment commits and the process "dies" before issuing anything.
  assert.deepEqual(await pay(6900, "tx-crash-2"), {
    recorded: true,
    invoicePaid: true,
  });
  assert.deepEqual(await pay(6900, "tx-crash-2"), {
    recorded: false,
    invoicePaid: true,
  });
  assert.equal(await count("licenses", ["email", "crash@example.com"]), 0);
  const env = await shopEnv(app.services);
  assert.equal(
    await issuePendingLicenses(db, env, clock),
    "1 issued, 0 failed",
  );
  assert.equal(
    await issuePendingLicenses(db, env, clock),
    "0 issued, 0 failed",
  );
  assert.equal(await count("licenses", ["email", "crash@example.com"]), 1);
});

Deno.test("free products are licensed at once, without an invoice", async () => {
  const catalog = await createCatalog(db, "free");
  const client = await fetch(`${app.url}/shop/${catalog.free}`);
  assert.equal(client.status, 200);
  await client.body?.cancel();
  const order = await checkout(
    db,
    await shopEnv(app.services),
    buyer(catalog.free, "free@example.com"),
    clock,
  );
  assert.equal(order.invoiceId, null);
  await issuePendingLicenses(db, await shopEnv(app.services), clock);
  const license = await db.selectFrom("licenses").select([
    "product",
    "type",
    "expires_at",
  ])
    .where("email", "=", "free@example.com").executeTakeFirstOrThrow();
  assert.deepEqual(license, {
    product: "freebie",
    type: "full",
    expires_at: null,
  });
});

Deno.test("a trial issues a key at once; buying later turns the same key into a full license", async () => {
  const catalog = await createCatalog(db, "trial");
  const env = await shopEnv(app.services);
  const { contactId } = await checkout(
    db,
    env,
    buyer(catalog.trial, "trial@example.com", "trial"),
    clock,
  );
  await issuePendingLicenses(db, env, clock);
  const trial = await db.selectFrom("licenses").selectAll().where(
    "email",
    "=",
    "trial@example.com",
  )
    .executeTakeFirstOrThrow();
  assert.equal(trial.type, "trial");
  assert.equal(
    trial.expires_at!.getTime() - clock.getTime(),
    30 * 24 * 3600_000,
  );
  // The buyer comes back signed in (a guest with this email would first
  // have to confirm by email: tests/checkout_races_test.ts).
  const again = (mode: "buy" | "trial") =>
    checkout(db, env, {
      ...buyer(catalog.trial, "trial@example.com", mode),
      contactId,
    }, clock);
  await assert.rejects(() => again("trial"), { code: "TRIAL_USED" });

  const order = await again("buy");
  await recordPayment(
    db,
    {
      invoice: order.invoiceId!,
      amountCents: 5831,
      currency: "EUR",
      transactionId: "tx-trial-buy",
      method: "card",
      paidAt: clock,
    },
    { type: "system" },
    clock,
  );
  await issuePendingLicenses(db, env, clock);
  const licenses = await db.selectFrom("licenses").selectAll().where(
    "email",
    "=",
    "trial@example.com",
  ).execute();
  assert.equal(licenses.length, 1, "no second key");
  assert.equal(licenses[0].id, trial.id);
  assert.equal(licenses[0].type, "full");
  assert.equal(licenses[0].expires_at, null);
  const upgraded = await db.selectFrom("email_outbox").select("subject")
    .where("to_address", "=", "trial@example.com").where(
      "subject",
      "like",
      "%now a full license%",
    ).execute();
  assert.equal(upgraded.length, 1);
  await assert.rejects(
    () => again("trial"),
    { code: "TRIAL_USED" },
    "bought, the trial is still used",
  );
});

Deno.test("a guest checkout with a client's email is refused before anything is written", async () => {
  const catalog = await createCatalog(db, "guest");
  const env = await shopEnv(app.services);
  const first = await checkout(
    db,
    env,
    buyer(catalog.paid, "guest@example.com"),
    clock,
  );
  const orders = () =>
    db.selectFrom("orders").select("id").where(
      "contact_id",
      "=",
      first.contactId,
    )
      .execute();
  const invoices = await count("invoices");
  await assert.rejects(
    () => checkout(db, env, buyer(catalog.paid, "Guest@Example.com"), clock),
    { code: "CONFIRMATION_REQUIRED" },
  );
  await assert.rejects(
    () =>
      checkout(
        db,
        env,
        buyer(catalog.trial, "guest@example.com", "trial"),
        clock,
      ),
    { code: "CONFIRMATION_REQUIRED" },
  );
  assert.deepEqual(await orders(), [{ id: first.orderId }]);
  assert.equal(await count("invoices"), invoices);
});

Deno.test("trial reminders: day 6 none, day 7 one (twice still one), day 15 after a missed 14 → day 14's", async () => {
  const catalog = await createCatalog(db, "remind");
  const env = await shopEnv(app.services);
  const start = new Date("2027-05-01T10:00:00Z");
  await checkout(
    db,
    env,
    buyer(catalog.trial, "remind@example.com", "trial"),
    start,
  );
  await issuePendingLicenses(db, env, start);
  const day = (n: number) =>
    new Date(start.getTime() + n * 24 * 3600_000 + 3600_000);
  const reminders = async () =>
    (await db.selectFrom("email_outbox").select("dedupe_key")
      .where("to_address", "=", "remind@example.com").where(
        "dedupe_key",
        "like",
        "trial-reminder:%",
      )
      .orderBy("created_at").execute()).map((r) =>
        r.dedupe_key.split(":").at(-1)
      );
  await sendTrialReminders(db, { appUrl: app.url }, day(6));
  assert.deepEqual(await reminders(), []);
  await Promise.all([
    sendTrialReminders(db, { appUrl: app.url }, day(7)),
    sendTrialReminders(db, { appUrl: app.url }, day(7)),
  ]);
  assert.deepEqual(await reminders(), ["7"]);
  await sendTrialReminders(db, { appUrl: app.url }, day(15));
  assert.deepEqual(await reminders(), ["7", "14"]);
  await sendTrialReminders(db, { appUrl: app.url }, day(16));
  assert.deepEqual(await reminders(), ["7", "14"]);
});

Deno.test("remote issuing through a second instance's API, retried without duplicates", async () => {
  const server = await startTestApp();
  try {
    const { key: apiKey } = await createApiKey(
      server.services.db,
      "shop",
      null,
      clock,
    );
    const catalog = await createCatalog(db, "remote");
    // First the license server is unreachable (nothing listens on port 9).
    await setShopSettings(db, keys, {
      licenseServerUrl: "http://127.0.0.1:9",
      licenseServerApiKey: apiKey,
    });
    const order = await checkout(
      db,
      await shopEnv(app.services),
      buyer(catalog.paid, "remote@example.com"),
      clock,
    );
    await recordPayment(
      db,
      {
        invoice: order.invoiceId!,
        amountCents: 11900,
        currency: "EUR",
        transactionId: "tx-remote",
        method: "card",
        paidAt: clock,
      },
      { type: "system" },
      clock,
    );
    assert.equal(
      await issuePendingLicenses(db, await shopEnv(app.services), clock),
      "0 issued, 1 failed",
    );
    const failed = await db.selectFrom("license_grants as g").innerJoin(
      "order_lines as l",
      "l.id",
      "g.order_line_id",
    )
      .select([
        "g.id",
        "g.status",
        "g.attempts",
        "g.last_error",
        "g.next_attempt_at",
      ])
      .where("l.order_id", "=", order.orderId).executeTakeFirstOrThrow();
    assert.equal(failed.status, "pending");
    assert.equal(failed.attempts, 1);
    assert.ok(failed.last_error);
    assert.ok(failed.next_attempt_at > clock, "retried later, with backoff");

    await setShopSettings(db, keys, { licenseServerUrl: server.url });
    const later = new Date(failed.next_attempt_at.getTime() + 1000);
    assert.equal(
      await issuePendingLicenses(db, await shopEnv(app.services), later),
      "1 issued, 0 failed",
    );
    assert.equal(
      await issuePendingLicenses(db, await shopEnv(app.services), later),
      "0 issued, 0 failed",
    );
    const remote = await server.services.db.selectFrom("licenses").select([
      "reference",
      "product",
    ])
      .where("reference", "=", `grant:${failed.id}`).execute();
    assert.deepEqual(remote, [{
      reference: `grant:${failed.id}`,
      product: "booking",
    }]);
    assert.equal(
      await count("licenses", ["email", "remote@example.com"]),
      0,
      "not issued here",
    );
    const mail = await db.selectFrom("email_outbox").select("text")
      .where("dedupe_key", "=", `license-grant:${failed.id}`)
      .executeTakeFirstOrThrow();
    assert.match(mail.text, /BOOKING-/);
  } finally {
    await setShopSettings(db, keys, { licenseServerUrl: "" });
    await server.close();
  }
});

Deno.test("a signed-in contact checks out without retyping their details", async () => {
  const catalog = await createCatalog(db, "again");
  await checkout(
    db,
    await shopEnv(app.services),
    buyer(catalog.paid, "again@example.com"),
    clock,
  );
  const contact = await db.selectFrom("contacts").select("id")
    .where("email", "=", "again@example.com").executeTakeFirstOrThrow();
  const client = await sessionClient(app.url, db, "contact", contact.id, clock);
  const page = await client.page(`/shop/checkout?item=${catalog.paid}`);
  for (
    const value of [
      "Berta Buyer",
      "Buyer GmbH",
      "Hauptstr. 1",
      "10115",
      "Berlin",
    ]
  ) {
    assert.ok(page.html.includes(`value="${value}"`), value);
  }
  assert.match(page.html, /Ordering as Berta Buyer \(again@example.com\)/);
});

Deno.test("the generic webhook answers as its served OpenAPI document says, signature scheme included", async () => {
  const doc = await (await fetch(`${app.url}/api/payments/openapi.json`))
    .json();
  assert.equal(doc.openapi, "3.1.0");
  assert.deepEqual(doc.components.securitySchemes.paymentSignature, {
    type: "apiKey",
    in: "header",
    name: "x-payment-signature",
    description:
      "`sha256=` and the hex HMAC-SHA256 of the raw request body under the webhook secret",
  });
  const contract = new ApiContract(doc);
  const path = "/api/payments/webhook";
  const catalog = await createCatalog(db, "contract");
  const order = await checkout(
    db,
    await shopEnv(app.services),
    buyer(catalog.paid, "contract@example.com"),
    clock,
  );
  const cancelled = await checkout(
    db,
    await shopEnv(app.services),
    buyer(catalog.paid, "contract-cancelled@example.com"),
    clock,
  );
  await cancelOrder(db, { type: "system" }, cancelled.orderId, clock);
  const paying = {
    invoice: order.invoiceNumber!,
    amount: 11900,
    currency: "EUR",
    transaction_id: "tx-contract",
  };
  const answers: [string, Response, number][] = [
    ["POST", await sendWebhook(paying), 200],
    ["POST", await sendWebhook(paying), 200],
    ["POST", await sendWebhook(paying, "another-secret"), 401],
    ["POST", await sendWebhook({ ...paying, invoice: "INV-1999-0001" }), 404],
    [
      "POST",
      await sendWebhook({ ...paying, invoice: cancelled.invoiceNumber! }),
      409,
    ],
    ["POST", await sendWebhook({ ...paying, amount: -1 }), 400],
    ["GET", await fetch(`${app.url}${path}`), 405],
  ];
  for (const [method, res, status] of answers) {
    assert.equal(res.status, status, `${method} ${status}`);
    assert.deepEqual(await contract.check(method, path, res), []);
    await res.body?.cancel();
  }
  const unseen = contract.documented().filter((answer) =>
    answer.startsWith(`POST ${path}`) && !contract.seen.has(answer) &&
    // A body over 64 KB, a failing server and a database away are
    // exercised for every endpoint in hostile_input, chaos and
    // database_away tests.
    !/ (413|500|503)$/.test(answer)
  );
  assert.deepEqual(unseen, []);
});
