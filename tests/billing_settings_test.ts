import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, signIn } from "./helpers/http.ts";
import { COMPLETE_SELLER, setSeller } from "./helpers/shop.ts";
import { getSellerSettings } from "@/lib/billing/seller.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import { ValidationError } from "@/lib/errors.ts";
import { checkoutInput } from "./helpers/shop.ts";

const clock = new Date("2027-04-01T09:00:00Z");
const app = await startTestApp({ now: () => clock });
Deno.test.afterAll(() => app.close());
const { db } = app.services;

await createStaff(db, {
  email: "ada@example.com",
  password: "ada admin password",
  role: "admin",
});
await createStaff(db, {
  email: "sam@example.com",
  password: "sam staff password",
  role: "staff",
});
const admin = await signIn(
  app.url,
  "admin",
  "ada@example.com",
  "ada admin password",
);

const count = async (table: "orders" | "clients" | "invoices") =>
  Number(
    (await db.selectFrom(table).select(db.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow()).n,
  );

/** The form fields of a complete seller, as the page posts them. */
function sellerFields(changes: Record<string, string> = {}) {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(COMPLETE_SELLER)) {
    if (typeof value === "string") fields[key] = value;
  }
  return { ...fields, ...changes };
}

Deno.test("a paid checkout is refused, writing nothing, while the seller settings are incomplete", async () => {
  await db.insertInto("products").values({
    slug: "seller-paid",
    module_key: "booking",
    name_en: "Paid",
    name_de: "Bezahlt",
    price_cents: 5000,
  }).execute();
  const before = await Promise.all(
    (["orders", "clients", "invoices"] as const).map(count),
  );
  await assert.rejects(
    async () =>
      checkout(
        db,
        await shopEnv(app.services),
        checkoutInput("seller-paid", "early@example.com"),
        clock,
      ),
    (error) =>
      error instanceof ValidationError &&
      error.fields._form === "billing.seller.incomplete",
  );
  assert.deepEqual(
    await Promise.all((["orders", "clients", "invoices"] as const).map(count)),
    before,
  );
  const sequences = await db.selectFrom("invoice_sequences").selectAll()
    .execute();
  assert.deepEqual(sequences, [], "no invoice number was used up");
});

Deno.test("the dashboard names the missing seller settings until they are set", async () => {
  const page = await admin.page("/admin");
  assert.match(page.html, /No invoice can be issued/);
  assert.match(page.html, /Legal name, Street and number/);
  assert.match(page.html, /VAT ID or tax number/);
  assert.match(page.html, /href="\/admin\/settings\/business"/);
});

Deno.test("staff who are not administrators cannot open the business settings", async () => {
  const staff = await signIn(
    app.url,
    "admin",
    "sam@example.com",
    "sam staff password",
  );
  const page = await staff.page("/admin/settings/business");
  assert.equal(page.status, 403);
});

Deno.test("bad business settings are refused field by field, in the admin's language, and nothing is stored", async (t) => {
  await admin.page("/admin/settings/business");
  await t.step("English", async () => {
    const res = await admin.post(
      "/admin/settings/business",
      sellerFields({
        vatId: "FR40303265045",
        iban: "DE89370400440532013001",
        bic: "COBA",
      }),
    );
    const html = await res.text();
    assert.equal(res.status, 422);
    assert.match(html, /This VAT ID belongs to another country/);
    assert.match(html, /This IBAN is not valid/);
    assert.match(html, /A BIC has 8 or 11 letters/);
    assert.match(html, /value="FR40303265045"/, "the typed value is kept");
  });
  await t.step("a bad email", async () => {
    const res = await admin.post(
      "/admin/settings/business",
      sellerFields({ email: "not-an-email" }),
    );
    assert.equal(res.status, 422);
    assert.match(await res.text(), /Please enter a valid email address/);
  });
  await t.step("German", async () => {
    const setLocale = (locale: "de" | "en") =>
      db.updateTable("staff").set({ locale })
        .where("email", "=", "ada@example.com").execute();
    await setLocale("de");
    const res = await admin.post(
      "/admin/settings/business",
      sellerFields({ vatId: "DE12345", taxNumber: "12" }),
    );
    await setLocale("en");
    const html = await res.text();
    assert.equal(res.status, 422);
    assert.match(html, /Das ist keine USt-IdNr\. im Format des gewählten/);
    assert.match(html, /Eine Steuernummer hat 10 bis 13 Ziffern/);
  });
  assert.equal((await getSellerSettings(db)).legalName, "");
});

Deno.test("complete business settings are stored canonically and end the dashboard notice", async () => {
  await admin.page("/admin/settings/business");
  const res = await admin.post(
    "/admin/settings/business",
    sellerFields({
      vatId: "de 123 456 789",
      iban: "de89 3704 0044 0532 0130 00",
      smallBusiness: "on",
    }),
  );
  assert.equal(res.status, 303);
  await res.body?.cancel();
  const stored = await getSellerSettings(db);
  assert.equal(stored.vatId, "DE123456789");
  assert.equal(stored.iban, "DE89370400440532013000");
  assert.equal(stored.smallBusiness, true);
  assert.equal(stored.belowOssThreshold, false);
  const page = await admin.page("/admin/settings/business");
  assert.match(page.html, /value="Portico Test GmbH"/);
  assert.match(page.html, /name="smallBusiness" checked/);
  const dashboard = await admin.page("/admin");
  assert.doesNotMatch(dashboard.html, /No invoice can be issued/);
  await setSeller(db);
});
