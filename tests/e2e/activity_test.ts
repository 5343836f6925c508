import assert from "node:assert/strict";
import { browserTest } from "../helpers/browser.ts";
import { createClientWithContact, createStaff } from "../helpers/http.ts";
import type { Browser, BrowserContext } from "playwright-core";

async function signedIn(
  browser: Browser,
  baseUrl: string,
  area: "admin" | "clients",
  email: string,
  password: string,
): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/${area}/login`);
  await page.fill("#field-email", email);
  await page.fill("#field-password", password);
  await page.click("form.form button[type=submit]");
  await page.waitForURL(new RegExp(`/${area}$`));
  await page.close();
  return context;
}

// A short flush window keeps the test quick; the mechanism is the same.
browserTest(
  "a contact accepts the banner and the admin dashboard shows them online without a reload",
  async (app, browser) => {
    const { db } = app.services;
    await createStaff(db, {
      email: "desk@example.com",
      password: "desk password 12",
    });
    const olga = await createClientWithContact(db, {
      email: "olga@example.com",
      password: "olga password 12",
      name: "Olga Online",
      company: "Online AG",
    });
    const adminContext = await signedIn(
      browser,
      app.url,
      "admin",
      "desk@example.com",
      "desk password 12",
    );
    const dashboard = await adminContext.newPage();
    await dashboard.goto(app.url + "/admin");
    await dashboard.locator('.live-online [data-live="on"]').waitFor();
    assert.match(
      await dashboard.textContent(".live-online") ?? "",
      /No client is online/,
    );

    const clientContext = await signedIn(
      browser,
      app.url,
      "clients",
      "olga@example.com",
      "olga password 12",
    );
    const portal = await clientContext.newPage();
    await portal.goto(app.url + "/clients");
    await portal.locator(".consent-banner button:enabled").first().waitFor();
    await portal.click(".consent-banner button:has-text('Accept')");
    await portal.locator(".consent-banner").waitFor({ state: "detached" });

    await dashboard.locator(".live-online td:has-text('Olga Online')")
      .waitFor({ timeout: 10_000 });
    assert.match(
      await dashboard.textContent(".live-online") ?? "",
      /Online AG/,
    );
    // The page by its title, the name a link to the client.
    const row = dashboard.locator(".live-online tbody tr").first();
    assert.equal(
      (await row.locator("td").nth(1).textContent())?.trim(),
      "Overview",
    );
    assert.doesNotMatch(await row.textContent() ?? "", /\/clients/);
    assert.equal(
      await row.locator("a:has-text('Olga Online')").getAttribute("href"),
      `/admin/clients/${olga.clientId}`,
    );
  },
  { activityFlushMs: 300 },
);

browserTest(
  "a visible tab pings every 30 s, a hidden tab stops",
  async (app, browser) => {
    const { db } = app.services;
    const { contactId } = await createClientWithContact(db, {
      email: "tab@example.com",
      password: "tab password 123",
    });
    await db.insertInto("activity_consents").values({
      contact_id: contactId,
      status: "granted",
      policy_version: "test",
      decided_at: new Date(),
    }).execute();
    const context = await signedIn(
      browser,
      app.url,
      "clients",
      "tab@example.com",
      "tab password 123",
    );
    const page = await context.newPage();
    const beats: string[] = [];
    page.on("request", (req) => {
      if (req.url().includes("/cat_heartbeat")) beats.push(req.url());
    });
    await page.clock.install();
    await page.goto(app.url + "/clients");
    await page.waitForFunction(() =>
      document.querySelector("[data-heartbeat]") !== null
    );
    await page.clock.runFor(1000);
    const afterView = beats.length;
    assert.ok(afterView >= 1, "a beat on the page view");
    assert.ok(beats[0].includes("view=1"));
    await page.clock.runFor(61_000);
    assert.equal(
      beats.length,
      afterView + 2,
      "two more in a minute while visible",
    );

    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", {
        value: "hidden",
        configurable: true,
      });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    const hiddenAt = beats.length;
    await page.clock.runFor(120_000);
    assert.equal(beats.length, hiddenAt, "no beats while hidden");
  },
  { activityFlushMs: 3600_000 },
);
