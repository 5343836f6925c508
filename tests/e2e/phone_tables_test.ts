/**
 * Admin lists on a phone (390 px), filled with the demo data: each table
 * stacks into cards (a labelled line per cell), so neither the page nor a
 * table scrolls sideways; the agenda stacks into a card per day.
 */
import assert from "node:assert/strict";
import { browserTest } from "../helpers/browser.ts";
import { seedDemoData } from "@/lib/seed.ts";
import { seedDemoHistory } from "@/lib/seed_history.ts";
import { shopEnv } from "@/lib/app/domains.ts";

const PHONE = { width: 390, height: 844 };

const LISTS = [
  "/admin/booking",
  "/admin/booking/agenda",
  "/admin/booking/services",
  "/admin/booking/staff",
  "/admin/clients",
  "/admin/invoices",
  "/admin/shop",
  "/admin/shop/orders",
  "/admin/licenses",
  "/admin/emails",
  "/admin/activity",
  "/admin/staff",
  "/admin/jobs",
  "/admin/audit",
];

browserTest(
  "phone: admin tables stack into cards, nothing scrolls sideways",
  async (app, browser) => {
    const now = new Date();
    const [admin] = await seedDemoData(app.services.db, now);
    await seedDemoHistory(app.services.db, {
      keys: app.services.keys,
      shop: await shopEnv(app.services),
      licenseServer: app.services.licenseServer,
      timeZone: "Europe/Berlin",
    }, now);
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(app.url + "/admin/login");
    await page.fill("#field-email", admin.email);
    await page.fill("#field-password", admin.password);
    await page.click("form.form button[type=submit]");
    await page.waitForURL(/\/admin$/);

    for (const path of LISTS) {
      await page.goto(app.url + path);
      const layout = await page.evaluate(() => {
        const tables = [...document.querySelectorAll("table.stack-table")];
        return {
          pageWidth: document.documentElement.scrollWidth,
          tables: tables.length,
          rows: tables.reduce(
            (n, t) => n + t.querySelectorAll("tbody tr").length,
            0,
          ),
          wide: [...document.querySelectorAll(".table-wrap")]
            .filter((wrap) => wrap.scrollWidth > wrap.clientWidth).length,
          headersShown: tables.filter((t) =>
            t.querySelector("thead")!.getBoundingClientRect().height > 1
          ).length,
          labelled: [...document.querySelectorAll("table.stack-table td")]
            .every((td) =>
              !td.hasAttribute("data-label") ||
              getComputedStyle(td, "::before").content ===
                JSON.stringify(td.getAttribute("data-label"))
            ),
        };
      });
      assert.ok(
        layout.pageWidth <= PHONE.width,
        `${path}: ${layout.pageWidth} px wide`,
      );
      assert.ok(
        layout.tables > 0 && layout.rows > 0,
        `${path}: a table with rows`,
      );
      assert.equal(layout.wide, 0, `${path}: a table scrolls sideways`);
      assert.equal(
        layout.headersShown,
        0,
        `${path}: column headers stay hidden`,
      );
      assert.ok(layout.labelled, `${path}: every cell shows its label`);
    }
    await context.close();
  },
);
