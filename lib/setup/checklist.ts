/**
 * The setup checklist the dashboard shows after the first run, until
 * every step is done or an administrator hides it: the business details
 * invoices need, a bookable service with someone's hours, how mail goes
 * out, how clients pay, and the public booking link to share. Each step
 * is read from the settings it stands for, so it is done the moment the
 * setting is; only two choices are the checklist's own (mail staying in
 * the outbox, the list hidden), kept in `options`.
 */
import { z } from "zod";
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import { readOption, writeOption } from "../options.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { getSellerSettings, missingSellerSettings } from "../billing/seller.ts";
import { getPaymentSettingsView } from "../shop/payment_settings.ts";

const OPTION = "setup.checklist";

const choicesSchema = z.object({
  /** "Emails stay in the outbox" chosen instead of SMTP. */
  outboxMail: z.boolean().catch(false),
  hidden: z.boolean().catch(false),
});
type Choices = z.infer<typeof choicesSchema>;

export type SetupStepId =
  | "business"
  | "services"
  | "hours"
  | "mail"
  | "payments";

export interface SetupStep {
  id: SetupStepId;
  done: boolean;
  /** Where the step is done. */
  href: string;
}

export interface SetupChecklist {
  steps: SetupStep[];
  /** Every step done. */
  complete: boolean;
  /** Hidden by an administrator before it was complete. */
  hidden: boolean;
  /** How mail goes out: SMTP, kept in the outbox by choice, or not decided. */
  mail: "smtp" | "outbox" | "undecided";
}

/** What the checklist needs to know of the configuration. */
export interface ChecklistEnv {
  /** SMTP_URL is set: mail is sent. */
  smtpConfigured: boolean;
}

async function readChoices(db: Database): Promise<Choices> {
  const raw = await readOption(db, OPTION);
  let stored: unknown = {};
  try {
    stored = raw ? JSON.parse(raw) : {};
  } catch {
    // An unreadable row means nothing chosen yet.
  }
  return choicesSchema.parse(
    stored && typeof stored === "object" ? stored : {},
  );
}

async function hasRow(
  query: Promise<{ id: string } | undefined>,
): Promise<boolean> {
  return (await query) !== undefined;
}

/** The checklist as it stands now. */
export async function getSetupChecklist(
  db: Database,
  env: ChecklistEnv,
): Promise<SetupChecklist> {
  const [choices, seller, payments, services, hours] = await Promise.all([
    readChoices(db),
    getSellerSettings(db),
    getPaymentSettingsView(db),
    hasRow(
      db.selectFrom("services").select("id").where("active", "=", true)
        .limit(1).executeTakeFirst(),
    ),
    hasRow(
      db.selectFrom("availability as a")
        .innerJoin("staff as s", "s.id", "a.staff_id")
        .select("a.id").where("s.active", "=", true)
        .limit(1).executeTakeFirst(),
    ),
  ]);
  const mail = env.smtpConfigured
    ? "smtp"
    : choices.outboxMail
    ? "outbox"
    : "undecided";
  const steps: SetupStep[] = [
    {
      id: "business",
      done: missingSellerSettings(seller).length === 0,
      href: "/admin/settings/business",
    },
    {
      id: "services",
      done: services,
      href: "/admin/booking/services",
    },
    { id: "hours", done: hours, href: "/admin/booking/staff" },
    { id: "mail", done: mail !== "undecided", href: "/admin/emails" },
    {
      id: "payments",
      // Bank transfer to the seller's IBAN is on by default; Stripe adds cards.
      done: seller.iban !== "" || payments.stripeKeySet,
      href: "/admin/shop/payments",
    },
  ];
  return {
    steps,
    complete: steps.every((step) => step.done),
    hidden: choices.hidden,
    mail,
  };
}

/** A choice on the checklist: mail stays in the outbox, or hide the list. */
export type ChecklistChoice = "outboxMail" | "hide";

/** Records an administrator's choice on the checklist. */
export async function chooseOnChecklist(
  db: Database,
  actor: Actor,
  choice: ChecklistChoice,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    // Serialises two choices made at once, so neither is lost.
    await sql`select pg_advisory_xact_lock(hashtext(${OPTION}))`.execute(tx);
    const choices = await readChoices(tx);
    const next: Choices = choice === "hide"
      ? { ...choices, hidden: true }
      : { ...choices, outboxMail: true };
    await writeOption(tx, OPTION, JSON.stringify(next), now);
    await recordAudit(
      tx,
      actor,
      `setup.${choice}`,
      "setup",
      "checklist",
      {},
      now,
    );
  });
}
