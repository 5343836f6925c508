/**
 * The seller's legal identity and tax status (admin → Settings →
 * Business), one JSON document in `options`. An invoice names the seller
 * as §14 Abs. 4 UStG requires, so none is issued while a required field
 * is missing; each invoice keeps a copy of what was set when it was
 * issued.
 */
import { z } from "zod";
import type { Actor } from "../audit.ts";
import { recordAudit } from "../audit.ts";
import { changedFields } from "../db/changes.ts";
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import { type FieldErrors, ValidationError } from "../errors.ts";
import { readOption, writeOption } from "../options.ts";
import { DEFAULT_LOCALE, LOCALES } from "../i18n/mod.ts";
import { normaliseVatId } from "./vat_ids.ts";

const OPTION = "billing.seller";

const text = (max: number) => z.string().max(max).catch("");

export const sellerSettingsSchema = z.object({
  legalName: text(200),
  street: text(200),
  postalCode: text(20),
  city: text(100),
  /** ISO code; only sellers established in Germany are supported. */
  country: z.literal("DE").catch("DE"),
  /** USt-IdNr., canonical ("DE123456789"). */
  vatId: text(20),
  /** Steuernummer as the tax office wrote it. */
  taxNumber: text(30),
  registerCourt: text(100),
  registerNumber: text(50),
  managingDirector: text(200),
  email: text(254),
  phone: text(50),
  /** Without spaces, upper case. */
  iban: text(34),
  bic: text(11),
  bankName: text(100),
  invoiceFooter: text(1000),
  /** Kleinunternehmer under §19 UStG: no VAT charged. */
  smallBusiness: z.boolean().catch(false),
  /**
   * EU-wide distance sales below €10,000 a year and not registered for
   * OSS (§3a Abs. 5 Satz 3 UStG): EU consumers pay German VAT.
   */
  belowOssThreshold: z.boolean().catch(false),
  /**
   * The business's language: pages for visitors whose browser asks for
   * none of ours (and who chose none) are shown in it.
   */
  defaultLocale: z.enum(LOCALES).catch(DEFAULT_LOCALE),
});

export type SellerSettings = z.infer<typeof sellerSettingsSchema>;

/** The fields an invoice cannot be issued without. */
const REQUIRED = [
  "legalName",
  "street",
  "postalCode",
  "city",
  "email",
  "iban",
] as const satisfies readonly (keyof SellerSettings)[];

/** The seller settings; missing or bad fields are empty (or off). */
export async function getSellerSettings(db: Database): Promise<SellerSettings> {
  const raw = await readOption(db, OPTION);
  let stored: unknown = {};
  try {
    stored = raw ? JSON.parse(raw) : {};
  } catch {
    // Unreadable means nothing set.
  }
  return sellerSettingsSchema.parse(
    stored && typeof stored === "object" ? stored : {},
  );
}

/**
 * The required settings not yet set: the fields of `REQUIRED`, and
 * `taxId` when neither VAT ID nor tax number is. Empty: invoices can be
 * issued.
 */
export function missingSellerSettings(seller: SellerSettings): string[] {
  const missing: string[] = REQUIRED.filter((field) => !seller[field]);
  if (!seller.vatId && !seller.taxNumber) missing.push("taxId");
  return missing;
}

/** Throws `SELLER_INCOMPLETE` unless every required setting is set. */
export function assertSellerComplete(seller: SellerSettings): void {
  if (missingSellerSettings(seller).length > 0) {
    throw new ValidationError(
      { _form: "billing.seller.incomplete" },
      "The seller settings are incomplete: no invoice can be issued.",
    );
  }
}

/** True when `iban` (compact, upper case) has a valid ISO 13616 check sum. */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(
    /[A-Z]/g,
    (letter) => String(letter.charCodeAt(0) - 55),
  );
  return BigInt(digits) % 97n === 1n;
}

/** What admin types in: the settings with VAT ID, IBAN and BIC as written. */
export type SellerSettingsInput = Omit<SellerSettings, "country">;

/**
 * Checks and stores the seller settings: the VAT ID must have the German
 * format, the IBAN a valid check sum, the BIC its format; anything wrong
 * is a `ValidationError` per field and nothing is written. Audited.
 */
export async function saveSellerSettings(
  db: Database,
  actor: Actor,
  input: SellerSettingsInput,
  now: Date,
): Promise<SellerSettings> {
  const errors: FieldErrors = {};
  const settings: SellerSettings = { ...input, country: "DE" };
  if (input.vatId) {
    const checked = normaliseVatId("DE", input.vatId);
    if ("problem" in checked) errors.vatId = checked.problem;
    else settings.vatId = checked.vatId;
  }
  if (input.taxNumber && !/^[0-9/ ]{10,20}$/.test(input.taxNumber)) {
    errors.taxNumber = "billing.seller.taxNumberFormat";
  }
  if (input.iban) {
    settings.iban = input.iban.toUpperCase().replace(/\s/g, "");
    if (!isValidIban(settings.iban)) errors.iban = "billing.seller.ibanInvalid";
  }
  if (input.bic) {
    settings.bic = input.bic.toUpperCase().replace(/\s/g, "");
    if (!/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(settings.bic)) {
      errors.bic = "billing.seller.bicInvalid";
    }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  await inTransaction(db, async (tx) => {
    const before = await getSellerSettings(tx);
    await writeOption(tx, OPTION, JSON.stringify(settings), now);
    await recordAudit(tx, actor, "billing.seller.update", "settings", null, {
      changed: changedFields(before, settings),
    }, now);
  });
  return settings;
}
