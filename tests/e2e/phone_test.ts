/**
 * On a phone (390 px wide): the public header and the admin navigation
 * fold into a "Menu" button that works without JavaScript, and no page
 * of the walk scrolls sideways.
 */
import assert from "node:assert/strict";
import { browserTest } from "../helpers/browser.ts";
import { createStaff } from "../helpers/http.ts";
import type { Page } from "playwright-core";

const PHONE = { width: 390, height: 844 };

async function assertNoSidewaysScroll(page: Page, path: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `${path} is ${width} px wide`);
}

browserTest(
  "phone: menus fold away, nothing scrolls sideways",
  async (app, browser) => {
    await createStaff(app.services.db, {
      email: "boss@example.com",
      password: "boss password 12",
    });
    // Without JavaScript: the menus are plain HTML.
    const context = await browser.newContext({
      viewport: PHONE,
      javaScriptEnabled: false,
      locale: "de-DE",
    });
    const page = await context.newPage();
    await page.goto(app.url + "/");
    assert.equal(await page.isVisible(".site-nav .nav-expanded"), false);
    await page.click(".site-nav summary");
    await page.click(".site-nav .nav-panel >> text=Termin buchen");
    await page.waitForURL(/\/booking$/);
    for (const path of ["/", "/booking", "/shop", "/clients/login"]) {
      await page.goto(app.url + path);
      await assertNoSidewaysScroll(page, path);
    }

    await page.goto(app.url + "/admin/login");
    await page.fill("#field-email", "boss@example.com");
    await page.fill("#field-password", "boss password 12");
    await page.click("form.form button[type=submit]");
    await page.waitForURL(/\/admin$/);
    assert.equal(await page.isVisible(".admin-nav .nav-expanded a"), false);
    await page.click(".admin-nav summary");
    await page.click('.admin-nav .nav-collapse a[href="/admin/clients"]');
    await page.waitForURL(/\/admin\/clients$/);
    for (
      const path of [
        "/admin",
        "/admin/booking",
        "/admin/booking/agenda",
        "/admin/invoices",
        "/admin/clients",
        "/admin/licenses",
        "/admin/activity",
        "/admin/settings",
      ]
    ) {
      await page.goto(app.url + path);
      await assertNoSidewaysScroll(page, path);
    }
    await context.close();
  },
);
