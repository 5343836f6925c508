/**
 * Unpaid invoice reminders, a daily job. Each run marks every open
 * invoice past its due date overdue (once), then sends the first friendly
 * reminder to those `firstReminderDays` past due and the second to those
 * `secondReminderDays` past due whose first went out at least the gap
 * between the two before. Whatever a run missed (downtime) the next one
 * catches up, never as a backlog: each reminder is set by a conditional
 * update and queued in the same transaction under its own dedupe key, so
 * it goes out at most once however often the job runs.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import type { Keyring } from "../crypto.ts";
import { inTransaction } from "../db/transaction.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { creditedCentsSql } from "../billing/credit_notes.ts";
import { orderPagePath } from "./order_page.ts";
import type { ReminderSettings } from "./payment_settings.ts";
import { invoiceReminderEmail } from "./payment_emails.tsx";
import { withGirocode } from "./emails.tsx";

export interface DunningEnv {
  appUrl: string;
  keys: Keyring;
  settings: ReminderSettings;
}

const DAY = 24 * 3600_000;
/** Most reminders one run sends per level (the next run takes the rest). */
const BATCH_SIZE = 200;

type Level = 1 | 2;

/** Open invoices still owing something that are due a reminder of `level`. */
function dueReminders(
  db: Database,
  env: DunningEnv,
  level: Level,
  now: Date,
) {
  const { firstReminderDays, secondReminderDays } = env.settings;
  const days = level === 1 ? firstReminderDays : secondReminderDays;
  const gap = new Date(
    now.getTime() - (secondReminderDays - firstReminderDays) * DAY,
  );
  return db.selectFrom("invoice_dunning as d")
    .innerJoin("invoices as i", "i.id", "d.invoice_id")
    .innerJoin("orders as o", "o.id", "i.order_id")
    .innerJoin("contacts as k", "k.id", "o.contact_id")
    .select([
      "i.id",
      "i.number",
      "i.order_id",
      "i.currency",
      "i.total_cents",
      "i.due_at",
      "i.seller",
      "k.email",
      "k.name",
      "o.locale",
      sql<string>`(select coalesce(sum(p.amount_cents), 0) from payments p
        where p.invoice_id = i.id)`.as("paid_cents"),
      creditedCentsSql("i.id").as("credited_cents"),
    ])
    .where("i.status", "=", "open")
    .where("i.due_at", "<=", new Date(now.getTime() - days * DAY))
    .$if(level === 1, (qb) => qb.where("d.first_reminder_at", "is", null))
    .$if(
      level === 2,
      (qb) =>
        qb.where("d.second_reminder_at", "is", null)
          .where("d.first_reminder_at", "<=", gap),
    )
    .orderBy("i.due_at").limit(BATCH_SIZE);
}

/** Sends one reminder unless a concurrent run did; true when this one did. */
async function remind(
  db: Database,
  env: DunningEnv,
  level: Level,
  invoice: Awaited<ReturnType<ReturnType<typeof dueReminders>["execute"]>>[
    number
  ],
  now: Date,
): Promise<boolean> {
  const column = level === 1 ? "first_reminder_at" : "second_reminder_at";
  const balance = invoice.total_cents - Number(invoice.credited_cents) -
    Number(invoice.paid_cents);
  if (balance <= 0) return false;
  const orderUrl = `${env.appUrl}${await orderPagePath(
    env.keys,
    invoice.order_id,
  )}`;
  const transfer = {
    holder: invoice.seller.legalName,
    iban: invoice.seller.iban,
    bic: invoice.seller.bic,
    amountCents: balance,
    currency: invoice.currency,
    reference: invoice.number,
  };
  // Drawn before the transaction, which then only writes.
  const message = await withGirocode(
    invoiceReminderEmail({
      to: invoice.email,
      name: invoice.name,
      locale: invoice.locale,
      level,
      invoiceNumber: invoice.number,
      dueAt: invoice.due_at,
      transfer,
      orderUrl,
    }),
    transfer,
  );
  return await inTransaction(db, async (tx) => {
    const marked = await tx.updateTable("invoice_dunning")
      .set({ [column]: now })
      .where("invoice_id", "=", invoice.id).where(column, "is", null)
      .returning("invoice_id").executeTakeFirst();
    if (!marked) return false;
    await enqueueEmail(
      tx,
      `invoice-reminder:${level}:${invoice.id}`,
      message,
    );
    return true;
  });
}

/** The job: marks overdue invoices and queues due reminders; a summary for the job log. */
export async function sendInvoiceReminders(
  db: Database,
  env: DunningEnv,
  now: Date,
): Promise<string> {
  const overdue = await db.insertInto("invoice_dunning")
    .columns(["invoice_id", "overdue_at"])
    .expression((eb) =>
      eb.selectFrom("invoices").select(["id", eb.val(now).as("overdue_at")])
        .where("status", "=", "open").where("due_at", "<", now)
    )
    .onConflict((oc) => oc.column("invoice_id").doNothing())
    .returning("invoice_id").execute();
  const sent = { 1: 0, 2: 0 };
  for (const level of [2, 1] as const) {
    for (const invoice of await dueReminders(db, env, level, now).execute()) {
      if (await remind(db, env, level, invoice, now)) sent[level]++;
    }
  }
  return `${overdue.length} newly overdue, ${sent[1]} first and ${
    sent[2]
  } second reminders queued`;
}

/** How many open invoices are past their due date (the dashboard's notice). */
export async function countOverdueInvoices(
  db: Database,
  now: Date,
): Promise<number> {
  const { n } = await db.selectFrom("invoices")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("status", "=", "open").where("due_at", "<", now)
    .executeTakeFirstOrThrow();
  return Number(n);
}
