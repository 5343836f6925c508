/**
 * A stored `<script>` in a name never executes: a visitor books with markup
 * as their name, and the admin pages that show it (the booking list and the
 * booking's detail) render it as text in a real browser.
 */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { browserTest } from "../helpers/browser.ts";
import { createBookable } from "../helpers/booking.ts";
import { createStaff, TestClient } from "../helpers/http.ts";

const HOSTILE_NAME =
  `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">`;

/** Loads `url` and checks that the name is shown as text and nothing ran. */
async function assertInert(page: Page, url: string) {
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  assert.equal(
    await page.evaluate(() =>
      (globalThis as { __pwned?: unknown }).__pwned === undefined
    ),
    true,
    `${url}: the injected script ran`,
  );
  assert.ok(
    (await page.locator("body").innerText()).includes(HOSTILE_NAME),
    `${url}: the name is shown literally`,
  );
  assert.equal(
    await page.locator('img[src="x"]').count(),
    0,
    `${url}: no element was injected`,
  );
  assert.equal(
    await page.locator("script", { hasText: "__pwned" }).count(),
    0,
    `${url}: no script element was injected`,
  );
}

browserTest(
  "a stored <script> in a name never executes",
  async (app, browser) => {
    const { db } = app.services;
    const { serviceId } = await createBookable(db, { prefix: "xss" });
    await createStaff(db, {
      email: "boss@example.com",
      password: "boss password 12",
    });

    // The visitor books through the public form, name and all.
    const from = new Date(Date.now() + 3 * 86_400_000).toISOString()
      .slice(0, 10);
    const slots = await (await fetch(
      `${app.url}/booking/api/slots?service=${serviceId}&staff=any&from=${from}&days=7`,
    )).json();
    const visitor = new TestClient(app.url);
    await visitor.page(`/booking?service=${serviceId}&staff=any`);
    const booked = await visitor.post("/booking", {
      service: serviceId,
      staff: "any",
      start: slots.slots[0].start,
      name: HOSTILE_NAME,
      email: "mallory@example.com",
    });
    assert.equal(booked.status, 303);
    await booked.body?.cancel();
    const row = await db.selectFrom("bookings").select(["id", "name"])
      .where("email", "=", "mallory@example.com").executeTakeFirstOrThrow();
    assert.equal(row.name, HOSTILE_NAME, "stored as typed");

    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("dialog", (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      dialog.dismiss();
    });
    await page.goto(app.url + "/admin/login");
    await page.fill("#field-email", "boss@example.com");
    await page.fill("#field-password", "boss password 12");
    await page.click("form.form button[type=submit]");
    await page.waitForURL(/\/admin$/);

    await assertInert(page, `${app.url}/admin/booking`);
    assert.equal(
      await page.locator(`a[href="/admin/booking/${row.id}"]`).count(),
      1,
      "the booking is in the list",
    );
    await assertInert(page, `${app.url}/admin/booking/${row.id}`);
    assert.deepEqual(errors, []);
  },
);
