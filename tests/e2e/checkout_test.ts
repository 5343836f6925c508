import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { browserTest } from "../helpers/browser.ts";
import { createCatalog } from "../helpers/shop.ts";
import { waitFor } from "../helpers/wait.ts";

/** The summary's rows as "label amount" (the cells' text, whatever the CSS case). */
function readRows(): string[] {
  return [...document.querySelectorAll(".summary-table tr")].map((row) =>
    [...row.children].map((cell) => cell.textContent ?? "").join(" ")
      .replace(/\s+/g, " ").trim()
  );
}

async function rows(page: Page): Promise<string[]> {
  return await page.evaluate(readRows);
}

/** Waits until the summary shows `expected`, however long the request takes. */
async function summaryShows(page: Page, expected: string[]): Promise<void> {
  const want = JSON.stringify(expected);
  await waitFor(
    `the summary shows ${want}`,
    async () => JSON.stringify(await rows(page)) === want,
    30_000,
  ).catch(async (error) => {
    assert.deepEqual(await rows(page), expected, String(error));
  });
}

browserTest(
  "the checkout total follows country, buyer type and VAT ID live, and a consumer orders with consent",
  async (app, browser) => {
    const catalog = await createCatalog(app.services.db, "live");
    const page = await browser.newPage();
    await page.goto(`${app.url}/shop/checkout?item=${catalog.paid}`);
    assert.deepEqual(await rows(page), [
      "paid module €119.00",
      "Total €119.00",
      "incl. 19 % VAT €19.00",
    ]);
    // Hydrated: the no-JavaScript "Update total" button is gone.
    await page.waitForSelector("button[value=quote]", { state: "detached" });
    assert.equal(await page.isVisible("#field-vat_id"), false);

    await page.check("input[name=buyer][value=business]");
    assert.equal(await page.isVisible("#field-vat_id"), true);
    assert.equal(await page.isVisible("#field-withdrawal_consent"), false);
    await page.selectOption("#field-country", "FR");
    await summaryShows(page, [
      "paid module €100.00",
      "plus 20 % VAT €20.00",
      "Total €120.00",
    ]);
    await page.fill("#field-vat_id", "FR40303265045");
    await summaryShows(page, [
      "paid module €100.00",
      "No VAT (0 %) €0.00",
      "Total €100.00",
    ]);
    assert.match(
      await page.innerText(".checkout-summary"),
      /Reverse charge/,
    );

    await page.check("input[name=buyer][value=consumer]");
    await summaryShows(page, [
      "paid module €120.00",
      "Total €120.00",
      "incl. 20 % VAT €20.00",
    ]);
    await page.selectOption("#field-country", "US");
    await summaryShows(page, [
      "paid module €100.00",
      "No VAT (0 %) €0.00",
      "Total €100.00",
    ]);

    await page.selectOption("#field-country", "DE");
    await summaryShows(page, [
      "paid module €119.00",
      "Total €119.00",
      "incl. 19 % VAT €19.00",
    ]);
    await page.fill("#field-name", "Lina Live");
    await page.fill("#field-email", "lina@example.com");
    await page.fill("#field-address", "Marktplatz 3");
    await page.fill("#field-postal_code", "80331");
    await page.fill("#field-city", "München");
    await page.check("input[name=terms]");
    // Without the consent: refused, and everything typed is still there.
    await page.click("button[value=order]");
    await page.waitForSelector("#field-withdrawal_consent-error");
    assert.equal(await page.inputValue("#field-city"), "München");
    assert.equal(await page.isChecked("input[name=terms]"), true);
    await page.check("input[name=withdrawal_consent]");
    await page.click("button[value=order]");
    await page.waitForURL(/\/shop\/orders\/[0-9a-f-]+\?key=/);
    const order = await app.services.db.selectFrom("orders")
      .select(["total_cents", "withdrawal_consent_version"])
      .executeTakeFirstOrThrow();
    assert.equal(order.total_cents, 11900);
    assert.ok(order.withdrawal_consent_version);
  },
);
