/**
 * The business time zone and currency: read from the table cache into the
 * request state (lib/app/business.ts), fresh again as soon as an admin
 * saves them.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { createStaff, signIn } from "./helpers/http.ts";
import { setBookingSettings } from "./helpers/booking.ts";
import { setShopSettings } from "./helpers/shop.ts";
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
  });
});

Deno.test("a shop page takes the currency from the request state", async () => {
  await createStaff(services.db, {
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
  await setShopSettings(services.db, services.keys, { currency: "SEK" });
  const { status, html } = await admin.page("/admin/shop/products/new");
  assert.equal(status, 200);
  assert.match(
    html,
    /name="currency"[^>]*value="SEK"|value="SEK"[^>]*name="currency"/,
  );
});
