/**
 * Unpaid invoice reminders: the daily job marks overdue invoices, sends
 * the first and second reminder once each, catches up after downtime
 * without a backlog, and leaves paid invoices alone; on the real database
 * with the mail delivered to a real SMTP server.
 */
import assert from "node:assert/strict";
import { startTestApp } from "./helpers/app.ts";
import { checkoutInput, createCatalog } from "./helpers/shop.ts";
import { checkout } from "@/lib/shop/checkout.ts";
import { recordPayment } from "@/lib/shop/payments.ts";
import { shopEnv } from "@/lib/app/domains.ts";
import {
  countOverdueInvoices,
  type DunningEnv,
  sendInvoiceReminders,
} from "@/lib/shop/dunning.ts";
import { startTestSmtpServer } from "@/lib/mail/testing.ts";
import { createMailTransport, sendDueEmails } from "@/lib/mail/worker.ts";
import { parseReceived } from "./helpers/mail.ts";
import { CRON_GROUPS, MAX_CRONS } from "@/lib/jobs.ts";

const ordered = new Date("2027-08-02T09:00:00Z");
const DAY = 24 * 3600_000;
const app = await startTestApp({ now: () => ordered });
const smtp = await startTestSmtpServer();
Deno.test.afterAll(async () => {
  await app.close();
  await smtp.close();
});
const { db, keys } = app.services;
const catalog = await createCatalog(db, "dun");
const env: DunningEnv = {
  appUrl: app.url,
  keys,
  settings: { firstReminderDays: 7, secondReminderDays: 21 },
};

async function placed(email: string) {
  return await checkout(
    db,
    await shopEnv(app.services),
    checkoutInput(catalog.paid, email),
    ordered,
  );
}

const reminders = (to: string) =>
  db.selectFrom("email_outbox").select(["dedupe_key", "subject"])
    .where("to_address", "=", to)
    .where("dedupe_key", "like", "invoice-reminder:%")
    .orderBy("dedupe_key").execute();

Deno.test("reminders: overdue marked, first after 7 days, second after 21, each once; paid invoices left alone", async () => {
  const late = await placed("late@example.com");
  const payer = await placed("payer@example.com");
  const invoice = await db.selectFrom("invoices").select(["due_at", "number"])
    .where("id", "=", late.invoiceId!).executeTakeFirstOrThrow();
  await recordPayment(
    db,
    {
      invoice: payer.invoiceId!,
      amountCents: 11900,
      currency: "EUR",
      transactionId: "tx-dunning-payer",
      method: "bank_transfer",
      paidAt: ordered,
    },
    { type: "system" },
    ordered,
  );
  const at = (days: number) => new Date(invoice.due_at.getTime() + days * DAY);

  await sendInvoiceReminders(db, env, at(-1));
  assert.equal(
    (await db.selectFrom("invoice_dunning").select("invoice_id").execute())
      .length,
    0,
    "nothing overdue before the due date",
  );
  await sendInvoiceReminders(db, env, at(1));
  const marked = await db.selectFrom("invoice_dunning").selectAll()
    .where("invoice_id", "=", late.invoiceId!).executeTakeFirstOrThrow();
  assert.deepEqual(marked.overdue_at, at(1));
  assert.deepEqual(await reminders("late@example.com"), []);

  await Promise.all([
    sendInvoiceReminders(db, env, at(7)),
    sendInvoiceReminders(db, env, at(7)),
  ]);
  await sendInvoiceReminders(db, env, at(8));
  assert.deepEqual(await reminders("late@example.com"), [{
    dedupe_key: `invoice-reminder:1:${late.invoiceId}`,
    subject: `A friendly reminder: invoice ${invoice.number}`,
  }]);
  await sendInvoiceReminders(db, env, at(21));
  await sendInvoiceReminders(db, env, at(30));
  assert.deepEqual(
    (await reminders("late@example.com")).map((r) => r.subject),
    [
      `A friendly reminder: invoice ${invoice.number}`,
      `Second reminder: invoice ${invoice.number} is still open`,
    ],
  );
  assert.deepEqual(await reminders("payer@example.com"), []);

  await sendDueEmails(db, createMailTransport(smtp.url), at(30), {
    from: "Portico <billing@example.com>",
    appUrl: app.url,
  });
  const mails = await Promise.all(
    smtp.received.filter((m) => m.to.includes("late@example.com"))
      .map(parseReceived),
  );
  const first = mails.find((m) => m.subject?.startsWith("A friendly"));
  assert.ok(first, "delivered");
  assert.match(first.text ?? "", /€119\.00/);
  assert.match(first.text ?? "", /DE89370400440532013000/);
  assert.match(first.text ?? "", /\/shop\/orders\/[0-9a-f-]{36}\?key=/);
});

Deno.test("after downtime: the first reminder goes out late, the second only its gap later, never both at once", async () => {
  const away = await placed("away@example.com");
  const { due_at } = await db.selectFrom("invoices").select("due_at")
    .where("id", "=", away.invoiceId!).executeTakeFirstOrThrow();
  const at = (days: number) => new Date(due_at.getTime() + days * DAY);
  // The job did not run for 40 days: both thresholds have passed.
  await sendInvoiceReminders(db, env, at(40));
  assert.equal((await reminders("away@example.com")).length, 1, "first only");
  await sendInvoiceReminders(db, env, at(41));
  assert.equal((await reminders("away@example.com")).length, 1);
  await sendInvoiceReminders(db, env, at(54));
  assert.equal((await reminders("away@example.com")).length, 2, "then second");
});

Deno.test("the dashboard counts open invoices past their due date", async () => {
  const later = new Date(ordered.getTime() + 60 * DAY);
  assert.ok(await countOverdueInvoices(db, later) >= 2);
  assert.equal(await countOverdueInvoices(db, ordered), 0);
});

Deno.test("the reminder job shares a cron: at most ten Deno.cron registrations", () => {
  assert.ok(CRON_GROUPS.length <= MAX_CRONS, `${CRON_GROUPS.length} crons`);
  assert.ok(
    CRON_GROUPS.some((g) => g.jobs.includes("invoice-reminders")),
  );
});
