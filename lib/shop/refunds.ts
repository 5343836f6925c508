/**
 * Refunds of a paid order, whole or by line, by staff or reported by a
 * provider (Stripe's `charge.refunded`). One transaction, under the
 * invoice's lock (taken first, as `recordPayment` does): the refund with
 * its unique reference, its lines (each order line refundable once), the
 * licenses of those lines revoked at once (validation then answers
 * `LICENSE_REVOKED`, and a buyer's installation locks the guarded module
 * after its next check), license work not yet done stopped, the order
 * `refunded` once every line is, and the buyer's email queued. Whatever
 * arrives twice finds its reference or its lines taken and changes
 * nothing.
 */
import type { Database } from "../db/database.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { inTransaction } from "../db/transaction.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { revokeLicense } from "../licensing/manage.ts";
import { refundEmail } from "./payment_emails.tsx";

export interface RefundInput {
  orderId: string;
  /** The order lines to refund; all not yet refunded when omitted. */
  lineIds?: string[];
  /**
   * What makes the refund unique: a provider's refund ("stripe:ch_…:1900"),
   * or a staff refund's own ("staff:<uuid>").
   */
  reference: string;
}

export interface RefundResult {
  /** False when nothing was left to refund or the reference was seen. */
  refunded: boolean;
  amountCents: number;
  licensesRevoked: number;
  orderRefunded: boolean;
}

const NOTHING: RefundResult = {
  refunded: false,
  amountCents: 0,
  licensesRevoked: 0,
  orderRefunded: false,
};

/** A staff refund's reference. */
export function staffRefundReference(): string {
  return `staff:${crypto.randomUUID()}`;
}

/** Refunds lines of a paid order; see the module comment. */
export async function refundOrder(
  db: Database,
  actor: Actor,
  input: RefundInput,
  now: Date,
): Promise<RefundResult> {
  return await inTransaction(db, async (tx) => {
    const invoice = await tx.selectFrom("invoices")
      .select(["id", "number", "total_cents", "subtotal_cents", "currency"])
      .where("order_id", "=", input.orderId).forUpdate().executeTakeFirst();
    const order = await tx.selectFrom("orders as o")
      .innerJoin("contacts as k", "k.id", "o.contact_id")
      .select(["o.id", "o.status", "o.locale", "k.email", "k.name"])
      .where("o.id", "=", input.orderId).forUpdate("o").executeTakeFirst();
    if (!order || !invoice) {
      throw new NotFoundError("Unknown order.", "ORDER_NOT_FOUND");
    }
    if (order.status !== "paid") {
      throw new ConflictError(
        "Only a paid order can be refunded.",
        "ORDER_NOT_REFUNDABLE",
      );
    }
    const seen = await tx.selectFrom("refunds").select("id")
      .where("reference", "=", input.reference).executeTakeFirst();
    if (seen) return NOTHING;
    const lines = await tx.selectFrom("order_lines as l")
      .leftJoin("refund_lines as r", "r.order_line_id", "l.id")
      .select(["l.id", "l.description", "l.price_cents", "r.refund_id"])
      .where("l.order_id", "=", order.id).orderBy("l.description").execute();
    const open = lines.filter((line) => !line.refund_id);
    const chosen = input.lineIds
      ? open.filter((line) => input.lineIds!.includes(line.id))
      : open;
    if (chosen.length === 0) return NOTHING;
    const last = chosen.length === open.length;
    const { refunded } = await tx.selectFrom("refunds")
      .select((eb) =>
        eb.fn.coalesce(eb.fn.sum<string>("amount_cents"), eb.val("0")).as(
          "refunded",
        )
      )
      .where("order_id", "=", order.id).executeTakeFirstOrThrow();
    // Each line's share of the gross total; the last refund takes the rest,
    // so the refunds add up to the total to the cent.
    const share = (cents: number) =>
      invoice.subtotal_cents === 0
        ? 0
        : Math.round(invoice.total_cents * cents / invoice.subtotal_cents);
    const amounts = chosen.map((line) => share(line.price_cents));
    const amountCents = last
      ? invoice.total_cents - Number(refunded)
      : amounts.reduce((sum, cents) => sum + cents, 0);
    const refund = await tx.insertInto("refunds").values({
      order_id: order.id,
      invoice_id: invoice.id,
      amount_cents: amountCents,
      currency: invoice.currency,
      reference: input.reference,
      recorded_by: actor.type === "staff" ? actor.id ?? null : null,
      created_at: now,
    }).returning("id").executeTakeFirstOrThrow();
    await tx.insertInto("refund_lines").values(chosen.map((line, i) => ({
      refund_id: refund.id,
      order_line_id: line.id,
      amount_cents: amounts[i],
    }))).execute();
    const lineIds = chosen.map((line) => line.id);
    const grants = await tx.selectFrom("license_grants")
      .select(["id", "license_id"])
      .where("order_line_id", "in", lineIds).execute();
    let licensesRevoked = 0;
    for (const grant of grants) {
      if (
        grant.license_id &&
        await revokeLicense(tx, grant.license_id, actor, now)
      ) {
        licensesRevoked++;
      }
    }
    // Keys not issued yet never will be.
    await tx.updateTable("license_grants")
      .set({ status: "failed", last_error: "refunded" })
      .where("order_line_id", "in", lineIds).where("status", "=", "pending")
      .execute();
    if (last) {
      await tx.updateTable("orders")
        .set({ status: "refunded", refunded_at: now })
        .where("id", "=", order.id).execute();
    }
    await recordAudit(tx, actor, "order.refund", "order", order.id, {
      reference: input.reference,
      amount_cents: amountCents,
      lines: lineIds,
      licenses_revoked: licensesRevoked,
    }, now);
    await enqueueEmail(
      tx,
      `refund:${refund.id}`,
      refundEmail({
        to: order.email,
        name: order.name,
        locale: order.locale,
        invoiceNumber: invoice.number,
        amountCents,
        currency: invoice.currency,
        items: chosen.map((line) => line.description),
        licensesRevoked,
      }),
    );
    return {
      refunded: true,
      amountCents,
      licensesRevoked,
      orderRefunded: last,
    };
  });
}
