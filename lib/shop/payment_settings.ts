/**
 * Admin → Shop → Payments: the Stripe account card payments go to, one
 * JSON document in `options`. Both secrets are sealed with the app secret
 * (as the shop's other secrets) and never shown again; whether the key is
 * a test key is kept in clear so every page can say so.
 */
import { z } from "zod";
import type { Database } from "../db/database.ts";
import type { Keyring } from "../crypto.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { inTransaction } from "../db/transaction.ts";
import { readOption, writeOption } from "../options.ts";
import { changedFields } from "../db/changes.ts";
import { ValidationError } from "../errors.ts";
import { openSecret, sealSecret } from "./settings.ts";

const OPTION = "shop.payments";

const paymentSettingsSchema = z.object({
  /** Sealed; "" when card payments are off. */
  stripeSecretKeySealed: z.string().max(2000).catch(""),
  /** Sealed; the endpoint's signing secret (`whsec_…`). */
  stripeWebhookSecretSealed: z.string().max(2000).catch(""),
  /** The key is a test mode key (`sk_test_…`, `rk_test_…`). */
  stripeTestMode: z.boolean().catch(false),
  /** Days after the due date for the first and the second reminder. */
  firstReminderDays: z.number().int().min(1).max(90).catch(7),
  secondReminderDays: z.number().int().min(2).max(180).catch(21),
});

type PaymentSettings = z.infer<typeof paymentSettingsSchema>;

/** A Stripe secret or restricted key, test or live. */
export const STRIPE_KEY = /^(sk|rk)_(test|live)_[A-Za-z0-9]{10,200}$/;
/** A Stripe webhook signing secret. */
export const STRIPE_WEBHOOK_SECRET = /^whsec_[A-Za-z0-9+/=]{10,200}$/;

async function readSettings(db: Database): Promise<PaymentSettings> {
  const raw = await readOption(db, OPTION);
  let stored: unknown = {};
  try {
    stored = raw ? JSON.parse(raw) : {};
  } catch {
    // Unreadable means nothing set.
  }
  return paymentSettingsSchema.parse(
    stored && typeof stored === "object" ? stored : {},
  );
}

/** What the admin page shows: which secrets are set, and the mode. */
export interface PaymentSettingsView extends ReminderSettings {
  stripeKeySet: boolean;
  stripeWebhookSecretSet: boolean;
  stripeTestMode: boolean;
}

/** When unpaid invoices are reminded, in days after their due date. */
export interface ReminderSettings {
  firstReminderDays: number;
  secondReminderDays: number;
}

/** The reminder days (defaults 7 and 21). */
export async function getReminderSettings(
  db: Database,
): Promise<ReminderSettings> {
  const { firstReminderDays, secondReminderDays } = await readSettings(db);
  return { firstReminderDays, secondReminderDays };
}

/** The payment settings without their secrets. */
export async function getPaymentSettingsView(
  db: Database,
): Promise<PaymentSettingsView> {
  const settings = await readSettings(db);
  return {
    stripeKeySet: settings.stripeSecretKeySealed !== "",
    stripeWebhookSecretSet: settings.stripeWebhookSecretSealed !== "",
    stripeTestMode: settings.stripeTestMode,
    firstReminderDays: settings.firstReminderDays,
    secondReminderDays: settings.secondReminderDays,
  };
}

/** Stripe's secrets, opened; empty strings when unset. */
export interface StripeSecrets {
  secretKey: string;
  webhookSecret: string;
  testMode: boolean;
}

/** The Stripe secrets for a call or a signature check. */
export async function getStripeSecrets(
  db: Database,
  keys: Keyring,
): Promise<StripeSecrets> {
  const settings = await readSettings(db);
  return {
    secretKey: await openSecret(keys, settings.stripeSecretKeySealed),
    webhookSecret: await openSecret(keys, settings.stripeWebhookSecretSealed),
    testMode: settings.stripeTestMode,
  };
}

/**
 * What the form sends: a secret left `undefined` keeps the stored one;
 * `disable` removes both (card payments off). The second reminder comes
 * after the first.
 */
export interface PaymentSettingsInput extends ReminderSettings {
  stripeSecretKey?: string;
  stripeWebhookSecret?: string;
  disable: boolean;
}

/** Saves the payment settings; the audit entry names what changed, never a value. */
export async function updatePaymentSettings(
  db: Database,
  keys: Keyring,
  actor: Actor,
  input: PaymentSettingsInput,
  now: Date,
): Promise<void> {
  if (input.secondReminderDays <= input.firstReminderDays) {
    throw new ValidationError(
      { secondReminderDays: "payments.admin.secondAfterFirst" },
      "The second reminder must come after the first.",
    );
  }
  const key = input.disable ? "" : input.stripeSecretKey;
  const secret = input.disable ? "" : input.stripeWebhookSecret;
  const sealedKey = key === undefined ? undefined : await sealSecret(keys, key);
  const sealedSecret = secret === undefined
    ? undefined
    : await sealSecret(keys, secret);
  await inTransaction(db, async (tx) => {
    const before = await readSettings(tx);
    const after: PaymentSettings = {
      firstReminderDays: input.firstReminderDays,
      secondReminderDays: input.secondReminderDays,
      stripeSecretKeySealed: sealedKey ?? before.stripeSecretKeySealed,
      stripeWebhookSecretSealed: sealedSecret ??
        before.stripeWebhookSecretSealed,
      stripeTestMode: key === undefined
        ? before.stripeTestMode
        : /^(sk|rk)_test_/.test(key),
    };
    await writeOption(tx, OPTION, JSON.stringify(after), now);
    const changed = [
      ...changedFields(before, {
        firstReminderDays: input.firstReminderDays,
        secondReminderDays: input.secondReminderDays,
      }),
      ...(sealedKey !== undefined ? ["stripeSecretKey"] : []),
      ...(sealedSecret !== undefined ? ["stripeWebhookSecret"] : []),
    ];
    await recordAudit(tx, actor, "shop.payments.update", "settings", null, {
      changed,
    }, now);
  });
}
