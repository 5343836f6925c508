/** The shop's settings, one JSON document in `options` (secrets sealed). */
import { z } from "zod";
import type { Database } from "../db/database.ts";
import type { Keyring } from "../crypto.ts";
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
