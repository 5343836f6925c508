/**
 * Payments: recorded once per provider transaction id; partial payments
 * add up; what credit notes took off is not owed; the payment that
 * settles the invoice marks the order paid and,
 * in the same transaction, writes one license grant per product of each
 * line — the issuing job's work — so neither a repeated notification nor
 * a crash right after the commit can lose or double a license. Each
 * recorded payment queues its receipt to the buyer in the same
 * transaction.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { creditedCentsSql } from "../billing/credit_notes.ts";
import { inTransaction } from "../db/transaction.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { recordAudit } from "../audit.ts";
import type { Actor } from "../audit.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { paymentReceiptEmail } from "./payment_emails.tsx";
import { queueWebhookEvent } from "../webhooks/events.ts";

export interface PaymentInput {
  /** Invoice id or number. */
  invoice: string;
  amountCents: number;
  currency: string;
  transactionId: string;
  method: string;
  paidAt: Date;
}

export interface PaymentResult {
  /** False when this transaction id was recorded before (nothing changed). */
  recorded: boolean;
  invoicePaid: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Records a payment; see the module comment. */
export async function recordPayment(
  db: Database,
  input: PaymentInput,
  actor: Actor,
  now: Date,
): Promise<PaymentResult> {
  return await inTransaction(db, async (tx) => {
    const invoice = await tx.selectFrom("invoices").selectAll()
      .where(UUID.test(input.invoice) ? "id" : "number", "=", input.invoice)
      .forUpdate().executeTakeFirst();
    if (!invoice) {
      throw new NotFoundError("Unknown invoice.", "INVOICE_NOT_FOUND");
    }
    const inserted = await tx.insertInto("payments").values({
      invoice_id: invoice.id,
      amount_cents: input.amountCents,
      currency: input.currency,
      paid_at: input.paidAt,
      method: input.method,
      transaction_id: input.transactionId,
      recorded_by: actor.type === "staff" ? actor.id ?? null : null,
      created_at: now,
    }).onConflict((oc) => oc.column("transaction_id").doNothing()).returning(
      "id",
    ).executeTakeFirst();
    if (!inserted) {
      return { recorded: false, invoicePaid: invoice.status === "paid" };
    }
    if (invoice.status === "cancelled") {
      throw new ConflictError("The invoice is cancelled.", "INVOICE_CANCELLED");
    }
    if (input.currency !== invoice.currency) {
      throw new ValidationError(
        { currency: "form.invalid" },
        "The currency does not match the invoice.",
      );
    }
    const { paid, credited } = await tx.selectFrom("invoices as i")
      .select((eb) => [
        eb.selectFrom("payments as p")
          .select((p) => p.fn.sum<string>("p.amount_cents").as("paid"))
          .whereRef("p.invoice_id", "=", "i.id").as("paid"),
        creditedCentsSql("i.id").as("credited"),
      ])
      .where("i.id", "=", invoice.id).executeTakeFirstOrThrow();
    // What credit notes took off is no longer owed.
    const due = invoice.total_cents - Number(credited);
    await recordAudit(tx, actor, "payment.record", "invoice", invoice.id, {
      amount_cents: input.amountCents,
      transaction_id: input.transactionId,
    }, now);
    const buyer = await tx.selectFrom("orders as o")
      .innerJoin("contacts as k", "k.id", "o.contact_id")
      .select(["k.email", "k.name", "o.locale"])
      .where("o.id", "=", invoice.order_id).executeTakeFirstOrThrow();
    await enqueueEmail(
      tx,
      `payment-receipt:${inserted.id}`,
      paymentReceiptEmail({
        to: buyer.email,
        name: buyer.name,
        locale: buyer.locale,
        invoiceNumber: invoice.number,
        amountCents: input.amountCents,
        currency: invoice.currency,
        paidAt: input.paidAt,
        reference: input.transactionId,
        balanceCents: Math.max(0, due - Number(paid)),
      }),
    );
    if (invoice.status === "paid" || Number(paid) < due) {
      return { recorded: true, invoicePaid: invoice.status === "paid" };
    }
    await settleInvoice(tx, invoice, now);
    return { recorded: true, invoicePaid: true };
  });
}

/**
 * Marks an invoice and its order paid and writes the license work: one
 * grant per product of each line not credited in full (unique, so a
 * second call adds none). Call inside the transaction that holds the
 * invoice's lock and found it paid in full (by a payment, or by a credit
 * note that left nothing owed); the caller issues the licenses after the
 * commit.
 */
export async function settleInvoice(
  tx: Database,
  invoice: { id: string; order_id: string },
  now: Date,
): Promise<void> {
  await tx.updateTable("invoices").set({ status: "paid", paid_at: now })
    .where("id", "=", invoice.id).execute();
  await tx.updateTable("orders").set({ status: "paid", paid_at: now }).where(
    "id",
    "=",
    invoice.order_id,
  ).execute();
  await queueWebhookEvent(tx, "order.paid", invoice.order_id, now);
  const products = await tx.selectFrom("order_lines as l")
    .leftJoin("package_items as pi", "pi.package_id", "l.package_id")
    .select([
      "l.id as lineId",
      "l.product_id",
      "pi.product_id as packageProductId",
    ])
    .where("l.order_id", "=", invoice.order_id)
    // A line credited in full was taken off the invoice: no key for it.
    .where(sql<boolean>`(l.invoice_item_id is null or (
      select ii.total_cents + coalesce(sum(c.total_cents), 0)
        from invoice_items ii
        left join credit_note_items c on c.invoice_item_id = ii.id
       where ii.id = l.invoice_item_id group by ii.id) > 0)`)
    .execute();
  const grants = products.map((row) => ({
    order_line_id: row.lineId,
    product_id: (row.product_id ?? row.packageProductId)!,
    next_attempt_at: now,
    created_at: now,
  }));
  if (grants.length) {
    await tx.insertInto("license_grants").values(grants)
      .onConflict((oc) =>
        oc.columns(["order_line_id", "product_id"]).doNothing()
      ).execute();
  }
}
