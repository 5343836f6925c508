/**
 * Everything a client has with the business, for the client's admin
 * page: their latest orders, invoices, bookings and licenses, and each
 * contact's portal activity. Reads only; each list is the most recent few,
 * with the full lists a link away.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import type {
  BookingStatus,
  InvoiceStatus,
  LicenseType,
  OrderStatus,
} from "../db/schema.ts";

const LIMIT = 10;

export interface ClientOverview {
  orders: {
    id: string;
    status: OrderStatus;
    totalCents: number;
    currency: string;
    createdAt: Date;
  }[];
  invoices: {
    id: string;
    number: string;
    status: InvoiceStatus;
    overdue: boolean;
    totalCents: number;
    currency: string;
    issuedAt: Date;
  }[];
  bookings: {
    id: string;
    status: BookingStatus;
    startsAt: Date;
    serviceNameEn: string;
    serviceNameDe: string;
    staffName: string;
  }[];
  licenses: {
    id: string;
    product: string;
    productNameEn: string | null;
    productNameDe: string | null;
    type: LicenseType;
    status: "active" | "revoked" | "expired";
    expiresAt: Date | null;
    domain: string | null;
  }[];
  activity: {
    contactId: string;
    name: string;
    sessions: number;
    lastSeenAt: Date | null;
  }[];
}

/** The client's latest orders, invoices, bookings, licenses and activity. */
export async function getClientOverview(
  db: Database,
  clientId: string,
  now: Date,
): Promise<ClientOverview> {
  const [orders, invoices, bookings, licenses, activity] = await Promise.all([
    db.selectFrom("orders").select([
      "id",
      "status",
      "total_cents as totalCents",
      "currency",
      "created_at as createdAt",
    ]).where("client_id", "=", clientId)
      .orderBy("created_at", "desc").orderBy("id").limit(LIMIT).execute(),
    db.selectFrom("invoices").select([
      "id",
      "number",
      "status",
      sql<boolean>`status = 'open' and due_at < ${now}`.as("overdue"),
      "total_cents as totalCents",
      "currency",
      "issued_at as issuedAt",
    ]).where("client_id", "=", clientId)
      .orderBy("issued_at", "desc").orderBy("id").limit(LIMIT).execute(),
    db.selectFrom("bookings as b")
      .innerJoin("contacts as c", "c.id", "b.contact_id")
      .innerJoin("services as s", "s.id", "b.service_id")
      .innerJoin("staff as st", "st.id", "b.staff_id")
      .select([
        "b.id",
        "b.status",
        "b.starts_at as startsAt",
        "s.name_en as serviceNameEn",
        "s.name_de as serviceNameDe",
        "st.name as staffName",
      ])
      .where("c.client_id", "=", clientId)
      .orderBy("b.starts_at", "desc").orderBy("b.id").limit(LIMIT).execute(),
    db.selectFrom("licenses as l")
      .leftJoin(
        "license_activations as a",
        (join) =>
          join.onRef("a.license_id", "=", "l.id")
            .on("a.deactivated_at", "is", null),
      )
      .select([
        "l.id",
        "l.product",
        "l.type",
        "l.status",
        "l.expires_at as expiresAt",
        "a.domain",
        sql<string | null>`(select name_en from products p
          where p.module_key = l.product order by p.position limit 1)`
          .as("productNameEn"),
        sql<string | null>`(select name_de from products p
          where p.module_key = l.product order by p.position limit 1)`
          .as("productNameDe"),
      ])
      .where("l.client_id", "=", clientId)
      .orderBy("l.created_at", "desc").orderBy("l.id").limit(LIMIT).execute(),
    db.selectFrom("contacts as c")
      .leftJoin("activity_sessions as s", "s.contact_id", "c.id")
      .select((eb) => [
        "c.id as contactId",
        "c.name",
        eb.fn.count<string>("s.id").as("sessions"),
        eb.fn.max("s.last_seen_at").as("lastSeenAt"),
      ])
      .where("c.client_id", "=", clientId)
      .groupBy(["c.id", "c.name"]).orderBy("c.name").execute(),
  ]);
  return {
    orders,
    invoices,
    bookings,
    licenses: licenses.map((license) => ({
      ...license,
      status: license.status === "revoked"
        ? "revoked"
        : license.expiresAt && license.expiresAt <= now
        ? "expired"
        : "active",
    })),
    activity: activity.map((row) => ({
      contactId: row.contactId,
      name: row.name,
      sessions: Number(row.sessions),
      lastSeenAt: row.lastSeenAt ?? null,
    })),
  };
}

/** What a portal client sees first: their next appointment, licenses, open invoices. */
export interface PortalOverview {
  nextBooking: ClientOverview["bookings"][number] | null;
  licenses: ClientOverview["licenses"];
  openInvoices: (ClientOverview["invoices"][number] & { dueAt: Date })[];
}

/**
 * The portal start page's summary for a signed-in contact: their own next
 * booking, and their client's licenses and unpaid invoices.
 */
export async function getPortalOverview(
  db: Database,
  who: { clientId: string; contactId: string },
  now: Date,
): Promise<PortalOverview> {
  const [overview, next, open] = await Promise.all([
    getClientOverview(db, who.clientId, now),
    db.selectFrom("bookings as b")
      .innerJoin("services as s", "s.id", "b.service_id")
      .innerJoin("staff as st", "st.id", "b.staff_id")
      .select([
        "b.id",
        "b.status",
        "b.starts_at as startsAt",
        "s.name_en as serviceNameEn",
        "s.name_de as serviceNameDe",
        "st.name as staffName",
      ])
      .where("b.contact_id", "=", who.contactId)
      .where("b.status", "in", ["pending", "confirmed"])
      .where("b.starts_at", ">", now)
      .orderBy("b.starts_at").limit(1).executeTakeFirst(),
    db.selectFrom("invoices").select([
      "id",
      "number",
      "status",
      sql<boolean>`due_at < ${now}`.as("overdue"),
      "total_cents as totalCents",
      "currency",
      "issued_at as issuedAt",
      "due_at as dueAt",
    ]).where("client_id", "=", who.clientId).where("status", "=", "open")
      .orderBy("due_at").orderBy("id").limit(LIMIT).execute(),
  ]);
  return {
    nextBooking: next ?? null,
    licenses: overview.licenses.filter((license) =>
      license.status === "active"
    ),
    openInvoices: open,
  };
}
