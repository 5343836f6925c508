/**
 * Checkout: in one transaction find or create the client and portal
 * contact, create the order and its lines, and either the invoice (with
 * the next gap-free number of the year) or, for free products and trials,
 * the license work at once; the order email is queued in the same
 * transaction.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import type { Locale, Product } from "../db/schema.ts";
import { ConflictError, ValidationError } from "../errors.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { findOffer } from "./catalog.ts";
import { orderEmail } from "./emails.tsx";
import type { ShopSettings } from "./settings.ts";

export interface CheckoutInput {
  slug: string;
  /** "buy" or, for products with trial days, "trial". */
  mode: "buy" | "trial";
  name: string;
  company?: string;
  email: string;
  address: string;
  postalCode: string;
  city: string;
  country: string;
  locale: Locale;
  /** The signed-in portal contact, who checks out without retyping. */
  contactId?: string;
}

export interface CheckoutResult {
  orderId: string;
  invoiceId: string | null;
  invoiceNumber: string | null;
  contactId: string;
}

interface ShopEnv {
  settings: ShopSettings;
  appUrl: string;
}

async function nextInvoiceNumber(
  db: Database,
  prefix: string,
  year: number,
): Promise<string> {
  const { last_number } = await db.insertInto("invoice_sequences")
    .values({ year, last_number: 1 })
    .onConflict((oc) =>
      oc.column("year").doUpdateSet({
        last_number: sql`invoice_sequences.last_number + 1`,
      })
    )
    .returning("last_number").executeTakeFirstOrThrow();
  return `${prefix}-${year}-${String(last_number).padStart(4, "0")}`;
}

async function findOrCreateContact(
  db: Database,
  input: CheckoutInput,
  now: Date,
) {
  if (input.contactId) {
    return await db.selectFrom("contacts").select([
      "id",
      "client_id",
      "name",
      "email",
      "locale",
    ])
      .where("id", "=", input.contactId).executeTakeFirstOrThrow();
  }
  const existing = await db.selectFrom("contacts").select([
    "id",
    "client_id",
    "name",
    "email",
    "locale",
  ])
    .where("email", "=", input.email).executeTakeFirst();
  if (existing) return existing;
  const client = await db.insertInto("clients").values({
    company: input.company ?? null,
    address: input.address,
    postal_code: input.postalCode,
    city: input.city,
    country: input.country,
    created_at: now,
    updated_at: now,
  }).returning("id").executeTakeFirstOrThrow();
  return await db.insertInto("contacts").values({
    client_id: client.id,
    name: input.name,
    email: input.email,
    locale: input.locale,
    is_primary: true,
    created_at: now,
    updated_at: now,
  }).returning(["id", "client_id", "name", "email", "locale"])
    .executeTakeFirstOrThrow();
}

function productName(
  product: { name_en: string; name_de: string },
  locale: Locale,
) {
  return locale === "de" ? product.name_de : product.name_en;
}

/** Places an order; see the module comment for what happens in the transaction. */
export async function checkout(
  db: Database,
  env: ShopEnv,
  input: CheckoutInput,
  now: Date,
): Promise<CheckoutResult> {
  const offer = await findOffer(db, input.slug);
  const products: Product[] = offer.kind === "product"
    ? [offer.product]
    : offer.pkg.products;
  const item = offer.kind === "product" ? offer.product : offer.pkg;
  const trial = input.mode === "trial";
  if (trial && (offer.kind !== "product" || offer.product.trial_days === 0)) {
    throw new ValidationError(
      { slug: "shop.noTrial" },
      "This product has no trial.",
    );
  }
  const price = trial ? 0 : item.price_cents;
  const tax = Math.round(price * env.settings.taxRateBasisPoints / 10000);
  return await db.transaction().execute(async (tx) => {
    const contact = await findOrCreateContact(tx, input, now);
    if (trial) {
      const earlier = await tx.selectFrom("license_grants as g")
        .innerJoin("order_lines as l", "l.id", "g.order_line_id")
        .innerJoin("orders as o", "o.id", "l.order_id")
        .select("g.id")
        .where("o.client_id", "=", contact.client_id)
        .where("g.product_id", "=", products[0].id)
        .where("g.license_type", "=", "trial")
        .executeTakeFirst();
      if (earlier) {
        throw new ConflictError("A trial was already started.", "TRIAL_USED");
      }
    }
    const order = await tx.insertInto("orders").values({
      client_id: contact.client_id,
      contact_id: contact.id,
      status: price === 0 ? "paid" : "pending",
      total_cents: price + tax,
      currency: item.currency,
      locale: input.locale,
      created_at: now,
      paid_at: price === 0 ? now : null,
    }).returning("id").executeTakeFirstOrThrow();
    const description = productName(item, input.locale);
    const line = await tx.insertInto("order_lines").values({
      order_id: order.id,
      product_id: offer.kind === "product" ? offer.product.id : null,
      package_id: offer.kind === "package" ? offer.pkg.id : null,
      description,
      price_cents: price,
    }).returning("id").executeTakeFirstOrThrow();

    let invoice: { id: string; number: string } | null = null;
    if (price === 0) {
      await tx.insertInto("license_grants").values(products.map((product) => ({
        order_line_id: line.id,
        product_id: product.id,
        license_type: trial ? "trial" as const : "full" as const,
        next_attempt_at: now,
        created_at: now,
      }))).execute();
    } else {
      const { settings } = env;
      const number = await nextInvoiceNumber(
        tx,
        settings.invoicePrefix,
        now.getUTCFullYear(),
      );
      invoice = await tx.insertInto("invoices").values({
        number,
        order_id: order.id,
        client_id: contact.client_id,
        status: "open",
        subtotal_cents: price,
        tax_rate_basis_points: settings.taxRateBasisPoints,
        tax_cents: tax,
        total_cents: price + tax,
        currency: item.currency,
        billing_address: [
          input.name,
          input.company,
          input.address,
          `${input.postalCode} ${input.city}`,
          input.country,
        ]
          .filter(Boolean).join("\n"),
        bank_details: settings.bankDetails,
        issued_at: now,
        due_at: new Date(
          now.getTime() + settings.paymentTermDays * 24 * 3600_000,
        ),
      }).returning(["id", "number"]).executeTakeFirstOrThrow();
      await tx.insertInto("invoice_items").values({
        invoice_id: invoice.id,
        description,
        unit_price_cents: price,
        total_cents: price,
      }).execute();
    }
    await enqueueEmail(
      tx,
      `order:${order.id}`,
      orderEmail({
        to: contact.email,
        name: contact.name,
        locale: input.locale,
        item: description,
        invoiceNumber: invoice?.number ?? null,
        portalUrl: invoice
          ? `${env.appUrl}/clients/invoices/${invoice.id}`
          : `${env.appUrl}/clients/licenses`,
        trial,
      }),
    );
    return {
      orderId: order.id,
      invoiceId: invoice?.id ?? null,
      invoiceNumber: invoice?.number ?? null,
      contactId: contact.id,
    };
  });
}
