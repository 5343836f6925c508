/**
 * The portal sign-in has one email field and two ways in: the password,
 * or an emailed link; both work without JavaScript.
 */
import assert from "node:assert/strict";
import { browserTest } from "../helpers/browser.ts";
import { createClient } from "@/lib/crm/clients.ts";

browserTest(
  "portal sign-in: one email field, password or emailed link",
  async (app, browser) => {
    await createClient(app.services.db, { type: "system" }, {
      client: { company: "Link GmbH" },
      contact: { name: "Lina", email: "lina@example.com", locale: "en" },
    }, new Date());
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(app.url + "/clients/login");
    assert.equal(await page.locator('input[type="email"]').count(), 1);
    await page.fill("#field-email", "lina@example.com");
    await page.click("text=Email me a sign-in link");
    await page.waitForURL(/\/clients\/login$/);
    assert.match(await page.textContent("main") ?? "", /link/i);
    const sent = await app.services.db.selectFrom("email_outbox")
      .select("to_address").where("to_address", "=", "lina@example.com")
      .execute();
    assert.equal(sent.length, 1);
    await context.close();
  },
);
