/** Fixtures for shop tests: products, a package and the webhook secret. */
import type { Database } from "@/lib/db/database.ts";
import type { Keyring } from "@/lib/crypto.ts";
import type { CheckoutInput } from "@/lib/shop/checkout.ts";
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

/** A paid product, a free one, one with a 30-day trial and a package of two. */
export async function createCatalog(
  db: Database,
  prefix: string,
): Promise<CatalogFixture> {
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
