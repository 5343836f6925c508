/**
 * Orders as staff see them: the list, one order with its lines, invoice,
 * payments and license grants, cancelling, and retrying a grant that gave
 * up. Every change is one transaction with its audit entry.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import type {
  BuyerKind,
  GrantStatus,
  LicenseType,
  OrderStatus,
} from "../db/schema.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { inTransaction } from "../db/transaction.ts";
import { raise } from "../db/after_commit.ts";
import { LICENSES_DUE } from "./issuing.ts";
import { containsPattern, type Paged, pageWindow } from "../db/paging.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { issueCreditNote } from "../billing/credit_notes.ts";
import { t } from "../i18n/mod.ts";
import {
  invoiceSummaries,
  type InvoiceSummary,
  listPayments,
  type PaymentRow,
  withBalance,
} from "./invoices.ts";

export const ORDERS_PAGE_SIZE = 25;

export const ORDER_STATUSES: readonly OrderStatus[] = [
  "pending",
  "paid",
  "cancelled",
  "refunded",
];

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
  /** Refunded (lib/shop/refunds.ts): its licenses are revoked. */
  refunded: boolean;
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
    refunded_at: Date | null;
    buyer_kind: BuyerKind | null;
    /** When a consumer agreed that delivery starts at once (§356 (5) BGB). */
    withdrawal_consent_at: Date | null;
    withdrawal_consent_version: string | null;
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
      "o.refunded_at",
      "o.buyer_kind",
      "o.withdrawal_consent_at",
      "o.withdrawal_consent_version",
      "o.client_id",
      "c.company",
      "k.name as contact_name",
      "k.email as contact_email",
    ])
    .where("o.id", "=", orderId).executeTakeFirst();
  if (!order) throw new NotFoundError("Unknown order.", "ORDER_NOT_FOUND");
  const [lines, invoice, grants] = await Promise.all([
    db.selectFrom("order_lines as l").select([
      "l.id",
      "l.description",
      "l.price_cents",
      sql<
        "product" | "package"
      >`case when l.product_id is null then 'package' else 'product' end`
        .as("kind"),
      sql<boolean>`exists (select 1 from refund_lines r
        where r.order_line_id = l.id)`.as("refunded"),
    ]).where("l.order_id", "=", orderId).orderBy("l.description").execute(),
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
 * Cancels an unpaid order; its invoice is cancelled by a credit note for
 * everything still uncredited (issued and mailed to the buyer in the same
 * transaction, `issueCreditNote`). A paid or cancelled order is
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
  await inTransaction(db, async (tx) => {
    let creditNote: string | null = null;
    const invoice = await tx.selectFrom("invoices")
      .select(["id", "number", "status", "locale"])
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
      if (invoice.status === "open") {
        creditNote = (await issueCreditNote(tx, actor, {
          invoiceId: invoice.id,
          reason: t(invoice.locale, "billing.creditNote.reason.orderCancelled"),
        }, now)).number;
      }
    }
    await tx.updateTable("orders")
      .set({ status: "cancelled", cancelled_at: now })
      .where("id", "=", orderId).execute();
    await recordAudit(tx, actor, "order.cancel", "order", orderId, {
      invoice: invoice?.number ?? null,
      creditNote,
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
  await inTransaction(db, async (tx) => {
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
    await raise(tx, LICENSES_DUE);
  });
}
