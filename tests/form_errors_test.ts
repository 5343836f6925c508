/**
 * Field errors as people read them: a message that names a limit shows
 * the number, in English and in German, and the refused form changes
 * nothing.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, signIn } from "./helpers/http.ts";

const app = await startTestApp();
Deno.test.afterAll(() => app.close());
const { db } = app.services;

/** A staff member who reads the admin in `locale`. */
let staffCount = 0;
async function staffIn(locale: "en" | "de") {
  const email = `staff${++staffCount}@example.com`;
  const id = await createStaff(db, { email, password: "long enough pass" });
  await db.updateTable("staff").set({ locale }).where("id", "=", id)
    .execute();
  return await signIn(app.url, "admin", email, "long enough pass");
}

/** The text of the error beside `field`, tags stripped. */
function fieldError(html: string, field: string): string | undefined {
  const match = html.match(
    new RegExp(`id="field-${field}-error"[^>]*>([^<]*)<`),
  );
  return match?.[1];
}

const tooLongProduct = {
  slug: "too-long",
  nameEn: "x".repeat(121),
  nameDe: "Zu lang",
  price: "10",
  currency: "EUR",
  position: "0",
  moduleKey: "too_long",
  trialDays: "0",
};

for (
  const [locale, expected] of [
    ["en", "This is too long (at most 120 characters)."],
    ["de", "Das ist zu lang (höchstens 120 Zeichen)."],
  ] as const
) {
  Deno.test(`a too-long value shows its limit (${locale})`, async () => {
    const staff = await staffIn(locale);
    await staff.page("/admin/shop/products/new");
    const res = await staff.post("/admin/shop/products/new", tooLongProduct);
    const html = await res.text();
    assert.equal(res.status, 422, html.slice(0, 300));
    assert.equal(fieldError(html, "nameEn"), expected);
    assert.doesNotMatch(html, /\{max\}/);
    const products = await db.selectFrom("products").select("id").execute();
    assert.equal(products.length, 0, "the refused form stored nothing");
  });
}

Deno.test("a too-long value inside a form of parts keeps its limit", async () => {
  // The package form checks its offer fields as one part and its product
  // boxes as another; the limit must survive being passed along.
  const staff = await staffIn("en");
  await staff.page("/admin/shop/packages/new");
  const { moduleKey: _, trialDays: __, ...offer } = tooLongProduct;
  const res = await staff.post("/admin/shop/packages/new", offer);
  const html = await res.text();
  assert.equal(res.status, 422, html.slice(0, 300));
  assert.equal(
    fieldError(html, "nameEn"),
    "This is too long (at most 120 characters).",
  );
});
