/**
 * The first run in a real browser: a fresh install's home page leads to
 * /setup, setup lands on the dashboard's checklist, and the booking
 * admin opens at once (the installation licensed itself).
 */
import assert from "node:assert/strict";
import { browserTest } from "../helpers/browser.ts";

browserTest(
  "first run: home → setup → checklist → booking admin open",
  async (app, browser) => {
    const page = await browser.newPage();
    await page.goto(app.url + "/");
    await page.click("text=Start the setup");
    await page.waitForURL(/\/setup$/);
    await page.fill("#field-name", "Olga Owner");
    await page.fill("#field-email", "olga@example.com");
    await page.fill("#field-password", "a long enough passphrase");
    await page.click("form.form button[type=submit]");
    await page.waitForURL(/\/admin$/);
    const checklist = page.locator(".setup-checklist");
    assert.ok(await checklist.isVisible(), "the setup checklist is shown");
    assert.match(
      await checklist.textContent() ?? "",
      /Business details.*Services clients can book.*Working hours.*Email.*Payments/s,
    );
    assert.equal(
      await page.inputValue("#booking-link"),
      `${app.url}/booking`,
    );
    await page.click(".admin-nav >> text=Booking");
    await page.waitForURL(/\/admin\/booking$/);
    const body = await page.textContent("main") ?? "";
    assert.doesNotMatch(body, /This module is locked/);
    assert.notEqual(await page.textContent("h1"), "This module is locked");
  },
  { licensed: false },
);
