import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import {
  createClientWithContact,
  createStaff,
  signIn,
  TestClient,
} from "./helpers/http.ts";
import { checkoutInput, createCatalog } from "./helpers/shop.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { recordPayment } from "@/lib/shop/payments.ts";
import { getShopSettings, openSecret } from "@/lib/shop/settings.ts";
import { signWebhookBody } from "@/lib/shop/webhook.ts";

const clock = new Date("2027-04-01T09:00:00Z");
const TODAY = "2027-04-01";
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db, keys } = app.services;

await createStaff(db, {
  email: "ada@example.com",
  password: "ada admin password",
  role: "admin",
});
const admin = await signIn(
  app.url,
  "admin",
  "ada@example.com",
  "ada admin password",
);

/**
 * Places an order for `slug` as `email` of `company`; an email that has a
 * contact already orders as that contact, as a signed-in buyer would (a
 * guest would have to confirm by email first).
 */
async function order(
  slug: string,
  email: string,
  options: { company?: string; contactId?: string } = {},
) {
  const known = await db.selectFrom("contacts").select("id")
    .where("email", "=", email).executeTakeFirst();
  const input = checkoutInput(slug, email, {
    name: `Buyer ${email.split("@")[0]}`,
    contactId: known?.id,
    ...options,
  });
  return await checkout(db, await shopEnv(app.services), input, clock);
}

/** The page a 303 points to, as the browser would load it next. */
async function follow(client: TestClient, res: Response) {
  assert.equal(res.status, 303, `expected a redirect, got ${res.status}`);
  await res.body?.cancel();
  return await client.page(res.headers.get("location")!);
}

async function expectStatus(res: Response, status: number): Promise<string> {
  const html = await res.text();
  assert.equal(res.status, status, html.slice(0, 500));
  return html;
}

const invoiceOf = async (invoiceId: string) =>
  await db.selectFrom("invoices").selectAll().where("id", "=", invoiceId)
    .executeTakeFirstOrThrow();
const orderStatus = async (orderId: string) =>
  (await db.selectFrom("orders").select("status").where("id", "=", orderId)
    .executeTakeFirstOrThrow()).status;
const paymentCount = async (invoiceId: string) =>
  Number(
    (await db.selectFrom("payments").select(db.fn.countAll<string>().as("n"))
      .where("invoice_id", "=", invoiceId).executeTakeFirstOrThrow()).n,
  );

/** "€12.34" for cents, as an English page shows it. */
const euros = (cents: number) =>
  new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" })
    .format(cents / 100);
const major = (cents: number) => (cents / 100).toFixed(2);

const PRODUCT_FIELDS = {
  intent: "save",
  slug: "report-pro",
  moduleKey: "reports",
  nameEn: "Report Pro",
  nameDe: "Berichte Pro",
  descriptionEn: "Monthly reports for your CRM.",
  descriptionDe: "Monatliche Berichte für Ihr CRM.",
  price: "79.90",
  currency: "eur",
  trialDays: "14",
  position: "1",
  active: "on",
};

Deno.test("a product created in admin is on /shop; a package bundles it; bad input keeps the values", async () => {
  const invalid = await admin.post("/admin/shop/products/new", {
    ...PRODUCT_FIELDS,
    slug: "Not a slug!",
    price: "12.345",
  });
  const invalidHtml = await expectStatus(invalid, 422);
  assert.match(invalidHtml, /lower-case letters, digits and hyphens/);
  assert.match(invalidHtml, /at most two decimals/);
  assert.match(invalidHtml, /value="Report Pro"/, "values are kept");
  assert.match(invalidHtml, /id="field-slug"[^>]*autofocus/);

  const created = await admin.post("/admin/shop/products/new", PRODUCT_FIELDS);
  const page = await follow(admin, created);
  assert.match(page.html, /The product “Report Pro” was created/);
  const product = await db.selectFrom("products").selectAll()
    .where("slug", "=", "report-pro").executeTakeFirstOrThrow();
  assert.equal(product.price_cents, 7990);
  assert.equal(product.currency, "EUR");
  assert.equal(product.trial_days, 14);

  const shop = await new TestClient(app.url).page("/shop");
  assert.match(shop.html, /Report Pro/);
  assert.match((await admin.page("/admin/shop")).html, /Report Pro/);

  const duplicate = await admin.post("/admin/shop/packages/new", {
    ...PRODUCT_FIELDS,
    nameEn: "Report Bundle",
    [`product_${product.id}`]: "on",
  });
  assert.match(
    await expectStatus(duplicate, 422),
    /Another product or package already uses this address/,
    "one slug names one offer",
  );
  const noProducts = await admin.post("/admin/shop/packages/new", {
    ...PRODUCT_FIELDS,
    slug: "report-bundle",
  });
  assert.match(
    await expectStatus(noProducts, 422),
    /Choose at least one product/,
  );
  const bundle = await admin.post("/admin/shop/packages/new", {
    ...PRODUCT_FIELDS,
    slug: "report-bundle",
    nameEn: "Report Bundle",
    price: "99",
    [`product_${product.id}`]: "on",
  });
  await follow(admin, bundle);
  assert.match(
    (await new TestClient(app.url).page("/shop")).html,
    /Report Bundle/,
  );

  const off = await admin.post(`/admin/shop/products/${product.id}`, {
    ...PRODUCT_FIELDS,
    active: [],
  });
  assert.match((await follow(admin, off)).html, /The product was saved/);
  assert.doesNotMatch(
    (await new TestClient(app.url).page("/shop")).html,
    /href="\/shop\/report-pro"/,
    "off sale: no longer offered on its own",
  );
  const inUse = await admin.post(`/admin/shop/products/${product.id}`, {
    intent: "delete",
  });
  assert.match((await follow(admin, inUse)).html, /cannot be deleted/);
});

Deno.test("orders: status filter and search by company, contact email and invoice number", async () => {
  const catalog = await createCatalog(db, "list");
  const alpha = await order(catalog.paid, "anna@alpha.example", {
    company: "Alpha Widgets",
  });
  const beta = await order(catalog.paid, "bert@beta.example", {
    company: "Beta Tools",
  });
  const beta2 = await order(catalog.bundle, "bert@beta.example");
  await recordPayment(
    db,
    {
      invoice: beta.invoiceId!,
      amountCents: (await invoiceOf(beta.invoiceId!)).total_cents,
      currency: "EUR",
      transactionId: "tx-list-beta",
      method: "bank_transfer",
      paidAt: clock,
    },
    { type: "system" },
    clock,
  );

  const byCompany = await admin.page("/admin/shop/orders?q=alpha+widg");
  assert.match(
    byCompany.html,
    new RegExp(`/admin/shop/orders/${alpha.orderId}`),
  );
  assert.doesNotMatch(byCompany.html, new RegExp(beta.orderId));

  const byEmail = await admin.page("/admin/shop/orders?q=bert%40beta");
  assert.match(byEmail.html, new RegExp(beta.orderId));
  assert.match(byEmail.html, new RegExp(beta2.orderId));
  assert.doesNotMatch(byEmail.html, new RegExp(alpha.orderId));

  const paidBeta = await admin.page(
    "/admin/shop/orders?status=paid&q=bert%40beta",
  );
  assert.match(paidBeta.html, new RegExp(beta.orderId));
  assert.doesNotMatch(paidBeta.html, new RegExp(beta2.orderId));

  const byNumber = await admin.page(
    `/admin/shop/orders?q=${alpha.invoiceNumber}`,
  );
  assert.match(byNumber.html, new RegExp(alpha.orderId));
  assert.doesNotMatch(byNumber.html, new RegExp(beta.orderId));

  const none = await admin.page("/admin/shop/orders?q=nobody-like-this");
  assert.match(none.html, /No order matches these filters/);
  const invoices = await admin.page("/admin/invoices?status=paid&q=beta");
  assert.match(invoices.html, new RegExp(beta.invoiceNumber!));
  assert.doesNotMatch(invoices.html, new RegExp(beta2.invoiceNumber!));
});

Deno.test("record payment: a part, then the rest, pays invoice and order and issues one license per package product", async () => {
  const catalog = await createCatalog(db, "pay");
  const placed = await order(catalog.bundle, "paula@pay.example");
  const invoicePath = `/admin/invoices/${placed.invoiceId}`;
  const { total_cents: total } = await invoiceOf(placed.invoiceId!);
  const page = await admin.page(invoicePath);
  assert.match(page.html, /Record payment/);
  assert.match(
    page.html,
    new RegExp(`value="${major(total)}"`),
    "the balance is suggested",
  );

  const part = 5000;
  const first = await admin.post(invoicePath, {
    amount: major(part),
    paidOn: TODAY,
    method: "bank_transfer",
    confirmed: "on",
    transactionId: "tx-pay-1",
  });
  const afterFirst = await follow(admin, first);
  assert.match(
    afterFirst.html,
    new RegExp(`Still due: ${euros(total - part)}`),
  );
  assert.equal((await invoiceOf(placed.invoiceId!)).status, "open");
  assert.equal(await orderStatus(placed.orderId), "pending");

  const tooMuch = await admin.post(invoicePath, {
    amount: major(total),
    paidOn: TODAY,
    method: "bank_transfer",
    confirmed: "on",
    transactionId: "tx-pay-too-much",
  });
  assert.match(await expectStatus(tooMuch, 422), /more than the balance due/);

  const rest = await admin.post(invoicePath, {
    amount: major(total - part),
    paidOn: TODAY,
    method: "cash",
    confirmed: "on",
    transactionId: "tx-pay-2",
  });
  const afterRest = await follow(admin, rest);
  assert.match(afterRest.html, /the invoice is paid/);
  assert.doesNotMatch(afterRest.html, /id="record-payment"/);
  const invoice = await invoiceOf(placed.invoiceId!);
  assert.equal(invoice.status, "paid");
  assert.equal(await orderStatus(placed.orderId), "paid");
  const payments = await db.selectFrom("payments").select(["recorded_by"])
    .where("invoice_id", "=", placed.invoiceId!).execute();
  assert.equal(payments.length, 2);
  assert.ok(
    payments.every((p) => p.recorded_by !== null),
    "staff is the actor",
  );

  const grants = await db.selectFrom("license_grants as g")
    .innerJoin("order_lines as l", "l.id", "g.order_line_id")
    .innerJoin("products as p", "p.id", "g.product_id")
    .select(["p.module_key", "g.status", "g.license_id"])
    .where("l.order_id", "=", placed.orderId).orderBy("p.module_key").execute();
  assert.deepEqual(
    grants.map((g) => [g.module_key, g.status]),
    [["activity", "issued"], ["booking", "issued"]],
    "one issued license per product of the package",
  );
  const detail = await admin.page(`/admin/shop/orders/${placed.orderId}`);
  for (const grant of grants) {
    assert.match(
      detail.html,
      new RegExp(`/admin/licenses/${grant.license_id}`),
    );
  }
  assert.match(detail.html, /tx-pay-1/);
  assert.doesNotMatch(
    detail.html,
    /Cancel order/,
    "a paid order has no cancel button",
  );

  const single = await order(catalog.paid, "paula@pay.example");
  const { total_cents: singleTotal } = await invoiceOf(single.invoiceId!);
  await follow(
    admin,
    await admin.post(`/admin/invoices/${single.invoiceId}`, {
      amount: major(singleTotal),
      paidOn: TODAY,
      method: "card",
      confirmed: "on",
      transactionId: "tx-pay-single",
    }),
  );
  const singleGrants = await db.selectFrom("license_grants as g")
    .innerJoin("order_lines as l", "l.id", "g.order_line_id")
    .select("g.status").where("l.order_id", "=", single.orderId).execute();
  assert.deepEqual(singleGrants, [{ status: "issued" }], "one for a product");
});

Deno.test("record payment: a confirmation step says keys will be issued; without a reference one is generated; the buyer gets a receipt", async () => {
  const catalog = await createCatalog(db, "confirm");
  const placed = await order(catalog.paid, "cora@confirm.example");
  const path = `/admin/invoices/${placed.invoiceId}`;
  const { total_cents: total, number } = await invoiceOf(placed.invoiceId!);
  const fields = { amount: major(total), paidOn: TODAY, method: "cash" };

  const asked = await admin.post(path, fields);
  const html = await expectStatus(asked, 200);
  assert.match(html, /id="confirm-payment"/);
  assert.match(
    html,
    new RegExp(
      `Recording ${
        euros(total)
      } pays invoice ${number} in full: the license keys are issued at once and emailed to cora@confirm.example`,
    ),
  );
  assert.equal(await paymentCount(placed.invoiceId!), 0, "nothing yet");

  await follow(admin, await admin.post(path, { ...fields, confirmed: "on" }));
  const payment = await db.selectFrom("payments")
    .select(["transaction_id", "method"])
    .where("invoice_id", "=", placed.invoiceId!).executeTakeFirstOrThrow();
  assert.match(payment.transaction_id, /^MANUAL-20270401-[0-9A-F]{8}$/);
  assert.equal(payment.method, "cash");
  assert.equal(await orderStatus(placed.orderId), "paid");
  const receipt = await db.selectFrom("email_outbox").select([
    "subject",
    "text",
  ])
    .where("to_address", "=", "cora@confirm.example")
    .where("dedupe_key", "like", "payment-receipt:%").executeTakeFirstOrThrow();
  assert.equal(receipt.subject, `Payment received for invoice ${number}`);
  assert.match(receipt.text, new RegExp(payment.transaction_id));
  assert.match(receipt.text, /paid in full/);
});

Deno.test("a duplicate transaction id is acknowledged and changes nothing", async () => {
  const catalog = await createCatalog(db, "dup");
  const placed = await order(catalog.paid, "dora@dup.example");
  const path = `/admin/invoices/${placed.invoiceId}`;
  const payment = {
    amount: "10.00",
    paidOn: TODAY,
    method: "bank_transfer",
    confirmed: "on",
    transactionId: "tx-dup-1",
  };
  await follow(admin, await admin.post(path, payment));
  const before = await invoiceOf(placed.invoiceId!);
  const auditBefore = await db.selectFrom("audit_log")
    .select(db.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();

  const again = await follow(
    admin,
    await admin.post(path, { ...payment, amount: "20.00" }),
  );
  assert.match(again.html, /Transaction tx-dup-1 was recorded before/);
  assert.equal(await paymentCount(placed.invoiceId!), 1);
  assert.deepEqual(await invoiceOf(placed.invoiceId!), before);
  assert.deepEqual(
    await db.selectFrom("audit_log").select(db.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow(),
    auditBefore,
  );
  assert.match(
    again.html,
    new RegExp(`Balance due[\\s\\S]*${euros(before.total_cents - 1000)}`),
  );
});

Deno.test("cancelling: an unpaid order and its invoice are cancelled; a paid one cannot be", async () => {
  const catalog = await createCatalog(db, "cancel");
  const unpaid = await order(catalog.paid, "carl@cancel.example");
  const page = await admin.page(`/admin/shop/orders/${unpaid.orderId}`);
  assert.match(page.html, /Cancel order/);
  const step = await follow(
    admin,
    await admin.post(`/admin/shop/orders/${unpaid.orderId}`, {
      intent: "cancel",
    }),
  );
  assert.match(step.html, /Cancel this order\?/, "a confirmation step first");
  assert.match(step.html, /cancelled by a credit note for its full amount/);
  assert.equal(await orderStatus(unpaid.orderId), "pending");
  const cancelled = await follow(
    admin,
    await admin.post(`/admin/shop/orders/${unpaid.orderId}`, {
      intent: "cancel",
      confirmed: "on",
    }),
  );
  assert.match(cancelled.html, /The order and its invoice were cancelled/);
  assert.equal(await orderStatus(unpaid.orderId), "cancelled");
  assert.equal((await invoiceOf(unpaid.invoiceId!)).status, "cancelled");
  const audit = await db.selectFrom("audit_log").select("action")
    .where("entity_id", "=", unpaid.orderId).execute();
  assert.deepEqual(audit, [{ action: "order.cancel" }]);

  const paid = await order(catalog.paid, "carl@cancel.example");
  await recordPayment(
    db,
    {
      invoice: paid.invoiceId!,
      amountCents: (await invoiceOf(paid.invoiceId!)).total_cents,
      currency: "EUR",
      transactionId: "tx-cancel-paid",
      method: "bank_transfer",
      paidAt: clock,
    },
    { type: "system" },
    clock,
  );
  const refused = await follow(
    admin,
    await admin.post(`/admin/shop/orders/${paid.orderId}`, {
      intent: "cancel",
      confirmed: "on",
    }),
  );
  assert.match(refused.html, /Only unpaid orders can be cancelled/);
  assert.equal(await orderStatus(paid.orderId), "paid");
  assert.equal((await invoiceOf(paid.invoiceId!)).status, "paid");
});

Deno.test("portal: a contact sees their own orders and invoices; another client's invoice is a 404", async () => {
  const catalog = await createCatalog(db, "portal");
  const mine = await createClientWithContact(db, {
    email: "mia@mine.example",
    password: "mia portal password",
    company: "Mine AG",
  });
  const theirs = await createClientWithContact(db, {
    email: "theo@theirs.example",
    company: "Theirs AG",
  });
  const myOrder = await order(catalog.paid, "mia@mine.example", {
    contactId: mine.contactId,
  });
  const theirOrder = await order(catalog.bundle, "theo@theirs.example", {
    contactId: theirs.contactId,
  });
  const mia = await signIn(
    app.url,
    "clients",
    "mia@mine.example",
    "mia portal password",
  );

  const invoices = await mia.page("/clients/invoices");
  assert.equal(invoices.status, 200);
  assert.match(invoices.html, new RegExp(myOrder.invoiceNumber!));
  assert.doesNotMatch(invoices.html, new RegExp(theirOrder.invoiceNumber!));

  const own = await mia.page(`/clients/invoices/${myOrder.invoiceId}`);
  assert.equal(own.status, 200);
  assert.match(own.html, new RegExp(`Invoice ${myOrder.invoiceNumber}`));
  assert.match(own.html, /Balance due/);
  assert.equal(
    (await mia.page(`/clients/invoices/${theirOrder.invoiceId}`)).status,
    404,
  );
  assert.equal((await mia.page("/clients/invoices/not-a-uuid")).status, 404);

  const orders = await mia.page("/clients/orders");
  assert.match(orders.html, /paid module/);
  assert.match(orders.html, new RegExp(myOrder.invoiceNumber!));
  assert.doesNotMatch(orders.html, /Bundle/);
  assert.doesNotMatch(orders.html, new RegExp(theirOrder.invoiceNumber!));
});

Deno.test("staff without the admin role get 403 on shop settings but can use the other shop pages", async () => {
  await createStaff(db, {
    email: "sam@example.com",
    password: "sam staff password",
    role: "staff",
  });
  const sam = await signIn(
    app.url,
    "admin",
    "sam@example.com",
    "sam staff password",
  );
  assert.equal((await sam.page("/admin/shop/settings")).status, 403);
  const before = await getShopSettings(db);
  const post = await sam.post("/admin/shop/settings", {
    licenseServerUrl: "https://evil.example",
    currency: "EUR",
    invoicePrefix: "EVIL",
    paymentTermDays: "1",
  });
  await expectStatus(post, 403);
  assert.deepEqual(await getShopSettings(db), before);
  assert.equal((await sam.page("/admin/shop")).status, 200);
  assert.equal((await sam.page("/admin/shop/orders")).status, 200);
  assert.equal((await sam.page("/admin/invoices")).status, 200);
  assert.doesNotMatch(
    (await sam.page("/admin/shop")).html,
    /href="\/admin\/shop\/settings"/,
  );
});

Deno.test("POSTs without the CSRF token are refused and change nothing", async () => {
  const catalog = await createCatalog(db, "csrf");
  const placed = await order(catalog.paid, "cora@csrf.example");
  const attempts: [string, Record<string, string>][] = [
    ["/admin/shop/products/new", { ...PRODUCT_FIELDS, slug: "csrf-product" }],
    [`/admin/shop/orders/${placed.orderId}`, { intent: "cancel" }],
    [`/admin/invoices/${placed.invoiceId}`, {
      amount: "1.00",
      paidOn: TODAY,
      method: "cash",
      confirmed: "on",
      transactionId: "tx-csrf",
    }],
    ["/admin/shop/settings", {
      licenseServerUrl: "",
      currency: "EUR",
      invoicePrefix: "CSRF",
      paymentTermDays: "1",
      generateWebhookSecret: "on",
    }],
  ];
  for (const [path, fields] of attempts) {
    await expectStatus(await admin.post(path, fields, { csrf: false }), 403);
  }
  assert.equal(
    await db.selectFrom("products").select("id")
      .where("slug", "=", "csrf-product").executeTakeFirst(),
    undefined,
  );
  assert.equal(await orderStatus(placed.orderId), "pending");
  assert.equal(await paymentCount(placed.invoiceId!), 0);
  assert.notEqual((await getShopSettings(db)).invoicePrefix, "CSRF");
});

Deno.test("a license grant that gave up is shown with its last error and can be retried from the order", async () => {
  const catalog = await createCatalog(db, "retry");
  const placed = await order(catalog.paid, "rita@retry.example");
  await recordPayment(
    db,
    {
      invoice: placed.invoiceId!,
      amountCents: (await invoiceOf(placed.invoiceId!)).total_cents,
      currency: "EUR",
      transactionId: "tx-retry",
      method: "bank_transfer",
      paidAt: clock,
    },
    { type: "system" },
    clock,
  );
  const grant = await db.selectFrom("license_grants as g")
    .innerJoin("order_lines as l", "l.id", "g.order_line_id")
    .select("g.id").where("l.order_id", "=", placed.orderId)
    .executeTakeFirstOrThrow();
  await db.updateTable("license_grants").set({
    status: "failed",
    attempts: 10,
    last_error: "license server answered 503 UNAVAILABLE",
  }).where("id", "=", grant.id).execute();

  const path = `/admin/shop/orders/${placed.orderId}`;
  const page = await admin.page(path);
  assert.match(page.html, /license server answered 503 UNAVAILABLE/);
  assert.match(page.html, />10</, "the attempts are shown");
  const retried = await follow(
    admin,
    await admin.post(path, { intent: "retry", grantId: grant.id }),
  );
  assert.match(retried.html, /Issuing was tried again/);
  const after = await db.selectFrom("license_grants").select(["status"])
    .where("id", "=", grant.id).executeTakeFirstOrThrow();
  assert.equal(after.status, "issued");
  const again = await follow(
    admin,
    await admin.post(path, { intent: "retry", grantId: grant.id }),
  );
  assert.match(again.html, /not in a failed state any more/);
});

// Last: it changes the prefix the other tests' orders use.
Deno.test("settings keep secrets sealed and write-only; the webhook accepts the newly generated secret", async () => {
  const form = {
    licenseServerUrl: "",
    licenseServerApiKey: "lic-api-key-plaintext-0001",
    currency: "eur",
    invoicePrefix: "re",
    paymentTermDays: "30",
    generateWebhookSecret: "on",
  };
  const saved = await admin.post("/admin/shop/settings", form);
  const html = await expectStatus(saved, 200);
  assert.equal(saved.headers.get("cache-control"), "private, no-store");
  const secret = html.match(/<code class="license-key">([^<]+)<\/code>/)?.[1];
  assert.ok(secret, "the generated secret is shown once");

  const stored = (await db.selectFrom("options").select("value")
    .where("name", "=", "shop.settings").executeTakeFirstOrThrow()).value;
  assert.ok(!stored.includes("lic-api-key-plaintext-0001"), "API key sealed");
  assert.ok(!stored.includes(secret), "webhook secret sealed");
  const settings = await getShopSettings(db);
  assert.equal(settings.invoicePrefix, "RE");
  assert.equal(settings.currency, "EUR");
  assert.equal(
    await openSecret(keys, settings.licenseServerApiKeySealed),
    "lic-api-key-plaintext-0001",
  );
  assert.equal(await openSecret(keys, settings.webhookSecretSealed), secret);

  const page = await admin.page("/admin/shop/settings");
  assert.doesNotMatch(page.html, /lic-api-key-plaintext/);
  assert.doesNotMatch(page.html, new RegExp(secret));
  assert.match(page.html, /Set\. Type a new one only to replace it/);

  // Saving without typing the secrets keeps them.
  const { licenseServerApiKey: _key, generateWebhookSecret: _gen, ...plain } =
    form;
  await follow(
    admin,
    await admin.post("/admin/shop/settings", {
      ...plain,
      paymentTermDays: "21",
    }),
  );
  const kept = await getShopSettings(db);
  assert.equal(kept.paymentTermDays, 21);
  assert.equal(
    kept.licenseServerApiKeySealed,
    settings.licenseServerApiKeySealed,
  );
  assert.equal(kept.webhookSecretSealed, settings.webhookSecretSealed);

  const catalog = await createCatalog(db, "hooked");
  const placed = await order(catalog.paid, "hugo@hooked.example");
  assert.match(placed.invoiceNumber!, /^RE-2027-/);
  const invoice = await invoiceOf(placed.invoiceId!);
  assert.equal(invoice.tax_rate_basis_points, 1900);
  const body = JSON.stringify({
    invoice: invoice.number,
    amount: invoice.total_cents,
    currency: "EUR",
    transaction_id: "tx-hooked-1",
  });
  const send = async (key: string) =>
    await fetch(`${app.url}/api/payments/webhook`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-payment-signature": await signWebhookBody(key, body),
      },
      body,
    });
  const wrong = await send("whsec_not-the-secret");
  assert.equal(wrong.status, 401);
  await wrong.body?.cancel();
  const accepted = await send(secret);
  assert.equal(accepted.status, 200);
  assert.deepEqual(await accepted.json(), {
    received: true,
    duplicate: false,
    invoice_paid: true,
  });
  assert.equal(await orderStatus(placed.orderId), "paid");
});
