/**
 * Invoices and their payments: the summary columns every invoice list
 * shows (paid sum, balance, overdue), the admin list and detail, and the
 * payments staff record by hand.
 */
import { type Selectable, sql } from "kysely";
import type { Database } from "../db/database.ts";
import type {
  Invoice,
  InvoiceItemsTable,
  InvoiceStatus,
  OrderStatus,
} from "../db/schema.ts";
import type { Actor } from "../audit.ts";
import {
  creditedCentsSql,
  type CreditNoteRequest,
  type CreditNoteSummary,
  issueCreditNote,
  type IssuedCreditNote,
  listCreditNotes,
} from "../billing/credit_notes.ts";
import { sellerLogoVersion } from "../billing/logo.ts";
import { containsPattern, type Paged, pageWindow } from "../db/paging.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { recordPayment, settleInvoice } from "./payments.ts";
import { inTransaction } from "../db/transaction.ts";
import { raise } from "../db/after_commit.ts";
import { LICENSES_DUE } from "./issuing.ts";

export const INVOICES_PAGE_SIZE = 25;

/** Invoice states in lists: `overdue` is an open invoice past its due date. */
export type InvoiceListStatus = InvoiceStatus | "overdue";
export const INVOICE_LIST_STATUSES: readonly InvoiceListStatus[] = [
  "open",
  "overdue",
  "paid",
  "cancelled",
];

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
  /** What its credit notes took off, gross (positive). */
  credited_cents: number;
  balance_cents: number;
  /** Open and past its due date. */
  overdue: boolean;
}

/** The invoice columns lists show, with the paid sum and whether it is overdue. */
export function invoiceSummaries(db: Database, now: Date) {
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
    creditedCentsSql("i.id").as("credited_cents"),
    sql<boolean>`i.status = 'open' and i.due_at < ${now}`.as("overdue"),
  ]);
}

type InvoiceSummaryRow =
  & Omit<InvoiceSummary, "paid_cents" | "credited_cents" | "balance_cents">
  & {
    paid_cents: string | number;
    credited_cents: string | number;
  };

/**
 * What is still owed: the total less what credit notes took off and what
 * was paid; nothing once paid or cancelled, never below zero.
 */
export function balanceOf(
  status: InvoiceStatus,
  totalCents: number,
  creditedCents: number,
  paidCents: number,
): number {
  return status === "open"
    ? Math.max(0, totalCents - creditedCents - paidCents)
    : 0;
}

/** Sums arrive as text (bigint); adds the balance. */
export function withBalance<T extends InvoiceSummaryRow>(
  row: T,
): T & { paid_cents: number; credited_cents: number; balance_cents: number } {
  const paid = Number(row.paid_cents);
  const credited = Number(row.credited_cents);
  return {
    ...row,
    paid_cents: paid,
    credited_cents: credited,
    balance_cents: balanceOf(row.status, row.total_cents, credited, paid),
  };
}

/** The payments on one invoice, in the order they arrived. */
export async function listPayments(
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
  /** The credit notes correcting it, oldest first. */
  creditNotes: CreditNoteSummary[];
  /** The seller logo's version (its URL's `?v=`), null without one. */
  logoVersion: number | null;
  paidCents: number;
  /** What its credit notes took off, gross (positive). */
  creditedCents: number;
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

/**
 * One invoice's detail; with `clientId`, only if it is that client's (the
 * portal's scope), so another client's invoice is as unknown.
 */
export async function loadInvoiceDetail(
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
  const [items, payments, creditNotes, logoVersion, parties] = await Promise
    .all([
      db.selectFrom("invoice_items").selectAll()
        .where("invoice_id", "=", invoiceId).orderBy("description").execute(),
      listPayments(db, invoiceId),
      listCreditNotes(db, invoiceId),
      sellerLogoVersion(db),
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
  const creditedCents = -creditNotes.reduce((sum, c) => sum + c.total_cents, 0);
  return {
    invoice,
    items,
    payments,
    creditNotes,
    logoVersion,
    paidCents,
    creditedCents,
    balanceCents: balanceOf(
      invoice.status,
      invoice.total_cents,
      creditedCents,
      paidCents,
    ),
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
  /** The bank's or provider's reference; one is generated when empty. */
  transactionId?: string;
}

/** What recording a manual payment will do, for the confirmation step. */
export interface ManualPaymentPreview {
  detail: InvoiceDetail;
  /** The payment pays the invoice in full: the license keys are issued. */
  settles: boolean;
  /** What stays open afterwards. */
  balanceAfterCents: number;
}

/** A reference for a payment staff recorded without one, e.g. `MANUAL-20270401-3F9A1C2B`. */
export function generatedPaymentReference(now: Date): string {
  const day = now.toISOString().slice(0, 10).replaceAll("-", "");
  const random = crypto.randomUUID().replaceAll("-", "").slice(0, 8);
  return `MANUAL-${day}-${random.toUpperCase()}`;
}

/**
 * Checks a manual payment without recording it: the invoice must be open,
 * the amount at most what is still owed, the date not in the future.
 * Refusals are the errors `recordManualPayment` would throw.
 */
export async function previewManualPayment(
  db: Database,
  invoiceId: string,
  input: ManualPaymentInput,
  now: Date,
): Promise<ManualPaymentPreview> {
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
  const balanceAfterCents = detail.balanceCents - input.amountCents;
  return { detail, settles: balanceAfterCents === 0, balanceAfterCents };
}

/**
 * Records a payment staff entered, in the invoice's currency, through
 * `recordPayment` (idempotent per transaction id, settles the invoice and
 * writes the license work when it is paid in full, queues the buyer's
 * receipt). A transaction id seen before changes nothing and answers
 * `recorded: false`; without one, a reference is generated. A payment
 * that leaves the invoice paid has its licenses issued after the commit.
 */
export async function recordManualPayment(
  db: Database,
  actor: Actor,
  invoiceId: string,
  input: ManualPaymentInput,
  now: Date,
): Promise<{ recorded: boolean; invoicePaid: boolean; transactionId: string }> {
  const transactionId = input.transactionId || generatedPaymentReference(now);
  const seen = await db.selectFrom("payments").select("id")
    .where("transaction_id", "=", transactionId).executeTakeFirst();
  if (seen) {
    const invoice = await db.selectFrom("invoices").select("status")
      .where("id", "=", invoiceId).executeTakeFirst();
    return {
      recorded: false,
      invoicePaid: invoice?.status === "paid",
      transactionId,
    };
  }
  const { detail } = await previewManualPayment(db, invoiceId, input, now);
  const result = await recordPayment(
    db,
    {
      invoice: invoiceId,
      amountCents: input.amountCents,
      currency: detail.invoice.currency,
      transactionId,
      method: input.method,
      paidAt: input.paidAt,
    },
    actor,
    now,
  );
  // Committed already (or, in a caller's transaction, once that commits).
  if (result.recorded && result.invoicePaid) await raise(db, LICENSES_DUE);
  return { ...result, transactionId };
}

/**
 * Corrects an open invoice by a credit note (`issueCreditNote`), for
 * staff: part of a line or whole lines, never more than is still owed
 * after payments (what goes back to the buyer is a refund of a paid
 * order), and not everything (that is cancelling the order). A credit
 * note that leaves nothing owed because part payments cover the rest
 * settles the invoice: it is paid, and its licenses are issued after
 * the commit (`LICENSES_DUE`). Refused with nothing written: an invoice that is not
 * open (`ConflictError` `INVOICE_NOT_OPEN`), and the credit note's own
 * refusals (`ValidationError` on `lines` or `reason`).
 */
export async function creditOpenInvoice(
  db: Database,
  actor: Actor,
  request: CreditNoteRequest,
  now: Date,
): Promise<{ creditNote: IssuedCreditNote; settled: boolean }> {
  return await inTransaction(db, async (tx) => {
    const invoice = await tx.selectFrom("invoices")
      .select(["id", "order_id", "status", "total_cents"])
      .where("id", "=", request.invoiceId).forUpdate().executeTakeFirst();
    if (!invoice) {
      throw new NotFoundError("Unknown invoice.", "INVOICE_NOT_FOUND");
    }
    if (invoice.status !== "open") {
      throw new ConflictError(
        "Only an open invoice is corrected here; a paid one by a refund.",
        "INVOICE_NOT_OPEN",
      );
    }
    const creditNote = await issueCreditNote(tx, actor, request, now);
    if (creditNote.invoiceFullyCredited) {
      throw new ValidationError(
        { lines: "billing.creditNote.useCancel" },
        "Crediting everything is cancelling the order.",
      );
    }
    const { paid, credited } = await tx.selectFrom("invoices as i")
      .select((eb) => [
        eb.fn.coalesce(
          eb.selectFrom("payments as p")
            .select((p) => p.fn.sum<string>("p.amount_cents").as("paid"))
            .whereRef("p.invoice_id", "=", "i.id"),
          sql<string>`0`,
        ).as("paid"),
        creditedCentsSql("i.id").as("credited"),
      ])
      .where("i.id", "=", invoice.id).executeTakeFirstOrThrow();
    const owed = invoice.total_cents - Number(credited) - Number(paid);
    if (owed < 0) {
      throw new ValidationError(
        { lines: "billing.creditNote.exceedsBalance" },
        "This is more than is still owed on the invoice.",
      );
    }
    if (owed === 0) {
      await settleInvoice(tx, invoice, now);
      await raise(tx, LICENSES_DUE);
    }
    return { creditNote, settled: owed === 0 };
  });
}
