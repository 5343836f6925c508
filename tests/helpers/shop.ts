/** Fixtures for shop tests: products, a package and the webhook secret. */
import type { Database } from "@/lib/db/database.ts";
import type { Keyring } from "@/lib/crypto.ts";
import type { CheckoutInput } from "@/lib/shop/checkout.ts";
import {
  saveSellerSettings,
  type SellerSettingsInput,
} from "@/lib/billing/seller.ts";
import {
  getShopSettings,
  saveShopSettings,
  sealSecret,
  type ShopSettings,
} from "@/lib/shop/settings.ts";

export interface CatalogFixture {
  paid: string;
  free: string;
  trial: string;
  bundle: string;
}

/** A German seller with every required setting (a GmbH charging VAT). */
export const COMPLETE_SELLER: SellerSettingsInput = {
  legalName: "Portico Test GmbH",
  street: "Musterstraße 1",
  postalCode: "80331",
  city: "München",
  vatId: "DE123456789",
  taxNumber: "143/123/45678",
  registerCourt: "Amtsgericht München",
  registerNumber: "HRB 123456",
  managingDirector: "Erika Mustermann",
  email: "billing@portico.example",
  phone: "+49 89 1234567",
  iban: "DE89370400440532013000",
  bic: "COBADEFFXXX",
  bankName: "Commerzbank",
  invoiceFooter: "Thank you for your business.",
  smallBusiness: false,
  belowOssThreshold: false,
  defaultLocale: "en",
};

/** Sets the seller settings: complete, with `changes` on top. */
export async function setSeller(
  db: Database,
  changes: Partial<SellerSettingsInput> = {},
): Promise<void> {
  await saveSellerSettings(db, { type: "system" }, {
    ...COMPLETE_SELLER,
    ...changes,
  }, new Date());
}

/**
 * A paid product, a free one, one with a 30-day trial and a package of
 * two; and the seller settings complete, so paid orders get invoices.
 */
export async function createCatalog(
  db: Database,
  prefix: string,
): Promise<CatalogFixture> {
  await setSeller(db);
  const product = async (
    slug: string,
    module: string,
    price: number,
    trialDays = 0,
  ) =>
    (await db.insertInto("products").values({
      slug: `${prefix}-${slug}`,
      module_key: module,
      name_en: `${slug} module`,
      name_de: `${slug}-Modul`,
      price_cents: price,
      trial_days: trialDays,
    }).returning("id").executeTakeFirstOrThrow()).id;
  const paidId = await product("paid", "booking", 10000);
  await product("free", "freebie", 0);
  await product("trial", "activity", 4900, 30);
  const pkg = await db.insertInto("packages").values({
    slug: `${prefix}-bundle`,
    name_en: "Bundle",
    name_de: "Paket",
    price_cents: 15000,
  }).returning("id").executeTakeFirstOrThrow();
  const activityId = (await db.selectFrom("products").select("id")
    .where("slug", "=", `${prefix}-trial`).executeTakeFirstOrThrow()).id;
  await db.insertInto("package_items").values([
    { package_id: pkg.id, product_id: paidId },
    { package_id: pkg.id, product_id: activityId },
  ]).execute();
  return {
    paid: `${prefix}-paid`,
    free: `${prefix}-free`,
    trial: `${prefix}-trial`,
    bundle: `${prefix}-bundle`,
  };
}

/** Changes shop settings; secrets given in clear are sealed. */
export async function setShopSettings(
  db: Database,
  keys: Keyring,
  changes: Partial<ShopSettings> & {
    webhookSecret?: string;
    licenseServerApiKey?: string;
  },
): Promise<void> {
  const { webhookSecret, licenseServerApiKey, ...rest } = changes;
  const settings = { ...(await getShopSettings(db)), ...rest };
  if (webhookSecret !== undefined) {
    settings.webhookSecretSealed = await sealSecret(keys, webhookSecret);
  }
  if (licenseServerApiKey !== undefined) {
    settings.licenseServerApiKeySealed = await sealSecret(
      keys,
      licenseServerApiKey,
    );
  }
  await saveShopSettings(db, settings, new Date());
}

/** A checkout of `slug` by `email` with a valid address; override the rest. */
export function checkoutInput(
  slug: string,
  email: string,
  overrides: Partial<CheckoutInput> = {},
): CheckoutInput {
  return {
    slug,
    mode: "buy",
    name: "Berta Buyer",
    company: "Buyer GmbH",
    email,
    address: "Hauptstr. 1",
    postalCode: "10115",
    city: "Berlin",
    country: "DE",
    locale: "en",
    ...overrides,
  };
}

/** A 1 × 1 PNG, e.g. as the seller's logo. */
export const ONE_PIXEL_PNG = Uint8Array.from(
  atob(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  ),
  (c) => c.charCodeAt(0),
);
