import assert from "node:assert/strict";
import { browserTest } from "../helpers/browser.ts";

browserTest(
  "the home page island hydrates under the strict CSP and reacts to a click",
  async (app, browser) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(msg.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));

    const res = await page.goto(app.url + "/");
    assert.match(
      res!.headers()["content-security-policy"],
      /script-src 'self'/,
    );
    const toggle = page.locator("button.theme-toggle");
    // Disabled in the server's HTML, enabled once hydrated.
    await toggle.and(page.locator(":enabled")).waitFor();
    assert.equal(await toggle.getAttribute("aria-pressed"), "false");
    await page.emulateMedia({ colorScheme: "light" });
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    assert.equal(
      await page.evaluate(() => document.documentElement.dataset.theme),
      "dark",
    );

    // The choice is a cookie, so the server renders it on the next visit.
    await page.reload();
    assert.match(await page.content(), /<html lang="en" data-theme="dark">/);
    assert.deepEqual(problems, [], "no script or CSP errors");
  },
);
