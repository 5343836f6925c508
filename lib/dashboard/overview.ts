/**
 * What the admin dashboard shows, one query per part: bookings waiting
 * for a decision, open and overdue invoices, trials about to end, new
 * clients, and the last weeks' revenue and bookings as weekly series.
 * Weeks start on Monday in the business time zone; every function takes
 * the clock, so a test asks "as of" any instant.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { dateIn } from "../wall_clock.ts";

/** One week of a series: its Monday (ISO date) and the week's value. */
export interface WeekPoint {
  weekStart: string;
  value: number;
}

/** The Mondays of the `weeks` weeks up to and including this one. */
export function weekStarts(
  now: Date,
  timeZone: string,
  weeks: number,
): Temporal.PlainDate[] {
  const today = dateIn(now, timeZone);
  const monday = today.subtract({ days: today.dayOfWeek - 1 });
  return Array.from(
    { length: weeks },
    (_, i) => monday.subtract({ weeks: weeks - 1 - i }),
  );
}

function firstInstant(day: Temporal.PlainDate, timeZone: string): Date {
  return new Date(day.toZonedDateTime({ timeZone }).epochMilliseconds);
}

/** Fills the weeks without rows with zero, in week order. */
function series(
  starts: Temporal.PlainDate[],
  rows: { week: string; value: string | number }[],
): WeekPoint[] {
  const byWeek = new Map(rows.map((row) => [row.week, Number(row.value)]));
  return starts.map((start) => ({
    weekStart: start.toString(),
    value: byWeek.get(start.toString()) ?? 0,
  }));
}

/** The week (its Monday, as text) of a timestamp column, in `timeZone`. */
const weekOf = (column: string, timeZone: string) =>
  sql<string>`to_char(date_trunc('week', ${
    sql.ref(column)
  } at time zone ${timeZone}), 'YYYY-MM-DD')`;

/** Payments received per week in `currency` (refunds are not subtracted). */
export async function weeklyRevenue(
  db: Database,
  query: { timeZone: string; currency: string; weeks: number },
  now: Date,
): Promise<WeekPoint[]> {
  const starts = weekStarts(now, query.timeZone, query.weeks);
  const rows = await db.selectFrom("payments as p")
    .select((eb) => [
      weekOf("p.paid_at", query.timeZone).as("week"),
      eb.fn.sum<string>("p.amount_cents").as("value"),
    ])
    .where("p.currency", "=", query.currency)
    .where("p.paid_at", ">=", firstInstant(starts[0], query.timeZone))
    .where("p.paid_at", "<=", now)
    .groupBy("week").execute();
  return series(starts, rows);
}

/** Bookings (not cancelled) per week of their start. */
export async function weeklyBookings(
  db: Database,
  query: { timeZone: string; weeks: number },
  now: Date,
): Promise<WeekPoint[]> {
  const starts = weekStarts(now, query.timeZone, query.weeks);
  const end = firstInstant(
    starts.at(-1)!.add({ weeks: 1 }),
    query.timeZone,
  );
  const rows = await db.selectFrom("bookings as b")
    .select((eb) => [
      weekOf("b.starts_at", query.timeZone).as("week"),
      eb.fn.countAll<string>().as("value"),
    ])
    .where("b.status", "<>", "cancelled")
    .where("b.starts_at", ">=", firstInstant(starts[0], query.timeZone))
    .where("b.starts_at", "<", end)
    .groupBy("week").execute();
  return series(starts, rows);
}

/** How the appointments that began in the last weeks went, as staff recorded it. */
export async function bookingOutcomes(
  db: Database,
  query: { timeZone: string; weeks: number },
  now: Date,
): Promise<{ completed: number; noShow: number }> {
  const starts = weekStarts(now, query.timeZone, query.weeks);
  const rows = await db.selectFrom("bookings as b")
    .select((eb) => ["b.status", eb.fn.countAll<string>().as("count")])
    .where("b.status", "in", ["completed", "no_show"])
    .where("b.starts_at", ">=", firstInstant(starts[0], query.timeZone))
    .where("b.starts_at", "<=", now)
    .groupBy("b.status").execute();
  const count = (status: string) =>
    Number(rows.find((row) => row.status === status)?.count ?? 0);
  return { completed: count("completed"), noShow: count("no_show") };
}

/** A booking waiting for staff to confirm or decline it. */
export interface PendingBooking {
  id: string;
  startsAt: Date;
  name: string;
  serviceNameEn: string;
  serviceNameDe: string;
  staffName: string;
}

/** Pending bookings still ahead, soonest first, and how many there are. */
export async function listPendingBookings(
  db: Database,
  now: Date,
  limit = 5,
): Promise<{ rows: PendingBooking[]; total: number }> {
  const pending = db.selectFrom("bookings as b")
    .where("b.status", "=", "pending").where("b.starts_at", ">", now);
  const [rows, { total }] = await Promise.all([
    pending
      .innerJoin("services as s", "s.id", "b.service_id")
      .innerJoin("staff as st", "st.id", "b.staff_id")
      .select([
        "b.id",
        "b.starts_at as startsAt",
        "b.name",
        "s.name_en as serviceNameEn",
        "s.name_de as serviceNameDe",
        "st.name as staffName",
      ])
      .orderBy("b.starts_at").orderBy("b.id").limit(limit).execute(),
    pending.select((eb) => eb.fn.countAll<string>().as("total"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total) };
}

/** Open invoices: how many and how much is owed, and of those the overdue. */
export interface OpenInvoiceTotals {
  currency: string;
  open: { count: number; balanceCents: number };
  overdue: { count: number; balanceCents: number };
}

/** Open invoice balances in `currency`, overdue ones (due before `now`) apart. */
export async function openInvoiceTotals(
  db: Database,
  currency: string,
  now: Date,
): Promise<OpenInvoiceTotals> {
  const balances = db.selectFrom("invoices as i")
    .select((eb) => [
      "i.due_at",
      sql<string>`greatest(0, i.total_cents - ${
        eb.fn.coalesce(
          eb.selectFrom("payments as p")
            .select((p) => p.fn.sum<string>("p.amount_cents").as("paid"))
            .whereRef("p.invoice_id", "=", "i.id"),
          sql<string>`0`,
        )
      })`.as("balance"),
    ])
    .where("i.status", "=", "open").where("i.currency", "=", currency)
    .as("open_invoices");
  const row = await db.selectFrom(balances)
    .select([
      sql<string>`count(*)`.as("open_count"),
      sql<string>`coalesce(sum(balance), 0)`.as("open_balance"),
      sql<string>`count(*) filter (where due_at < ${now})`.as("overdue_count"),
      sql<string>`coalesce(sum(balance) filter (where due_at < ${now}), 0)`
        .as("overdue_balance"),
    ])
    .executeTakeFirstOrThrow();
  return {
    currency,
    open: {
      count: Number(row.open_count),
      balanceCents: Number(row.open_balance),
    },
    overdue: {
      count: Number(row.overdue_count),
      balanceCents: Number(row.overdue_balance),
    },
  };
}

/** A trial license that ends soon. */
export interface EndingTrial {
  licenseId: string;
  /** The product's name, when a product sells the license's module. */
  productNameEn: string | null;
  productNameDe: string | null;
  product: string;
  holder: string;
  clientId: string | null;
  expiresAt: Date;
}

/** Active trials that end within `days` days of `now`, soonest first. */
export async function listTrialsEnding(
  db: Database,
  now: Date,
  days = 7,
): Promise<EndingTrial[]> {
  const until = new Date(now.getTime() + days * 24 * 3600_000);
  const rows = await db.selectFrom("licenses as l")
    .select([
      "l.id",
      "l.product",
      "l.email",
      "l.name",
      "l.client_id",
      "l.expires_at",
      sql<string | null>`(select name_en from products p
        where p.module_key = l.product order by p.position limit 1)`
        .as("name_en"),
      sql<string | null>`(select name_de from products p
        where p.module_key = l.product order by p.position limit 1)`
        .as("name_de"),
    ])
    .where("l.type", "=", "trial").where("l.status", "=", "active")
    .where("l.expires_at", ">", now).where("l.expires_at", "<=", until)
    .orderBy("l.expires_at").orderBy("l.id").limit(10).execute();
  return rows.map((row) => ({
    licenseId: row.id,
    productNameEn: row.name_en,
    productNameDe: row.name_de,
    product: row.product,
    holder: row.name ?? row.email,
    clientId: row.client_id,
    expiresAt: row.expires_at!,
  }));
}

/** A client added lately. */
export interface NewClient {
  id: string;
  /** The company, else the primary contact's name. */
  name: string;
  createdAt: Date;
}

/** The clients added in the last `days` days, newest first. */
export async function listNewClients(
  db: Database,
  now: Date,
  { days = 30, limit = 5 } = {},
): Promise<NewClient[]> {
  const since = new Date(now.getTime() - days * 24 * 3600_000);
  const rows = await db.selectFrom("clients as cl")
    .select([
      "cl.id",
      "cl.created_at",
      sql<string>`coalesce(cl.company, (select c.name from contacts c
        where c.client_id = cl.id order by c.is_primary desc, c.created_at
        limit 1), '')`.as("name"),
    ])
    .where("cl.created_at", ">=", since)
    .orderBy("cl.created_at", "desc").orderBy("cl.id").limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
  }));
}
