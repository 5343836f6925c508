/**
 * Refunds of a paid order, whole or by line, by staff or reported by a
 * provider (Stripe's `charge.refunded`). One transaction, under the
 * invoice's lock (taken first, as `recordPayment` does): the credit note
 * for the refunded lines (`issueCreditNote`, whatever of them is still
 * uncredited), the refund of its gross amount with its unique reference
 * and that credit note, its lines (each order line refundable once), the
 * licenses of those lines revoked at once (validation then answers
 * `LICENSE_REVOKED`, and a buyer's installation locks the guarded module
 * after its next check), license work not yet done stopped, the order
 * `refunded` once every line is, and one email to the buyer with the
 * credit note attached. Whatever arrives twice finds its reference or its
 * lines taken and changes nothing: no second refund, credit note or mail.
 */
import type { Database } from "../db/database.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { inTransaction } from "../db/transaction.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { t } from "../i18n/mod.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { revokeLicense } from "../licensing/manage.ts";
import {
  creditNotePdfAttachment,
  issueCreditNote,
  uncreditedLines,
} from "../billing/credit_notes.ts";
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
  /** The credit note documenting the refund; null when nothing was refunded. */
  creditNoteNumber: string | null;
}

const NOTHING: RefundResult = {
  refunded: false,
  amountCents: 0,
  licensesRevoked: 0,
  orderRefunded: false,
  creditNoteNumber: null,
};

/** A staff refund's reference. */
export function staffRefundReference(): string {
  return `staff:${crypto.randomUUID()}`;
}

/**
 * `total` split over `weights` in proportion, rounded, the last part
 * taking the rest, so the parts add up to `total` exactly.
 */
function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  return weights.map((weight, i) => {
    const part = i === weights.length - 1
      ? total - given
      : sum === 0
      ? 0
      : Math.round(total * weight / sum);
    given += part;
    return part;
  });
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
      .select(["id", "number", "currency", "locale"])
      .where("order_id", "=", input.orderId).forUpdate().executeTakeFirst();
    const order = await tx.selectFrom("orders as o")
      .innerJoin("contacts as k", "k.id", "o.contact_id")
      .select(["o.id", "o.status", "o.locale", "k.email", "k.name"])
      .where("o.id", "=", input.orderId).forUpdate("o").executeTakeFirst();
    if (!order || !invoice) {
      throw new NotFoundError("Unknown order.", "ORDER_NOT_FOUND");
    }
    // A repeat is answered before the status, which its first changed.
    const seen = await tx.selectFrom("refunds").select("id")
      .where("reference", "=", input.reference).executeTakeFirst();
    if (seen) return NOTHING;
    if (order.status !== "paid") {
      throw new ConflictError(
        "Only a paid order can be refunded.",
        "ORDER_NOT_REFUNDABLE",
      );
    }
    const lines = await tx.selectFrom("order_lines as l")
      .leftJoin("refund_lines as r", "r.order_line_id", "l.id")
      .select(["l.id", "l.description", "l.invoice_item_id", "r.refund_id"])
      .where("l.order_id", "=", order.id).orderBy("l.description").execute();
    const uncredited = new Map(
      (await uncreditedLines(tx, invoice.id))
        .map((line) => [line.invoiceItemId, line.remainingCents]),
    );
    // A line credited in full before it was paid has nothing to give back.
    const open = lines.filter((line) =>
      !line.refund_id &&
      (!line.invoice_item_id || uncredited.get(line.invoice_item_id)! > 0)
    );
    const chosen = input.lineIds
      ? open.filter((line) => input.lineIds!.includes(line.id))
      : open;
    if (chosen.length === 0) return NOTHING;
    if (chosen.some((line) => !line.invoice_item_id)) {
      throw new ConflictError(
        "A line of this order is not on its invoice.",
        "LINE_NOT_INVOICED",
      );
    }
    const last = chosen.length === open.length;
    const creditNote = await issueCreditNote(tx, actor, {
      invoiceId: invoice.id,
      lines: chosen.map((line) => ({ invoiceItemId: line.invoice_item_id! })),
      reason: t(invoice.locale, "billing.creditNote.reason.refund"),
      email: false,
    }, now);
    // What goes back is what the credit note credits, gross.
    const amountCents = -creditNote.totalCents;
    const amounts = split(
      amountCents,
      chosen.map((line) => uncredited.get(line.invoice_item_id!)!),
    );
    const refund = await tx.insertInto("refunds").values({
      order_id: order.id,
      invoice_id: invoice.id,
      amount_cents: amountCents,
      currency: invoice.currency,
      reference: input.reference,
      credit_note_id: creditNote.id,
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
      credit_note: creditNote.number,
      amount_cents: amountCents,
      lines: lineIds,
      licenses_revoked: licensesRevoked,
    }, now);
    await enqueueEmail(tx, `refund:${refund.id}`, {
      ...refundEmail({
        to: order.email,
        name: order.name,
        locale: order.locale,
        invoiceNumber: invoice.number,
        amountCents,
        currency: invoice.currency,
        items: chosen.map((line) => line.description),
        licensesRevoked,
        creditNoteNumber: creditNote.number,
      }),
      attachments: [creditNotePdfAttachment(creditNote)],
    });
    return {
      refunded: true,
      amountCents,
      licensesRevoked,
      orderRefunded: last,
      creditNoteNumber: creditNote.number,
    };
  });
}
