/**
 * Trial reminders on day 7, 14 and 27 of a trial. Each license remembers
 * the last reminder day sent; a run sends only the latest reminder that
 * is due (after a missed day, not a backlog), marks it with a conditional
 * update so two runs cannot both send it, and queues the email in the same
 * transaction. Bought trials are full licenses and get none.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { trialReminderEmail } from "./emails.tsx";

export const TRIAL_REMINDER_DAYS = [7, 14, 27];
const DAY = 24 * 3600_000;

/** Queues due trial reminders; returns how many. */
export async function sendTrialReminders(
  db: Database,
  env: { appUrl: string },
  now: Date,
): Promise<number> {
  const trials = await db.selectFrom("licenses as l")
    .leftJoin("contacts as c", "c.email", "l.email")
    .select([
      "l.id",
      "l.email",
      "l.name",
      "l.product",
      "l.created_at",
      "l.expires_at",
      "l.trial_reminder_day",
      "c.locale",
      "c.name as contact_name",
      sql<
        string | null
      >`(select name_en from products p where p.module_key = l.product limit 1)`
        .as("name_en"),
      sql<
        string | null
      >`(select name_de from products p where p.module_key = l.product limit 1)`
        .as("name_de"),
    ])
    .where("l.type", "=", "trial").where("l.status", "=", "active")
    .where("l.expires_at", ">", now)
    .execute();
  let sent = 0;
  for (const trial of trials) {
    const day = Math.floor((now.getTime() - trial.created_at.getTime()) / DAY);
    const due = TRIAL_REMINDER_DAYS.filter((d) => d <= day).at(-1);
    if (!due || (trial.trial_reminder_day ?? 0) >= due) continue;
    const queued = await inTransaction(db, async (tx) => {
      const marked = await tx.updateTable("licenses").set({
        trial_reminder_day: due,
      })
        .where("id", "=", trial.id)
        .where((eb) =>
          eb.or([
            eb("trial_reminder_day", "is", null),
            eb("trial_reminder_day", "<", due),
          ])
        )
        .returning("id").executeTakeFirst();
      if (!marked) return false;
      const locale = trial.locale ?? "en";
      await enqueueEmail(
        tx,
        `trial-reminder:${trial.id}:${due}`,
        trialReminderEmail({
          to: trial.email,
          name: trial.contact_name ?? trial.name ?? trial.email,
          locale,
          product: (locale === "de" ? trial.name_de : trial.name_en) ??
            trial.product,
          day: due,
          daysLeft: Math.max(
            0,
            Math.ceil((trial.expires_at!.getTime() - now.getTime()) / DAY),
          ),
          shopUrl: `${env.appUrl}/shop`,
        }),
      );
      return true;
    });
    if (queued) sent++;
  }
  return sent;
}
