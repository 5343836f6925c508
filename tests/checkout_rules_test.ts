/**
 * The lawful checkout (issue 16 items 3 and 8), through the app's pages
 * on a real database: prices as consumers and businesses expect them,
 * the total before the order button, the §312j button, the §356 (5)
 * consent stored and emailed, values kept after an error, bad VAT IDs
 * refused with nothing written, and the short form of free products.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createCatalog, setSeller } from "./helpers/shop.ts";
import {
  createClientWithContact,
  createStaff,
  sessionClient,
  signIn,
  TestClient,
} from "./helpers/http.ts";
import { parseReceived } from "./helpers/mail.ts";
import { startTestSmtpServer } from "@/lib/mail/testing.ts";
import { createMailer } from "@/lib/mail/worker.ts";
import { renderBillingAttachment } from "@/lib/billing/pdf.ts";
import { WITHDRAWAL_CONSENT_VERSION } from "@/lib/shop/checkout.ts";

const clock = new Date("2027-04-01T09:00:00Z");
const app = await startTestApp({ now: () => clock });
const smtp = await startTestSmtpServer();
const mailer = createMailer({
  db: app.services.db,
  smtpUrl: smtp.url,
  from: "Shop <shop@example.com>",
  appUrl: app.services.config.appUrl,
  renderAttachment: renderBillingAttachment,
});
Deno.test.afterAll(async () => {
  await mailer.stop();
  await smtp.close();
  await app.close();
});
const { db } = app.services;
const catalog = await createCatalog(db, "lawful");

let addresses = 0;
/** A visitor with a fresh address, so the checkout rate limit stays far. */
function visitor(locale: "en" | "de" = "en"): TestClient {
  const client = new TestClient(app.url);
  client.cookies.set("lang", locale);
  const address = `10.9.${Math.floor(++addresses / 250)}.${addresses % 250}`;
  const request = client.request.bind(client);
  client.request = (path, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set("x-forwarded-for", address);
    return request(path, { ...init, headers });
  };
  return client;
}

/** A complete paid checkout by a consumer in Germany; override the rest. */
function consumerForm(
  email: string,
  fields: Record<string, string> = {},
): Record<string, string> {
  return {
    item: catalog.paid,
    mode: "buy",
    buyer: "consumer",
    name: "Carla Consumer",
    email,
    address: "Gartenweg 5",
    postal_code: "50667",
    city: "Köln",
    country: "DE",
    terms: "on",
    withdrawal_consent: "on",
    intent: "order",
    ...fields,
  };
}

const counts = async () => {
  const n = async (table: "orders" | "clients" | "invoices") =>
    Number(
      (await db.selectFrom(table).select(db.fn.countAll<string>().as("n"))
        .executeTakeFirstOrThrow()).n,
    );
  return {
    orders: await n("orders"),
    clients: await n("clients"),
    invoices: await n("invoices"),
  };
};

/** The summary's rows as "label: amount" lines. */
function summaryRows(html: string): string[] {
  const table = html.match(/<table class="summary-table">(.*?)<\/table>/s);
  assert.ok(table, "the page shows the summary");
  return [...table[1].matchAll(/<th scope="row">(.*?)<\/th><td>(.*?)<\/td>/g)]
    .map((row) => `${row[1]}: ${row[2].replace(/\s/g, " ")}`);
}

Deno.test("consumers see gross prices, businesses net ones, a §19 seller its final price", async (t) => {
  await t.step("an unknown visitor: German VAT included", async () => {
    const en = await visitor().page("/shop");
    assert.match(en.html, /€119\.00 <small class="muted">incl\. VAT<\/small>/);
    const de = await visitor("de").page(`/shop/${catalog.paid}`);
    assert.match(
      de.html,
      /119,00\s€ <small class="muted">inkl\. MwSt\.<\/small>/,
    );
    assert.doesNotMatch(de.html, /zzgl\./);
  });
  await t.step("a signed-in business client: net plus VAT", async () => {
    const { contactId } = await createClientWithContact(db, {
      email: "firm@example.com",
      company: "Firm GmbH",
    });
    const client = await sessionClient(
      app.url,
      db,
      "contact",
      contactId,
      clock,
    );
    const shop = await client.page("/shop");
    assert.match(shop.html, /€100\.00 <small class="muted">plus VAT<\/small>/);
    const bundle = await client.page(`/shop/${catalog.bundle}`);
    assert.match(
      bundle.html,
      /€150\.00 <small class="muted">plus VAT<\/small>/,
    );
  });
  await t.step("a §19 small business: the net price is final", async () => {
    await setSeller(db, { smallBusiness: true });
    try {
      const page = await visitor().page("/shop");
      assert.match(
        page.html,
        /€100\.00 <small class="muted">final price, no VAT \(§19 UStG\)<\/small>/,
      );
    } finally {
      await setSeller(db);
    }
  });
});

Deno.test("the checkout shows lines, VAT and total before the order button, recomputed for the buyer", async (t) => {
  await t.step("a consumer in Germany, on opening the page", async () => {
    const page = await visitor().page(`/shop/checkout?item=${catalog.paid}`);
    assert.deepEqual(summaryRows(page.html), [
      "paid module: €119.00",
      "Total: €119.00",
      "incl. 19 % VAT: €19.00",
    ]);
    const summaryAt = page.html.indexOf('class="summary-table"');
    const buttonAt = page.html.indexOf('value="order"');
    assert.ok(summaryAt > 0 && summaryAt < buttonAt, "the total comes first");
    assert.match(page.html, />Buy now – payment required<\/button>/);
  });
  await t.step(
    "a French business with a VAT ID, by 'Update total'",
    async () => {
      const before = await counts();
      const client = visitor();
      await client.page(`/shop/checkout?item=${catalog.paid}`);
      const res = await client.post("/shop/checkout", {
        ...consumerForm("fr@example.com"),
        buyer: "business",
        company: "Acme SARL",
        vat_id: "FR 40 303 265 045",
        country: "fr",
        intent: "quote",
      });
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.deepEqual(summaryRows(html), [
        "paid module: €100.00",
        "No VAT (0 %): €0.00",
        "Total: €100.00",
      ]);
      assert.match(html, /Steuerschuldnerschaft des Leistungsempfängers/);
      assert.match(html, /value="Acme SARL"/);
      assert.match(html, /<option value="FR" selected(="")?>France<\/option>/);
      assert.deepEqual(await counts(), before, "a quote orders nothing");
    },
  );
  await t.step("a customer in the US, from the summary endpoint", async () => {
    const res = await visitor("de").request(
      `/shop/checkout/summary?item=${catalog.paid}&buyer=consumer&country=US`,
    );
    assert.equal(res.status, 200);
    const summary = await res.json();
    assert.equal(summary.total.amount.replace(/\s/g, " "), "100,00 €");
    assert.equal(summary.vat.amount.replace(/\s/g, " "), "0,00 €");
    assert.match(summary.note, /Nicht im Inland steuerbar/);
  });
  await t.step("a consumer in France pays French VAT", async () => {
    const res = await visitor().request(
      `/shop/checkout/summary?item=${catalog.paid}&buyer=consumer&country=FR&vat_id=FR40303265045`,
    );
    const summary = await res.json();
    assert.equal(summary.vat.label, "incl. 20 % VAT");
    assert.equal(summary.total.amount, "€120.00");
  });
  await t.step(
    "a VAT ID of the wrong format: said in the summary",
    async () => {
      const res = await visitor().request(
        `/shop/checkout/summary?item=${catalog.paid}&buyer=business&country=FR&vat_id=FR123`,
      );
      const summary = await res.json();
      assert.equal(summary.vat.label, "plus 20 % VAT");
      assert.match(summary.problem, /not a VAT ID in the format/);
    },
  );
});

Deno.test("a consumer must agree to immediate delivery; the consent is stored and emailed", async (t) => {
  await t.step(
    "without it: refused beside the box, every value kept, nothing written",
    async () => {
      const before = await counts();
      const client = visitor("de");
      await client.page(`/shop/checkout?item=${catalog.paid}`);
      const res = await client.post("/shop/checkout", {
        ...consumerForm("carla@example.com", { country: "AT" }),
        withdrawal_consent: "",
      });
      assert.equal(res.status, 422);
      const html = await res.text();
      assert.match(
        html,
        /id="field-withdrawal_consent-error">Bitte stimmen Sie der sofortigen Lieferung zu/,
      );
      for (
        const value of [
          "Carla Consumer",
          "carla@example.com",
          "Gartenweg 5",
          "50667",
          "Köln",
        ]
      ) {
        assert.ok(html.includes(`value="${value}"`), value);
      }
      assert.match(
        html,
        /<option value="AT" selected(="")?>Österreich<\/option>/,
      );
      assert.match(html, /name="terms" checked(="")?/);
      assert.match(html, /name="buyer" value="consumer" checked(="")?/);
      assert.deepEqual(await counts(), before);
    },
  );
  await t.step(
    "with it: the order keeps the text, its version and the time",
    async () => {
      const client = visitor("de");
      await client.page(`/shop/checkout?item=${catalog.paid}`);
      const res = await client.post(
        "/shop/checkout",
        consumerForm("carla@example.com"),
      );
      assert.equal(res.status, 303);
      await res.body?.cancel();
      const order = await db.selectFrom("orders as o")
        .innerJoin("contacts as c", "c.id", "o.contact_id")
        .select([
          "o.buyer_kind",
          "o.withdrawal_consent_at",
          "o.withdrawal_consent_version",
          "o.withdrawal_consent_text",
          "o.total_cents",
        ])
        .where("c.email", "=", "carla@example.com").executeTakeFirstOrThrow();
      assert.equal(order.buyer_kind, "consumer");
      assert.equal(order.total_cents, 11900);
      assert.equal(
        order.withdrawal_consent_at?.toISOString(),
        clock.toISOString(),
      );
      assert.equal(
        order.withdrawal_consent_version,
        WITHDRAWAL_CONSENT_VERSION,
      );
      assert.match(
        order.withdrawal_consent_text ?? "",
        /Widerrufsrecht verliere/,
      );
      await mailer.sendDue(clock);
      const toCarla = (m: { to: string[] }) =>
        m.to.includes("carla@example.com");
      await smtp.waitUntil((all) => all.some(toCarla));
      const parsed = await parseReceived(smtp.received.find(toCarla)!);
      assert.ok(
        (parsed.text ?? "").replace(/\s+/g, " ").includes(
          order.withdrawal_consent_text!.replace(/\s+/g, " "),
        ),
        "the confirmation email repeats the consent",
      );
    },
  );
  await t.step("a business gives none", async () => {
    const client = visitor();
    await client.page(`/shop/checkout?item=${catalog.paid}`);
    const res = await client.post("/shop/checkout", {
      ...consumerForm("biz@example.com"),
      buyer: "business",
      company: "Biz GmbH",
      withdrawal_consent: "",
    });
    assert.equal(res.status, 303);
    await res.body?.cancel();
    const order = await db.selectFrom("orders as o")
      .innerJoin("contacts as c", "c.id", "o.contact_id")
      .select(["o.buyer_kind", "o.withdrawal_consent_at"])
      .where("c.email", "=", "biz@example.com").executeTakeFirstOrThrow();
    assert.deepEqual(order, {
      buyer_kind: "business",
      withdrawal_consent_at: null,
    });
  });
});

Deno.test("a business: company required, a bad VAT ID refused with the message, nothing written", async () => {
  const before = await counts();
  const client = visitor();
  await client.page(`/shop/checkout?item=${catalog.paid}`);
  const noCompany = await client.post("/shop/checkout", {
    ...consumerForm("nocompany@example.com"),
    buyer: "business",
  });
  assert.equal(noCompany.status, 422);
  assert.match(
    await noCompany.text(),
    /id="field-company-error">Please enter the company name/,
  );
  const badVatId = await client.post("/shop/checkout", {
    ...consumerForm("badvat@example.com"),
    buyer: "business",
    company: "Bad SARL",
    vat_id: "FR123",
    country: "FR",
  });
  assert.equal(badVatId.status, 422);
  const html = await badVatId.text();
  assert.match(
    html,
    /id="field-vat_id-error">This is not a VAT ID in the format of the country chosen/,
  );
  assert.match(html, /value="FR123"/);
  assert.match(html, /name="buyer" value="business" checked(="")?/);
  assert.deepEqual(await counts(), before);
});

Deno.test("free products and trials ask only name, email and country", async (t) => {
  for (
    const [what, query] of [
      ["a free product", `item=${catalog.free}`],
      ["a trial", `item=${catalog.trial}&mode=trial`],
    ]
  ) {
    await t.step(what, async () => {
      const client = visitor();
      const page = await client.page(`/shop/checkout?${query}`);
      for (
        const field of [
          "address",
          "postal_code",
          "city",
          "company",
          "vat_id",
          "withdrawal_consent",
        ]
      ) {
        assert.doesNotMatch(page.html, new RegExp(`name="${field}"`), field);
      }
      assert.doesNotMatch(page.html, /summary-table|payment required/);
      const params = new URLSearchParams(query);
      const email = `${params.get("mode") ?? "free"}@example.com`;
      const res = await client.post("/shop/checkout", {
        item: params.get("item")!,
        mode: params.get("mode") ?? "buy",
        name: "Fiona Free",
        email,
        country: "CH",
        terms: "on",
      });
      assert.equal(res.status, 303);
      await res.body?.cancel();
      const client_ = await db.selectFrom("clients as cl")
        .innerJoin("contacts as c", "c.client_id", "cl.id")
        .select(["cl.address", "cl.country"])
        .where("c.email", "=", email).executeTakeFirstOrThrow();
      assert.deepEqual(client_, { address: null, country: "CH" });
    });
  }
});

Deno.test("the form names countries in the visitor's language and links terms and privacy", async () => {
  const de = await visitor("de").page(`/shop/checkout?item=${catalog.paid}`);
  assert.match(de.html, /<option value="FR">Frankreich<\/option>/);
  assert.match(
    de.html,
    /<option value="DE" selected(="")?>Deutschland<\/option>/,
  );
  assert.match(de.html, />Zahlungspflichtig bestellen<\/button>/);
  assert.match(
    de.html,
    /<a href="\/legal\/terms"[^>]*>Verkaufsbedingungen<\/a>/,
  );
  assert.match(
    de.html,
    /<a href="\/legal\/privacy"[^>]*>Datenschutzerklärung<\/a>/,
  );
  const en = await visitor().page(`/shop/checkout?item=${catalog.paid}`);
  assert.match(en.html, /<option value="FR">France<\/option>/);
});

Deno.test("the terms and privacy pages show what the administrator wrote, or say they are not published", async () => {
  const unset = await visitor().page("/legal/privacy");
  assert.equal(unset.status, 200);
  assert.match(unset.html, /not been published yet.*billing@portico\.example/s);
  await createStaff(db, {
    email: "legal@example.com",
    password: "legal admin password",
  });
  const admin = await signIn(
    app.url,
    "admin",
    "legal@example.com",
    "legal admin password",
  );
  const saved = await admin.post("/admin/shop/legal", {
    termsDe: "§1 Geltung\n\n§2 Lieferung per E-Mail",
    termsEn: "",
    privacyDe: "",
    privacyEn: "We keep your data for invoices.",
  });
  assert.equal(saved.status, 303);
  await saved.body?.cancel();
  const terms = await visitor("de").page("/legal/terms");
  assert.match(terms.html, /<p>§1 Geltung<\/p><p>§2 Lieferung per E-Mail<\/p>/);
  // Written in one language only: shown in that one.
  const termsEn = await visitor().page("/legal/terms");
  assert.match(termsEn.html, /<h1>Terms of sale<\/h1><p>§1 Geltung<\/p>/);
  const privacy = await visitor("de").page("/legal/privacy");
  assert.match(privacy.html, /We keep your data for invoices\./);
  assert.equal((await visitor().page("/legal/imprint")).status, 404);
});

Deno.test("a held consumer order asks its owner for the consent to immediate delivery when confirming", async () => {
  const owner = "held-owner@example.com";
  await createClientWithContact(db, { email: owner, name: "Hanna Held" });
  const guest = visitor();
  await guest.page(`/shop/checkout?item=${catalog.paid}`);
  const held = await guest.post("/shop/checkout", consumerForm(owner));
  assert.equal(held.status, 303);
  await held.body?.cancel();
  await mailer.sendDue(clock);
  await smtp.waitUntil((all) => all.some((m) => m.to.includes(owner)));
  const raw = smtp.received.find((m) => m.to.includes(owner))!.raw
    .replace(/=\r?\n/g, "");
  const token = raw.match(/\/shop\/confirm\?token=(?:3D)?([\w-]+)/)?.[1];
  assert.ok(token, "the email links the confirmation");

  const confirmer = visitor();
  const page = await confirmer.page(`/shop/confirm?token=${token}`);
  assert.match(page.html, /name="withdrawal_consent"/);
  assert.deepEqual(summaryRows(page.html), [
    "paid module: €119.00",
    "Total: €119.00",
    "incl. 19 % VAT: €19.00",
  ]);
  const before = await counts();
  const refused = await confirmer.post("/shop/confirm", { token, terms: "on" });
  assert.equal(refused.status, 422);
  assert.match(
    await refused.text(),
    /id="field-withdrawal_consent-error">Please agree to immediate delivery/,
  );
  assert.deepEqual(
    await counts(),
    before,
    "the link still works, nothing ordered",
  );
  const placed = await confirmer.post("/shop/confirm", {
    token,
    terms: "on",
    withdrawal_consent: "on",
  });
  assert.equal(placed.status, 303);
  await placed.body?.cancel();
  const order = await db.selectFrom("orders as o")
    .innerJoin("contacts as c", "c.id", "o.contact_id")
    .select(["o.id", "o.withdrawal_consent_version", "o.buyer_kind"])
    .where("c.email", "=", owner).executeTakeFirstOrThrow();
  assert.deepEqual(order, {
    id: order.id,
    withdrawal_consent_version: WITHDRAWAL_CONSENT_VERSION,
    buyer_kind: "consumer",
  });
  const staffId = await createStaff(db, {
    email: "orders@example.com",
    password: "orders staff password",
    role: "staff",
  });
  const staff = await sessionClient(app.url, db, "staff", staffId, clock);
  const admin = await staff.page(`/admin/shop/orders/${order.id}`);
  assert.match(
    admin.html,
    new RegExp(
      `the consumer agreed that delivery starts at once.*\\(text ${WITHDRAWAL_CONSENT_VERSION}\\)`,
    ),
  );
});
