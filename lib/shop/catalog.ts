/**
 * What the shop sells: products (one module each) and packages of them,
 * as the shop front lists them and as staff manage them. Every change is
 * one transaction with its audit entry.
 */
import type { Database } from "../db/database.ts";
import type { Package, Product } from "../db/schema.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { uniqueViolation } from "../db/errors.ts";
import { inTransaction } from "../db/transaction.ts";
import { changedFields } from "../db/changes.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";

export interface PackageWithProducts extends Package {
  products: Product[];
}

/** Active products and packages, in display order. */
export async function listCatalog(
  db: Database,
): Promise<{ products: Product[]; packages: PackageWithProducts[] }> {
  const products = await db.selectFrom("products").selectAll()
    .where("active", "=", true).orderBy("position").orderBy("name_en")
    .execute();
  const packages = await db.selectFrom("packages").selectAll()
    .where("active", "=", true).orderBy("position").orderBy("name_en")
    .execute();
  const items = packages.length
    ? await db.selectFrom("package_items").innerJoin(
      "products",
      "products.id",
      "package_items.product_id",
    )
      .selectAll("products").select("package_items.package_id")
      .where("package_items.package_id", "in", packages.map((p) => p.id))
      .execute()
    : [];
  return {
    products,
    packages: packages.map((pkg) => ({
      ...pkg,
      products: items.filter((item) => item.package_id === pkg.id),
    })),
  };
}

/** An active product or package by slug, or NotFoundError. */
export async function findOffer(
  db: Database,
  slug: string,
): Promise<
  { kind: "product"; product: Product } | {
    kind: "package";
    pkg: PackageWithProducts;
  }
> {
  const product = await db.selectFrom("products").selectAll()
    .where("slug", "=", slug).where("active", "=", true).executeTakeFirst();
  if (product) return { kind: "product", product };
  const pkg = await db.selectFrom("packages").selectAll()
    .where("slug", "=", slug).where("active", "=", true).executeTakeFirst();
  if (!pkg) throw new NotFoundError("Unknown product.", "PRODUCT_NOT_FOUND");
  const products = await db.selectFrom("package_items")
    .innerJoin("products", "products.id", "package_items.product_id")
    .selectAll("products").where("package_items.package_id", "=", pkg.id)
    .execute();
  return { kind: "package", pkg: { ...pkg, products } };
}

/** What products and packages have in common in their forms. */
export interface OfferInput {
  slug: string;
  nameEn: string;
  nameDe: string;
  descriptionEn: string;
  descriptionDe: string;
  priceCents: number;
  currency: string;
  active: boolean;
  position: number;
}

/** The product form: one module with its license terms. */
export interface ProductInput extends OfferInput {
  moduleKey: string;
  trialDays: number;
}

/** The package form: a price for several products together. */
export interface PackageInput extends OfferInput {
  productIds: string[];
}

/** A row of the admin package list. */
export interface PackageListRow extends Package {
  products: { id: string; name_en: string; name_de: string }[];
}

/**
 * `/shop/<slug>` looks in products first, then packages, so one slug may
 * name only one of them; the tables' own unique indexes cover the rest.
 */
async function assertSlugFree(
  db: Database,
  slug: string,
  other: "products" | "packages",
) {
  const taken = await db.selectFrom(other).select("id")
    .where("slug", "=", slug).executeTakeFirst();
  if (taken) throw slugTaken();
}

function slugTaken() {
  return new ValidationError(
    { slug: "shopAdmin.form.slugTaken" },
    "This address is already used.",
  );
}

/** Runs `work`; a unique violation (on the slug) becomes a field error. */
async function withUniqueSlug<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (uniqueViolation(error) !== undefined) throw slugTaken();
    throw error;
  }
}

function offerColumns(input: OfferInput) {
  return {
    slug: input.slug,
    name_en: input.nameEn,
    name_de: input.nameDe,
    description_en: input.descriptionEn,
    description_de: input.descriptionDe,
    price_cents: input.priceCents,
    currency: input.currency,
    active: input.active,
    position: input.position,
  };
}

function productColumns(input: ProductInput) {
  return {
    ...offerColumns(input),
    module_key: input.moduleKey,
    trial_days: input.trialDays,
  };
}

/** Every product, active or not, in shop order. */
export async function listProducts(db: Database): Promise<Product[]> {
  return await db.selectFrom("products").selectAll()
    .orderBy("position").orderBy("name_en").orderBy("id").execute();
}

/** One product, or NotFoundError. */
export async function getProduct(
  db: Database,
  productId: string,
): Promise<Product> {
  const product = await db.selectFrom("products").selectAll()
    .where("id", "=", productId).executeTakeFirst();
  if (!product) {
    throw new NotFoundError("Unknown product.", "PRODUCT_NOT_FOUND");
  }
  return product;
}

/** Adds a product; a slug already in use is a field error. Returns its id. */
export async function createProduct(
  db: Database,
  actor: Actor,
  input: ProductInput,
  now: Date,
): Promise<string> {
  return await withUniqueSlug(() =>
    inTransaction(db, async (tx) => {
      await assertSlugFree(tx, input.slug, "packages");
      const { id } = await tx.insertInto("products")
        .values({ ...productColumns(input), created_at: now, updated_at: now })
        .returning("id").executeTakeFirstOrThrow();
      await recordAudit(tx, actor, "product.create", "product", id, {
        label: input.nameEn,
        slug: input.slug,
      }, now);
      return id;
    })
  );
}

/** Changes a product; orders keep the description and price they had. */
export async function updateProduct(
  db: Database,
  actor: Actor,
  productId: string,
  input: ProductInput,
  now: Date,
): Promise<void> {
  await withUniqueSlug(() =>
    inTransaction(db, async (tx) => {
      const before = await tx.selectFrom("products").selectAll()
        .where("id", "=", productId).forUpdate().executeTakeFirst();
      if (!before) {
        throw new NotFoundError("Unknown product.", "PRODUCT_NOT_FOUND");
      }
      await assertSlugFree(tx, input.slug, "packages");
      const after = productColumns(input);
      await tx.updateTable("products").set({ ...after, updated_at: now })
        .where("id", "=", productId).execute();
      await recordAudit(tx, actor, "product.update", "product", productId, {
        label: input.nameEn,
        changed: changedFields(before, after),
      }, now);
    })
  );
}

/**
 * Deletes a product nobody ordered and no package contains; anything else
 * keeps its history, so it is deactivated instead (`PRODUCT_IN_USE`).
 */
export async function deleteProduct(
  db: Database,
  actor: Actor,
  productId: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const product = await tx.selectFrom("products").select(["id", "name_en"])
      .where("id", "=", productId).forUpdate().executeTakeFirst();
    if (!product) {
      throw new NotFoundError("Unknown product.", "PRODUCT_NOT_FOUND");
    }
    const used = await tx.selectFrom("order_lines").select("id")
      .where("product_id", "=", productId)
      .union(
        tx.selectFrom("package_items").select("package_id as id")
          .where("product_id", "=", productId),
      )
      .union(
        tx.selectFrom("license_grants").select("id")
          .where("product_id", "=", productId),
      )
      .limit(1).executeTakeFirst();
    if (used) {
      throw new ConflictError("The product is in use.", "PRODUCT_IN_USE");
    }
    await tx.deleteFrom("products").where("id", "=", productId).execute();
    await recordAudit(tx, actor, "product.delete", "product", productId, {
      label: product.name_en,
    }, now);
  });
}

/** Every package with the names of its products, in shop order. */
export async function listPackages(db: Database): Promise<PackageListRow[]> {
  const [packages, items] = await Promise.all([
    db.selectFrom("packages").selectAll()
      .orderBy("position").orderBy("name_en").orderBy("id").execute(),
    db.selectFrom("package_items as pi")
      .innerJoin("products as p", "p.id", "pi.product_id")
      .select(["pi.package_id", "p.id", "p.name_en", "p.name_de"])
      .orderBy("p.position").orderBy("p.name_en").execute(),
  ]);
  return packages.map((pkg) => ({
    ...pkg,
    products: items.filter((item) => item.package_id === pkg.id)
      .map(({ id, name_en, name_de }) => ({ id, name_en, name_de })),
  }));
}

/** One package and the ids of its products, or NotFoundError. */
export async function getPackage(
  db: Database,
  packageId: string,
): Promise<{ pkg: Package; productIds: string[] }> {
  const pkg = await db.selectFrom("packages").selectAll()
    .where("id", "=", packageId).executeTakeFirst();
  if (!pkg) throw new NotFoundError("Unknown package.", "PACKAGE_NOT_FOUND");
  const items = await db.selectFrom("package_items").select("product_id")
    .where("package_id", "=", packageId).execute();
  return { pkg, productIds: items.map((item) => item.product_id) };
}

/** Replaces a package's products; every id must name a product. */
async function replacePackageItems(
  db: Database,
  packageId: string,
  productIds: string[],
) {
  const unique = [...new Set(productIds)];
  const found = unique.length
    ? await db.selectFrom("products").select("id")
      .where("id", "in", unique).execute()
    : [];
  if (!unique.length || found.length !== unique.length) {
    throw new ValidationError(
      { products: "shopAdmin.package.productsRequired" },
      "A package needs at least one existing product.",
    );
  }
  await db.deleteFrom("package_items").where("package_id", "=", packageId)
    .execute();
  await db.insertInto("package_items")
    .values(unique.map((productId) => ({
      package_id: packageId,
      product_id: productId,
    })))
    .execute();
}

/** Adds a package with its products; returns its id. */
export async function createPackage(
  db: Database,
  actor: Actor,
  input: PackageInput,
  now: Date,
): Promise<string> {
  return await withUniqueSlug(() =>
    inTransaction(db, async (tx) => {
      await assertSlugFree(tx, input.slug, "products");
      const { id } = await tx.insertInto("packages")
        .values({ ...offerColumns(input), created_at: now, updated_at: now })
        .returning("id").executeTakeFirstOrThrow();
      await replacePackageItems(tx, id, input.productIds);
      await recordAudit(tx, actor, "package.create", "package", id, {
        label: input.nameEn,
        slug: input.slug,
        products: input.productIds.length,
      }, now);
      return id;
    })
  );
}

/**
 * Changes a package and its products. Paid orders already have their
 * license grants, so a changed product list affects only later payments.
 */
export async function updatePackage(
  db: Database,
  actor: Actor,
  packageId: string,
  input: PackageInput,
  now: Date,
): Promise<void> {
  await withUniqueSlug(() =>
    inTransaction(db, async (tx) => {
      const before = await tx.selectFrom("packages").selectAll()
        .where("id", "=", packageId).forUpdate().executeTakeFirst();
      if (!before) {
        throw new NotFoundError("Unknown package.", "PACKAGE_NOT_FOUND");
      }
      await assertSlugFree(tx, input.slug, "products");
      const after = offerColumns(input);
      await tx.updateTable("packages").set({ ...after, updated_at: now })
        .where("id", "=", packageId).execute();
      const itemsBefore = (await tx.selectFrom("package_items")
        .select("product_id").where("package_id", "=", packageId).execute())
        .map((row) => row.product_id).sort();
      await replacePackageItems(tx, packageId, input.productIds);
      const changed = changedFields(before, after);
      if (itemsBefore.join() !== [...new Set(input.productIds)].sort().join()) {
        changed.push("products");
      }
      await recordAudit(tx, actor, "package.update", "package", packageId, {
        label: input.nameEn,
        changed,
      }, now);
    })
  );
}

/** Deletes a package nobody ordered; otherwise `PACKAGE_IN_USE`. */
export async function deletePackage(
  db: Database,
  actor: Actor,
  packageId: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const pkg = await tx.selectFrom("packages").select(["id", "name_en"])
      .where("id", "=", packageId).forUpdate().executeTakeFirst();
    if (!pkg) throw new NotFoundError("Unknown package.", "PACKAGE_NOT_FOUND");
    const ordered = await tx.selectFrom("order_lines").select("id")
      .where("package_id", "=", packageId).limit(1).executeTakeFirst();
    if (ordered) {
      throw new ConflictError("The package was ordered.", "PACKAGE_IN_USE");
    }
    await tx.deleteFrom("packages").where("id", "=", packageId).execute();
    await recordAudit(tx, actor, "package.delete", "package", packageId, {
      label: pkg.name_en,
    }, now);
  });
}
