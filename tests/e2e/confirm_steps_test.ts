/**
 * Irreversible actions ask first, without JavaScript: revoking a license
 * (admin), cancelling a booking (admin) and releasing a domain (portal)
 * each open a question, and only its second button does it. (Recording a
 * payment that issues keys has its own confirmation page, tested in
 * tests/admin_shop_test.ts.)
 */
import assert from "node:assert/strict";
import { browserTest } from "../helpers/browser.ts";
import { createRouteFixtures } from "../helpers/route_walk.ts";
import type { TestClient } from "../helpers/http.ts";

browserTest(
  "without JavaScript, each irreversible action is a question first",
  async (app, browser) => {
    const fixtures = await createRouteFixtures(app, new Date());
    const { db } = app.services;
    const { a } = fixtures;
    const licenseStatus = async () =>
      (await db.selectFrom("licenses").select("status")
        .where("id", "=", a.licenseId).executeTakeFirstOrThrow()).status;
    const bookingStatus = async () =>
      (await db.selectFrom("bookings").select("status")
        .where("id", "=", a.bookingId).executeTakeFirstOrThrow()).status;
    const boundDomains = async () =>
      (await db.selectFrom("license_activations").select("id")
        .where("license_id", "=", a.licenseId)
        .where("deactivated_at", "is", null).execute()).length;

    async function askThenDo(
      client: TestClient,
      path: string,
      summary: string,
      before: () => Promise<unknown>,
    ) {
      const context = await browser.newContext({ javaScriptEnabled: false });
      await context.addCookies(
        [...client.cookies].map(([name, value]) => ({
          name,
          value,
          url: app.url,
        })),
      );
      const page = await context.newPage();
      await page.goto(app.url + path);
      const step = page.locator("details.confirm-step", {
        has: page.locator(`summary:has-text("${summary}")`),
      }).first();
      const submit = step.locator("button[type=submit]");
      assert.equal(await submit.isVisible(), false, `${path}: asks first`);
      const unchanged = await before();
      await step.locator("summary").click();
      assert.equal(await submit.isVisible(), true, `${path}: the question`);
      assert.deepEqual(await before(), unchanged, `${path}: nothing yet`);
      await submit.click();
      await page.waitForLoadState();
      await context.close();
    }

    await askThenDo(
      fixtures.contactA,
      "/clients/licenses",
      "Release",
      boundDomains,
    );
    assert.equal(await boundDomains(), 0, "the domain is released");

    await askThenDo(
      fixtures.admin,
      `/admin/licenses/${a.licenseId}`,
      "Revoke",
      licenseStatus,
    );
    assert.equal(await licenseStatus(), "revoked");

    await askThenDo(
      fixtures.admin,
      `/admin/booking/${a.bookingId}`,
      "Cancel",
      bookingStatus,
    );
    assert.equal(await bookingStatus(), "cancelled");
  },
);
