import assert from "node:assert/strict";
import { browserTest } from "../helpers/browser.ts";
import type { TestApp, TestAppOptions } from "../helpers/app.ts";
import { createBookable } from "../helpers/booking.ts";
import { createStaff } from "../helpers/http.ts";
import { issueLicense } from "@/lib/licensing/server.ts";
import type { Page } from "playwright-core";

/** A browser test that starts signed in to /admin as an administrator. */
function adminBrowserTest(
  name: string,
  options: TestAppOptions,
  fn: (app: TestApp, page: Page) => Promise<void>,
) {
  browserTest(name, async (app, browser) => {
    await createStaff(app.services.db, {
      email: "boss@example.com",
      password: "boss password 12",
    });
    const page = await browser.newPage();
    await page.goto(app.url + "/admin/login");
    await page.fill("#field-email", "boss@example.com");
    await page.fill("#field-password", "boss password 12");
    await page.click("form.form button[type=submit]");
    await page.waitForURL(/\/admin$/);
    await fn(app, page);
  }, options);
}

adminBrowserTest(
  "an admin activates the booking license and the admin unlocks",
  { licensed: false },
  async (app, page) => {
    await page.goto(app.url + "/admin/booking");
    assert.match(await page.textContent("h1") ?? "", /This module is locked/);
    const { key } = await issueLicense(
      app.services.db,
      app.services.keys,
      {
        product: "booking",
        email: "boss@example.com",
        reference: "e2e-license",
        type: "full",
      },
      { type: "system" },
      new Date(),
    );
    await page.click("text=Open the settings");
    await page.fill("#license-key-booking", key);
    await page.click("text=Activate License");
    await page.waitForURL(/\/admin\/booking\/settings/);
    assert.match(await page.textContent("body") ?? "", /The license is active/);
    await page.goto(app.url + "/admin/booking");
    assert.doesNotMatch(
      await page.textContent("body") ?? "",
      /This module is locked/,
    );
  },
);

adminBrowserTest(
  "an admin confirms a pending booking",
  {},
  async (app, page) => {
    const { serviceId, staffIds } = await createBookable(app.services.db, {
      prefix: "confirm",
    });
    const visitor = await page.context().browser()!.newContext({
      javaScriptEnabled: false,
    });
    const booker = await visitor.newPage();
    await booker.goto(
      `${app.url}/booking?service=${serviceId}&staff=${staffIds[0]}`,
    );
    await booker.locator("a.time").first().click();
    await booker.fill("#field-name", "Paula Pending");
    await booker.fill("#field-email", "paula@example.com");
    await booker.click(".booking-step button[type=submit]");
    await booker.waitForURL(/\/booking\/manage\//);
    await visitor.close();

    await page.goto(app.url + "/admin/booking");
    await page.click("tr:has-text('Paula Pending') a");
    await page.click("button:has-text('Confirm booking')");
    await page.waitForURL(/\/admin\/booking\/[0-9a-f-]{36}/);
    assert.match(await page.textContent("body") ?? "", /Confirmed/);
    const row = await app.services.db.selectFrom("bookings").select("status")
      .where("email", "=", "paula@example.com").executeTakeFirstOrThrow();
    assert.equal(row.status, "confirmed");
  },
);
