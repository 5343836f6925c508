/** The shop's settings, one JSON document in `options` (secrets sealed). */
import { z } from "zod";
import type { Database } from "../db/database.ts";
import { type Keyring, randomToken } from "../crypto.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { changedFields } from "../db/changes.ts";
import { inTransaction } from "../db/transaction.ts";
import { readOption, writeOption } from "../options.ts";

const OPTION = "shop.settings";

export const shopSettingsSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/).catch("EUR"),
  invoicePrefix: z.string().regex(/^[A-Z0-9-]{1,12}$/).catch("INV"),
  paymentTermDays: z.number().int().min(0).max(120).catch(14),
  /** Empty: licenses are issued by this instance. */
  licenseServerUrl: z.string().max(500).catch(""),
  /** Sealed with the app secret. */
  licenseServerApiKeySealed: z.string().max(2000).catch(""),
  /** Sealed with the app secret. */
  webhookSecretSealed: z.string().max(2000).catch(""),
});

export type ShopSettings = z.infer<typeof shopSettingsSchema>;

/** The current settings; bad or missing fields take their defaults. */
export async function getShopSettings(db: Database): Promise<ShopSettings> {
  const raw = await readOption(db, OPTION);
  let stored: unknown = {};
  try {
    stored = raw ? JSON.parse(raw) : {};
  } catch {
    // Unreadable means defaults.
  }
  return shopSettingsSchema.parse(
    stored && typeof stored === "object" ? stored : {},
  );
}

export async function saveShopSettings(
  db: Database,
  settings: ShopSettings,
  now: Date,
) {
  await writeOption(db, OPTION, JSON.stringify(settings), now);
}

/** Opens a sealed secret setting ("" when unset). */
export async function openSecret(
  keys: Keyring,
  sealed: string,
): Promise<string> {
  return sealed ? await keys.decrypt("shop-settings", sealed) : "";
}

/** Seals a secret setting for storage. */
export async function sealSecret(
  keys: Keyring,
  secret: string,
): Promise<string> {
  return secret ? await keys.encrypt("shop-settings", secret) : "";
}

/**
 * The settings form. Secrets are write-only: `undefined` keeps the stored
 * one, a value replaces it; they are sealed before they are stored.
 */
export interface ShopSettingsInput {
  licenseServerUrl: string;
  currency: string;
  invoicePrefix: string;
  paymentTermDays: number;
  licenseServerApiKey?: string;
  webhookSecret?: string;
}

/** The settings as the admin page may show them: secrets only as set or not. */
export interface ShopSettingsView
  extends
    Omit<ShopSettings, "licenseServerApiKeySealed" | "webhookSecretSealed"> {
  licenseServerApiKeySet: boolean;
  webhookSecretSet: boolean;
}

/** The shop settings without their secrets. */
export async function getShopSettingsView(
  db: Database,
): Promise<ShopSettingsView> {
  const { licenseServerApiKeySealed, webhookSecretSealed, ...plain } =
    await getShopSettings(db);
  return {
    ...plain,
    licenseServerApiKeySet: licenseServerApiKeySealed !== "",
    webhookSecretSet: webhookSecretSealed !== "",
  };
}

/** A new random webhook secret (256 bits) for the payment provider. */
export function generateWebhookSecret(): string {
  return `whsec_${randomToken(32)}`;
}

/**
 * Saves the shop settings; the audit entry names the changed fields,
 * never a secret's value.
 */
export async function updateShopSettings(
  db: Database,
  keys: Keyring,
  actor: Actor,
  input: ShopSettingsInput,
  now: Date,
): Promise<void> {
  const { licenseServerApiKey, webhookSecret, ...plain } = input;
  const sealedApiKey = licenseServerApiKey === undefined
    ? undefined
    : await sealSecret(keys, licenseServerApiKey);
  const sealedWebhookSecret = webhookSecret === undefined
    ? undefined
    : await sealSecret(keys, webhookSecret);
  await inTransaction(db, async (tx) => {
    const before = await getShopSettings(tx);
    const after: ShopSettings = {
      ...before,
      ...plain,
      licenseServerApiKeySealed: sealedApiKey ??
        before.licenseServerApiKeySealed,
      webhookSecretSealed: sealedWebhookSecret ?? before.webhookSecretSealed,
    };
    await saveShopSettings(tx, after, now);
    const changed = changedFields(before, plain);
    if (sealedApiKey !== undefined) changed.push("licenseServerApiKey");
    if (sealedWebhookSecret !== undefined) changed.push("webhookSecret");
    await recordAudit(tx, actor, "shop.settings.update", "settings", null, {
      changed,
    }, now);
  });
}
