/**
 * The business time zone, currency and language: read from the table cache
 * into the request state (lib/app/business.ts), fresh again as soon as an
 * admin saves them.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, sessionClient } from "./helpers/http.ts";
import { setBookingSettings } from "./helpers/booking.ts";
import { setSeller, setShopSettings } from "./helpers/shop.ts";
import {
  cachedBookingSettings,
  loadBusinessSettings,
} from "@/lib/app/business.ts";

const app = await startTestApp();
Deno.test.afterAll(() => app.close());
const { services } = app;

Deno.test("the business settings come from the cache until the settings change", async () => {
  await setBookingSettings(services.db, { timeZone: "America/New_York" });
  await setShopSettings(services.db, services.keys, { currency: "CHF" });
  assert.deepEqual(await loadBusinessSettings(services), {
    timeZone: "America/New_York",
    currency: "CHF",
    defaultLocale: "en",
  });
  // A second read is the cached value itself, not another query.
  assert.equal(
    await cachedBookingSettings(services),
    await cachedBookingSettings(services),
  );

  // A write through the app's handle drops the cached copy at once.
  await setBookingSettings(services.db, { timeZone: "Asia/Tokyo" });
  await setShopSettings(services.db, services.keys, { currency: "GBP" });
  assert.deepEqual(await loadBusinessSettings(services), {
    timeZone: "Asia/Tokyo",
    currency: "GBP",
    defaultLocale: "en",
  });
});

Deno.test("a shop page takes the currency from the request state", async () => {
  const staffId = await createStaff(services.db, {
    email: "ada@example.com",
    password: "ada admin password",
    role: "admin",
  });
  const admin = await sessionClient(app.url, services.db, "staff", staffId);
  await setShopSettings(services.db, services.keys, { currency: "SEK" });
  const { status, html } = await admin.page("/admin/shop/products/new");
  assert.equal(status, 200);
  assert.match(
    html,
    /name="currency"[^>]*value="SEK"|value="SEK"[^>]*name="currency"/,
  );
});

Deno.test("pages are in the business's language only when the visitor asks for none of ours", async () => {
  await setSeller(services.db, { defaultLocale: "de" });
  const lang = async (headers: Record<string, string>) => {
    const res = await fetch(`${app.url}/booking`, { headers });
    return /<html lang="(\w+)"/.exec(await res.text())?.[1];
  };
  try {
    assert.equal(await lang({}), "de", "no Accept-Language");
    assert.equal(await lang({ "accept-language": "fr-FR, it;q=0.5" }), "de");
    assert.equal(await lang({ "accept-language": "en-US" }), "en");
    assert.equal(
      await lang({ "accept-language": "fr", cookie: "lang=en" }),
      "en",
      "the visitor's own choice wins",
    );
  } finally {
    await setSeller(services.db);
  }
  assert.equal(await lang({ "accept-language": "fr" }), "en");
});

Deno.test("admin → Settings → Business: the language is saved, a made-up one refused", async () => {
  const staffId = await createStaff(services.db, {
    email: "lena@example.com",
    password: "lena admin password",
    role: "admin",
  });
  const admin = await sessionClient(app.url, services.db, "staff", staffId);
  await setSeller(services.db);
  const page = "/admin/settings/business";
  const { html } = await admin.page(page);
  assert.match(html, /<option value="de"[^>]*>German<\/option>/);
  const fields = Object.fromEntries(
    [...html.matchAll(/<input[^>]*name="(\w+)"[^>]*value="([^"]*)"/g)].map((
      [, name, value],
    ) => [name, value]),
  );
  const refused = await admin.post(page, { ...fields, defaultLocale: "xx" });
  assert.equal(refused.status, 422);
  assert.match(await refused.text(), /field-defaultLocale-error/);
  assert.equal((await loadBusinessSettings(services)).defaultLocale, "en");

  const saved = await admin.post(page, { ...fields, defaultLocale: "de" });
  assert.equal(saved.status, 303);
  await saved.body?.cancel();
  assert.equal((await loadBusinessSettings(services)).defaultLocale, "de");
  await setSeller(services.db);
});
