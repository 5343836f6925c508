/**
 * The shop as staff and clients see it behind sign-in: the catalogue
 * (products, packages of them), orders with what was issued for them,
 * invoices with their payments, the shop settings, and each client's own
 * orders and invoices in the portal. Every change is one transaction with
 * its audit entry.
 */
import { type Selectable, sql } from "kysely";
import type { Database } from "../db/database.ts";
import type {
  GrantStatus,
  Invoice,
  InvoiceItemsTable,
  InvoiceStatus,
  LicenseType,
  OrderStatus,
  Package,
  Product,
} from "../db/schema.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { type Keyring, randomToken } from "../crypto.ts";
import { uniqueViolation } from "../db/errors.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { changedFields } from "../crm/changes.ts";
import { containsPattern, type Paged, pageWindow } from "../crm/paging.ts";
import { recordPayment } from "./payments.ts";
import {
  getShopSettings,
  saveShopSettings,
  sealSecret,
  type ShopSettings,
} from "./settings.ts";

export const ORDERS_PAGE_SIZE = 25;
export const INVOICES_PAGE_SIZE = 25;

export const ORDER_STATUSES: readonly OrderStatus[] = [
  "pending",
  "paid",
  "cancelled",
];

/** Invoice states in lists: `overdue` is an open invoice past its due date. */
export type InvoiceListStatus = InvoiceStatus | "overdue";
export const INVOICE_LIST_STATUSES: readonly InvoiceListStatus[] = [
  "open",
  "overdue",
  "paid",
  "cancelled",
];

// ---------------------------------------------------------------------------
// Catalogue
// ---------------------------------------------------------------------------

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
    db.transaction().execute(async (tx) => {
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
    db.transaction().execute(async (tx) => {
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
  await db.transaction().execute(async (tx) => {
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
    db.transaction().execute(async (tx) => {
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
    db.transaction().execute(async (tx) => {
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
  await db.transaction().execute(async (tx) => {
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

// ---------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------

/** The filters of the admin order list; all optional. */
export interface OrderFilters {
  status?: OrderStatus;
  /** Part of the client's company, the contact's name or email, or the invoice number. */
  q?: string;
  page?: number;
  pageSize?: number;
}

/** A row of the admin order list. */
export interface OrderListRow {
  id: string;
  status: OrderStatus;
  total_cents: number;
  currency: string;
  created_at: Date;
  client_id: string;
  company: string | null;
  contact_name: string;
  contact_email: string;
  invoice_id: string | null;
  invoice_number: string | null;
  /** What was bought, line descriptions joined. */
  items: string;
}

/** Orders page by page, newest first. See `OrderFilters` for the search. */
export async function listOrders(
  db: Database,
  filters: OrderFilters = {},
): Promise<Paged<OrderListRow>> {
  const pageSize = filters.pageSize ?? ORDERS_PAGE_SIZE;
  const term = filters.q?.trim();
  const matching = db.selectFrom("orders as o")
    .innerJoin("clients as c", "c.id", "o.client_id")
    .innerJoin("contacts as k", "k.id", "o.contact_id")
    .leftJoin("invoices as i", "i.order_id", "o.id")
    .$if(!!filters.status, (qb) => qb.where("o.status", "=", filters.status!))
    .$if(!!term, (qb) => {
      const pattern = containsPattern(term!);
      return qb.where((eb) =>
        eb.or([
          eb("c.company", "ilike", pattern),
          eb("k.name", "ilike", pattern),
          eb("k.email", "ilike", pattern),
          eb("i.number", "ilike", pattern),
        ])
      );
    });
  const { total } = await matching
    .select((eb) => eb.fn.countAll<string>().as("total"))
    .executeTakeFirstOrThrow();
  const window = pageWindow(filters.page ?? 1, Number(total), pageSize);
  const rows = await matching
    .select((eb) => [
      "o.id",
      "o.status",
      "o.total_cents",
      "o.currency",
      "o.created_at",
      "o.client_id",
      "c.company",
      "k.name as contact_name",
      "k.email as contact_email",
      "i.id as invoice_id",
      "i.number as invoice_number",
      eb.selectFrom("order_lines as l")
        .select(
          sql<string>`string_agg(l.description, ', ' order by l.description)`
            .as("items"),
        )
        .whereRef("l.order_id", "=", "o.id")
        .as("items"),
    ])
    .orderBy("o.created_at", "desc").orderBy("o.id")
    .limit(pageSize).offset(window.offset)
    .execute();
  return {
    rows: rows.map((row) => ({ ...row, items: row.items ?? "" })),
    total: Number(total),
    page: window.page,
    pageCount: window.pageCount,
    pageSize,
  };
}

/** One line of an order: a product or a package at the price it was sold for. */
export interface OrderLineRow {
  id: string;
  description: string;
  price_cents: number;
  kind: "product" | "package";
}

/** A license the order's payment calls for, and how issuing it went. */
export interface LicenseGrantRow {
  id: string;
  order_line_id: string;
  product_name: string;
  module_key: string;
  license_type: LicenseType;
  status: GrantStatus;
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date;
  issued_at: Date | null;
  /** The license on this instance; null when a remote server issued it. */
  license_id: string | null;
}

/** One recorded payment. */
export interface PaymentRow {
  id: string;
  amount_cents: number;
  currency: string;
  paid_at: Date;
  method: string;
  transaction_id: string;
  /** The staff member who recorded it; null for the provider's webhook. */
  recorded_by_name: string | null;
}

/** An invoice with what was paid on it. */
export interface InvoiceSummary {
  id: string;
  number: string;
  status: InvoiceStatus;
  total_cents: number;
  currency: string;
  issued_at: Date;
  due_at: Date;
  paid_at: Date | null;
  paid_cents: number;
  balance_cents: number;
  /** Open and past its due date. */
  overdue: boolean;
}

/** Everything the admin order page shows. */
export interface OrderDetail {
  order: {
    id: string;
    status: OrderStatus;
    total_cents: number;
    currency: string;
    locale: string;
    created_at: Date;
    paid_at: Date | null;
    cancelled_at: Date | null;
    client_id: string;
    company: string | null;
    contact_name: string;
    contact_email: string;
  };
  lines: OrderLineRow[];
  invoice: InvoiceSummary | null;
  payments: PaymentRow[];
  grants: LicenseGrantRow[];
}

/** The invoice columns lists show, with the paid sum and whether it is overdue. */
function invoiceSummaries(db: Database, now: Date) {
  return db.selectFrom("invoices as i").select((eb) => [
    "i.id",
    "i.number",
    "i.status",
    "i.total_cents",
    "i.currency",
    "i.issued_at",
    "i.due_at",
    "i.paid_at",
    eb.fn.coalesce(
      eb.selectFrom("payments as p")
        .select((p) => p.fn.sum<string>("p.amount_cents").as("paid"))
        .whereRef("p.invoice_id", "=", "i.id"),
      sql<string>`0`,
    ).as("paid_cents"),
    sql<boolean>`i.status = 'open' and i.due_at < ${now}`.as("overdue"),
  ]);
}

type InvoiceSummaryRow =
  & Omit<InvoiceSummary, "paid_cents" | "balance_cents">
  & {
    paid_cents: string | number;
  };

/** What is still owed: nothing once paid or cancelled, never below zero. */
function balanceOf(
  status: InvoiceStatus,
  totalCents: number,
  paidCents: number,
) {
  return status === "open" ? Math.max(0, totalCents - paidCents) : 0;
}

/** Sums arrive as text (bigint); adds the balance. */
function withBalance<T extends InvoiceSummaryRow>(
  row: T,
): T & { paid_cents: number; balance_cents: number } {
  const paid = Number(row.paid_cents);
  return {
    ...row,
    paid_cents: paid,
    balance_cents: balanceOf(row.status, row.total_cents, paid),
  };
}

async function listPayments(
  db: Database,
  invoiceId: string,
): Promise<PaymentRow[]> {
  return await db.selectFrom("payments as p")
    .leftJoin("staff as s", "s.id", "p.recorded_by")
    .select([
      "p.id",
      "p.amount_cents",
      "p.currency",
      "p.paid_at",
      "p.method",
      "p.transaction_id",
      "s.name as recorded_by_name",
    ])
    .where("p.invoice_id", "=", invoiceId)
    .orderBy("p.paid_at").orderBy("p.created_at").execute();
}

/** An order with its lines, invoice, payments and license grants; or NotFoundError. */
export async function getOrderDetail(
  db: Database,
  orderId: string,
  now: Date,
): Promise<OrderDetail> {
  const order = await db.selectFrom("orders as o")
    .innerJoin("clients as c", "c.id", "o.client_id")
    .innerJoin("contacts as k", "k.id", "o.contact_id")
    .select([
      "o.id",
      "o.status",
      "o.total_cents",
      "o.currency",
      "o.locale",
      "o.created_at",
      "o.paid_at",
      "o.cancelled_at",
      "o.client_id",
      "c.company",
      "k.name as contact_name",
      "k.email as contact_email",
    ])
    .where("o.id", "=", orderId).executeTakeFirst();
  if (!order) throw new NotFoundError("Unknown order.", "ORDER_NOT_FOUND");
  const [lines, invoice, grants] = await Promise.all([
    db.selectFrom("order_lines").select([
      "id",
      "description",
      "price_cents",
      sql<
        "product" | "package"
      >`case when product_id is null then 'package' else 'product' end`
        .as("kind"),
    ]).where("order_id", "=", orderId).orderBy("description").execute(),
    invoiceSummaries(db, now).where("i.order_id", "=", orderId)
      .executeTakeFirst(),
    db.selectFrom("license_grants as g")
      .innerJoin("order_lines as l", "l.id", "g.order_line_id")
      .innerJoin("products as p", "p.id", "g.product_id")
      .select([
        "g.id",
        "g.order_line_id",
        "p.name_en as product_name",
        "p.module_key",
        "g.license_type",
        "g.status",
        "g.attempts",
        "g.last_error",
        "g.next_attempt_at",
        "g.issued_at",
        "g.license_id",
      ])
      .where("l.order_id", "=", orderId)
      .orderBy("g.created_at").orderBy("p.name_en").execute(),
  ]);
  return {
    order,
    lines,
    invoice: invoice ? withBalance(invoice) : null,
    payments: invoice ? await listPayments(db, invoice.id) : [],
    grants,
  };
}

/**
 * Cancels an unpaid order and its invoice. A paid or cancelled order is
 * `ORDER_NOT_CANCELLABLE`; one with a part payment is `ORDER_HAS_PAYMENTS`
 * (the money must be settled first). The invoice is locked before the
 * order, in the order `recordPayment` locks them, so the two cannot
 * deadlock and a payment racing the cancellation sees it.
 */
export async function cancelOrder(
  db: Database,
  actor: Actor,
  orderId: string,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const invoice = await tx.selectFrom("invoices").select(["id", "number"])
      .where("order_id", "=", orderId).forUpdate().executeTakeFirst();
    const order = await tx.selectFrom("orders").select(["id", "status"])
      .where("id", "=", orderId).forUpdate().executeTakeFirst();
    if (!order) throw new NotFoundError("Unknown order.", "ORDER_NOT_FOUND");
    if (order.status !== "pending") {
      throw new ConflictError(
        "Only unpaid orders can be cancelled.",
        "ORDER_NOT_CANCELLABLE",
      );
    }
    if (invoice) {
      const payment = await tx.selectFrom("payments").select("id")
        .where("invoice_id", "=", invoice.id).limit(1).executeTakeFirst();
      if (payment) {
        throw new ConflictError(
          "The invoice has payments.",
          "ORDER_HAS_PAYMENTS",
        );
      }
      await tx.updateTable("invoices").set({ status: "cancelled" })
        .where("id", "=", invoice.id).execute();
    }
    await tx.updateTable("orders")
      .set({ status: "cancelled", cancelled_at: now })
      .where("id", "=", orderId).execute();
    await recordAudit(tx, actor, "order.cancel", "order", orderId, {
      invoice: invoice?.number ?? null,
    }, now);
  });
}

/**
 * Sends a license grant that gave up (`failed`) back to the issuing job,
 * e.g. after the license server was fixed; the caller then runs the job.
 */
export async function retryLicenseGrant(
  db: Database,
  actor: Actor,
  orderId: string,
  grantId: string,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const grant = await tx.updateTable("license_grants")
      .set({ status: "pending", attempts: 0, next_attempt_at: now })
      .where("id", "=", grantId).where("status", "=", "failed")
      .where(
        "order_line_id",
        "in",
        (eb) =>
          eb.selectFrom("order_lines").select("id")
            .where("order_id", "=", orderId),
      )
      .returning("id").executeTakeFirst();
    if (!grant) {
      throw new ConflictError("Nothing to retry.", "GRANT_NOT_FAILED");
    }
    await recordAudit(tx, actor, "license_grant.retry", "order", orderId, {
      grant: grantId,
    }, now);
  });
}

// ---------------------------------------------------------------------------
// Invoices and payments
// ---------------------------------------------------------------------------

/** The filters of the admin invoice list; all optional. */
export interface InvoiceFilters {
  status?: InvoiceListStatus;
  /** Part of the invoice number, the client's company or a contact's name or email. */
  q?: string;
  page?: number;
  pageSize?: number;
}

/** A row of the admin invoice list. */
export interface InvoiceListRow extends InvoiceSummary {
  client_id: string;
  company: string | null;
  contact_name: string;
  contact_email: string;
}

/** Invoices page by page, newest first. See `InvoiceFilters` for the search. */
export async function listInvoices(
  db: Database,
  filters: InvoiceFilters,
  now: Date,
): Promise<Paged<InvoiceListRow>> {
  const pageSize = filters.pageSize ?? INVOICES_PAGE_SIZE;
  const term = filters.q?.trim();
  const status = filters.status;
  const matching = invoiceSummaries(db, now)
    .innerJoin("orders as o", "o.id", "i.order_id")
    .innerJoin("clients as c", "c.id", "i.client_id")
    .innerJoin("contacts as k", "k.id", "o.contact_id")
    .$if(
      status === "overdue",
      (qb) => qb.where("i.status", "=", "open").where("i.due_at", "<", now),
    )
    .$if(
      !!status && status !== "overdue",
      (qb) => qb.where("i.status", "=", status as InvoiceStatus),
    )
    .$if(!!term, (qb) => {
      const pattern = containsPattern(term!);
      return qb.where((eb) =>
        eb.or([
          eb("i.number", "ilike", pattern),
          eb("c.company", "ilike", pattern),
          eb("k.name", "ilike", pattern),
          eb("k.email", "ilike", pattern),
        ])
      );
    });
  const { total } = await matching.clearSelect()
    .select((eb) => eb.fn.countAll<string>().as("total"))
    .executeTakeFirstOrThrow();
  const window = pageWindow(filters.page ?? 1, Number(total), pageSize);
  const rows = await matching
    .select([
      "i.client_id",
      "c.company",
      "k.name as contact_name",
      "k.email as contact_email",
    ])
    .orderBy("i.issued_at", "desc").orderBy("i.number", "desc")
    .limit(pageSize).offset(window.offset)
    .execute();
  return {
    rows: rows.map(withBalance),
    total: Number(total),
    page: window.page,
    pageCount: window.pageCount,
    pageSize,
  };
}

/** Everything an invoice page shows, in admin and in the portal. */
export interface InvoiceDetail {
  invoice: Invoice;
  items: Selectable<InvoiceItemsTable>[];
  payments: PaymentRow[];
  paidCents: number;
  /** What is still owed; zero once paid or cancelled. */
  balanceCents: number;
  overdue: boolean;
  order: { id: string; status: OrderStatus };
  client: {
    id: string;
    company: string | null;
    contact_name: string;
    contact_email: string;
  };
}

async function loadInvoiceDetail(
  db: Database,
  invoiceId: string,
  clientId: string | undefined,
  now: Date,
): Promise<InvoiceDetail> {
  const invoice = await db.selectFrom("invoices").selectAll()
    .where("id", "=", invoiceId)
    .$if(clientId !== undefined, (qb) => qb.where("client_id", "=", clientId!))
    .executeTakeFirst();
  if (!invoice) {
    throw new NotFoundError("Unknown invoice.", "INVOICE_NOT_FOUND");
  }
  const [items, payments, parties] = await Promise.all([
    db.selectFrom("invoice_items").selectAll()
      .where("invoice_id", "=", invoiceId).orderBy("description").execute(),
    listPayments(db, invoiceId),
    db.selectFrom("orders as o")
      .innerJoin("clients as c", "c.id", "o.client_id")
      .innerJoin("contacts as k", "k.id", "o.contact_id")
      .select([
        "o.id as order_id",
        "o.status as order_status",
        "c.id as client_id",
        "c.company",
        "k.name as contact_name",
        "k.email as contact_email",
      ])
      .where("o.id", "=", invoice.order_id).executeTakeFirstOrThrow(),
  ]);
  const paidCents = payments.reduce((sum, p) => sum + p.amount_cents, 0);
  return {
    invoice,
    items,
    payments,
    paidCents,
    balanceCents: balanceOf(invoice.status, invoice.total_cents, paidCents),
    overdue: invoice.status === "open" && invoice.due_at < now,
    order: { id: parties.order_id, status: parties.order_status },
    client: {
      id: parties.client_id,
      company: parties.company,
      contact_name: parties.contact_name,
      contact_email: parties.contact_email,
    },
  };
}

/** An invoice with its items, payments, paid sum and balance; or NotFoundError. */
export async function getInvoiceDetail(
  db: Database,
  invoiceId: string,
  now: Date,
): Promise<InvoiceDetail> {
  return await loadInvoiceDetail(db, invoiceId, undefined, now);
}

/** A payment staff enter by hand (bank transfer, cash, …). */
export interface ManualPaymentInput {
  amountCents: number;
  /** When the money arrived. */
  paidAt: Date;
  method: string;
  transactionId: string;
}

/**
 * Records a payment staff entered, in the invoice's currency, through
 * `recordPayment` (idempotent per transaction id, settles the invoice and
 * writes the license work when it is paid in full). A transaction id seen
 * before changes nothing and answers `recorded: false`; an amount above
 * what is still owed is a field error. The caller issues the licenses
 * when `invoicePaid` is newly true.
 */
export async function recordManualPayment(
  db: Database,
  actor: Actor,
  invoiceId: string,
  input: ManualPaymentInput,
  now: Date,
): Promise<{ recorded: boolean; invoicePaid: boolean }> {
  const seen = await db.selectFrom("payments").select("id")
    .where("transaction_id", "=", input.transactionId).executeTakeFirst();
  if (seen) {
    const invoice = await db.selectFrom("invoices").select("status")
      .where("id", "=", invoiceId).executeTakeFirst();
    return { recorded: false, invoicePaid: invoice?.status === "paid" };
  }
  const detail = await getInvoiceDetail(db, invoiceId, now);
  if (detail.invoice.status === "cancelled") {
    throw new ConflictError("The invoice is cancelled.", "INVOICE_CANCELLED");
  }
  if (input.amountCents > detail.balanceCents) {
    throw new ValidationError(
      { amount: "shopAdmin.payment.exceedsBalance" },
      "The amount is more than the invoice's balance.",
    );
  }
  if (input.paidAt > now) {
    throw new ValidationError(
      { paidOn: "shopAdmin.payment.futureDate" },
      "The payment date is in the future.",
    );
  }
  return await recordPayment(
    db,
    {
      invoice: invoiceId,
      amountCents: input.amountCents,
      currency: detail.invoice.currency,
      transactionId: input.transactionId,
      method: input.method,
      paidAt: input.paidAt,
    },
    actor,
    now,
  );
}

// ---------------------------------------------------------------------------
// Portal: a client's own orders and invoices
// ---------------------------------------------------------------------------

/** A client's invoices, newest first, with paid sums and balances. */
export async function listClientInvoices(
  db: Database,
  clientId: string,
  now: Date,
): Promise<InvoiceSummary[]> {
  const rows = await invoiceSummaries(db, now)
    .where("i.client_id", "=", clientId)
    .orderBy("i.issued_at", "desc").orderBy("i.number", "desc").execute();
  return rows.map(withBalance);
}

/** One of the client's invoices; another client's is NotFoundError, as unknown. */
export async function getClientInvoice(
  db: Database,
  clientId: string,
  invoiceId: string,
  now: Date,
): Promise<InvoiceDetail> {
  return await loadInvoiceDetail(db, invoiceId, clientId, now);
}

/** A row of the portal order list. */
export interface ClientOrderRow {
  id: string;
  status: OrderStatus;
  total_cents: number;
  currency: string;
  created_at: Date;
  invoice_id: string | null;
  invoice_number: string | null;
  /** What was bought, one description per line. */
  items: string[];
}

/** A client's orders, newest first, with their lines and invoice. */
export async function listClientOrders(
  db: Database,
  clientId: string,
): Promise<ClientOrderRow[]> {
  const orders = await db.selectFrom("orders as o")
    .leftJoin("invoices as i", "i.order_id", "o.id")
    .select([
      "o.id",
      "o.status",
      "o.total_cents",
      "o.currency",
      "o.created_at",
      "i.id as invoice_id",
      "i.number as invoice_number",
    ])
    .where("o.client_id", "=", clientId)
    .orderBy("o.created_at", "desc").orderBy("o.id").execute();
  const lines = orders.length
    ? await db.selectFrom("order_lines").select(["order_id", "description"])
      .where("order_id", "in", orders.map((order) => order.id))
      .orderBy("description").execute()
    : [];
  return orders.map((order) => ({
    ...order,
    items: lines.filter((line) => line.order_id === order.id)
      .map((line) => line.description),
  }));
}

// ---------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------

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
  await db.transaction().execute(async (tx) => {
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
