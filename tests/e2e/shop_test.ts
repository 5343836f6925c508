import assert from "node:assert/strict";
import { launchBrowser } from "../helpers/browser.ts";
import { startTestApp } from "../helpers/app.ts";
import { createStaff } from "../helpers/http.ts";
import { createCatalog } from "../helpers/shop.ts";
import { startTestSmtpServer } from "@/lib/mail/testing.ts";
import { createMailer } from "@/lib/mail/worker.ts";

Deno.test({
  name:
    "browser: a visitor buys a module, an admin records the payment, the key arrives by email and activates",
  sanitizeOps: false,
  sanitizeResources: false,
  async fn() {
    const app = await startTestApp();
    const browser = await launchBrowser();
    const smtp = await startTestSmtpServer();
    const mailer = createMailer({
      db: app.services.db,
      smtpUrl: smtp.url,
      from: "Shop <shop@example.com>",
      appUrl: app.services.config.appUrl,
    });
    try {
      const { db } = app.services;
      const catalog = await createCatalog(db, "e2e");
      await createStaff(db, {
        email: "cashier@example.com",
        password: "cashier password",
      });

      const buyer = await browser.newPage();
      await buyer.goto(app.url + "/shop");
      await buyer.click(`a[href="/shop/${catalog.paid}"]`);
      await buyer.click("text=Buy now");
      await buyer.fill("#field-name", "Bruno Buyer");
      await buyer.fill("#field-email", "bruno@example.com");
      await buyer.fill("#field-address", "Marktplatz 3");
      await buyer.fill("#field-postal_code", "80331");
      await buyer.fill("#field-city", "München");
      await buyer.check("input[name=terms]");
      await buyer.check("input[name=withdrawal_consent]");
      await buyer.click("button[value=order]");
      await buyer.waitForURL(/\/shop\/orders\/[0-9a-f-]+\?key=/);
      const thanks = await buyer.textContent(".alert-success") ?? "";
      const number = thanks.match(/INV-\d{4}-\d{4}/)?.[0];
      assert.ok(number, `the thank-you message names the invoice: ${thanks}`);

      const admin = await browser.newPage();
      await admin.goto(app.url + "/admin/login");
      await admin.fill("#field-email", "cashier@example.com");
      await admin.fill("#field-password", "cashier password");
      await admin.click("form.form button[type=submit]");
      await admin.waitForURL(/\/admin$/);
      await admin.goto(app.url + "/admin/invoices");
      await admin.click(`a:has-text("${number}")`);
      await admin.fill("#field-amount", "119.00");
      await admin.fill("#field-paidOn", new Date().toISOString().slice(0, 10));
      await admin.fill("#field-transactionId", "bank-ref-4711");
      await admin.click("#record-payment button[type=submit]");
      await admin.click("#confirm-payment button[type=submit]");
      await admin.waitForLoadState("networkidle");

      await mailer.sendDue(new Date());
      await smtp.waitUntil((all) =>
        all.some((m) =>
          m.to.includes("bruno@example.com") && m.raw.includes("BOOKING-")
        )
      );
      const mail = smtp.received.find((m) => m.raw.includes("BOOKING-"))!;
      const key = mail.raw.replace(/=\r?\n/g, "").match(
        /BOOKING(-[0-9A-Z*~$=]{4}){7}/,
      )?.[0];
      assert.ok(key, "the key is in the email");
      await buyer.reload();
      assert.ok(
        (await buyer.textContent("main") ?? "").includes(key),
        "the order page shows the key once issued",
      );
      const res = await fetch(`${app.url}/api/licenses/activate`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ key, domain: "bruno-crm.example" }),
      });
      assert.equal(res.status, 200);
      const answer = await res.json();
      assert.equal(answer.valid, true);
      assert.equal(answer.activation.domain, "bruno-crm.example");
    } finally {
      await mailer.stop();
      await smtp.close();
      await browser.close();
      await app.close();
    }
  },
});
