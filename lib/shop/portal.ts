/** What the portal shows of a client's purchases beyond the local license list. */
import type { Database } from "../db/database.ts";
import type { Keyring } from "../crypto.ts";
import type { LicenseType } from "../db/schema.ts";

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
