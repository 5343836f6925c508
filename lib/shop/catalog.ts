/** What the shop sells: products (one module each) and packages of them. */
import type { Database } from "../db/database.ts";
import type { Package, Product } from "../db/schema.ts";
import { NotFoundError } from "../errors.ts";

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
