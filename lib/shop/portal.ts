/**
 * A client's own purchases as the portal shows them: orders, invoices and
 * the keys a remote license server issued. Every query is scoped to the
 * client.
 */
import type { Database } from "../db/database.ts";
import type { Keyring } from "../crypto.ts";
import type { LicenseType, OrderStatus } from "../db/schema.ts";
import {
  type InvoiceDetail,
  invoiceSummaries,
  type InvoiceSummary,
  loadInvoiceDetail,
  withBalance,
} from "./invoices.ts";

export interface RemoteKey {
  id: string;
  productEn: string;
  productDe: string;
  type: LicenseType;
  key: string;
  issuedAt: Date;
}

/**
 * Keys the client bought here that a remote license server issued: this
 * instance keeps only their sealed copy (local ones are in `licenses`).
 */
export async function listRemotelyIssuedKeys(
  db: Database,
  keys: Keyring,
  clientId: string,
): Promise<RemoteKey[]> {
  const rows = await db.selectFrom("license_grants as g")
    .innerJoin("order_lines as l", "l.id", "g.order_line_id")
    .innerJoin("orders as o", "o.id", "l.order_id")
    .innerJoin("products as p", "p.id", "g.product_id")
    .select([
      "g.id",
      "g.license_type",
      "g.issued_at",
      "g.license_key_sealed",
      "p.name_en",
      "p.name_de",
    ])
    .where("o.client_id", "=", clientId)
    .where("g.status", "=", "issued")
    .where("g.license_id", "is", null)
    .orderBy("g.issued_at", "desc")
    .execute();
  return await Promise.all(rows.map(async (row) => ({
    id: row.id,
    productEn: row.name_en,
    productDe: row.name_de,
    type: row.license_type,
    key: await keys.decrypt("license-keys", row.license_key_sealed!),
    issuedAt: row.issued_at!,
  })));
}

/** The client's billing details, to fill the checkout form for a signed-in contact. */
export async function clientBillingValues(
  db: Database,
  clientId: string,
): Promise<Record<string, string>> {
  const client = await db.selectFrom("clients")
    .select([
      "company",
      "vat_number",
      "address",
      "postal_code",
      "city",
      "country",
    ])
    .where("id", "=", clientId).executeTakeFirst();
  if (!client) return {};
  const entries = Object.entries({
    company: client.company,
    vat_id: client.vat_number,
    address: client.address,
    postal_code: client.postal_code,
    city: client.city,
    country: client.country,
  }).filter(([, value]) => value);
  return Object.fromEntries(entries) as Record<string, string>;
}

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
