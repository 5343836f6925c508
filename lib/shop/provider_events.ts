/**
 * The payment provider layer. A provider module (Stripe, the generic
 * signed webhook; later Mollie or PayPal) verifies its notification and
 * turns it into a `ProviderEvent`; `recordProviderEvent` is the one place
 * such an event changes anything. The event row's unique (provider, event
 * id) is written first in the transaction, so a repeated or concurrent
 * delivery waits for the first and then changes nothing: one payment, one
 * set of license grants, one receipt. An event that cannot apply (unknown
 * order, cancelled or refunded order, wrong currency) is still kept with
 * its outcome for staff to see, and issues nothing.
 */
import type { Database } from "../db/database.ts";
import type { PaymentEventKind, PaymentEventOutcome } from "../db/schema.ts";
import { inTransaction } from "../db/transaction.ts";
import { raise } from "../db/after_commit.ts";
import { LICENSES_DUE } from "./issuing.ts";
import { recordPayment } from "./payments.ts";
import { refundOrder } from "./refunds.ts";

/** A verified notification from a payment provider. */
export interface ProviderEvent {
  /** The provider module's name, e.g. "stripe". */
  provider: string;
  /** The provider's id of this notification; a repeat carries the same. */
  eventId: string;
  kind: PaymentEventKind;
  /**
   * Which order: its id, its invoice's id or number, or the transaction
   * of a payment on it (a refund names the payment it gives back).
   */
  order: { orderId: string } | { invoice: string } | { transactionId: string };
  amountCents: number;
  currency: string;
  /** The provider's id of the money movement (a payment intent, a charge). */
  transactionId: string;
  /** How the buyer paid, as staff see it on the invoice ("card", "transfer"). */
  method: string;
  occurredAt: Date;
}

export interface ProviderEventResult {
  /** True when this event was recorded before: nothing changed now. */
  duplicate: boolean;
  /** What became of the event (of its first delivery, for a duplicate). */
  outcome: PaymentEventOutcome;
  /** The invoice became paid by this event: the caller issues the licenses. */
  settled: boolean;
  /** The invoice is paid now (by this event or before). */
  invoicePaid: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The invoice (with its order) an event names, or undefined. */
function invoiceOf(tx: Database, order: ProviderEvent["order"]) {
  const query = tx.selectFrom("invoices as i")
    .innerJoin("orders as o", "o.id", "i.order_id")
    .select([
      "i.id",
      "i.order_id",
      "i.status",
      "i.currency",
      "i.total_cents",
      "o.status as order_status",
    ]);
  if ("orderId" in order) {
    if (!UUID.test(order.orderId)) return undefined;
    return query.where("i.order_id", "=", order.orderId).executeTakeFirst();
  }
  if ("transactionId" in order) {
    return query.where(
      "i.id",
      "=",
      (eb) =>
        eb.selectFrom("payments").select("invoice_id")
          .where("transaction_id", "=", order.transactionId),
    ).executeTakeFirst();
  }
  return query.where(
    UUID.test(order.invoice) ? "i.id" : "i.number",
    "=",
    order.invoice,
  ).executeTakeFirst();
}

/**
 * A provider's refund: all of the order (the lines not yet refunded, with
 * their credit note) when everything paid on it came back; a part of it
 * names no lines, so it is kept for staff to refund by line.
 */
async function applyRefund(
  tx: Database,
  event: ProviderEvent,
  invoice: EventInvoice,
  now: Date,
): Promise<{ outcome: PaymentEventOutcome; settled: boolean }> {
  if (invoice.order_status !== "paid") {
    return { outcome: "order_closed", settled: false };
  }
  const { paid } = await tx.selectFrom("payments")
    .select((eb) =>
      eb.fn.coalesce(eb.fn.sum<string>("amount_cents"), eb.lit(0)).as("paid")
    )
    .where("invoice_id", "=", invoice.id).executeTakeFirstOrThrow();
  if (
    event.currency !== invoice.currency ||
    event.amountCents < Number(paid)
  ) {
    return { outcome: "mismatch", settled: false };
  }
  const done = await refundOrder(tx, { type: "api" }, {
    orderId: invoice.order_id,
    reference: `${event.provider}:${event.transactionId}`,
  }, now);
  return { outcome: done.refunded ? "refunded" : "duplicate", settled: false };
}

/** Records one provider event exactly once; see the module comment. */
export async function recordProviderEvent(
  db: Database,
  event: ProviderEvent,
  now: Date,
): Promise<ProviderEventResult> {
  return await inTransaction(db, async (tx) => {
    const row = await tx.insertInto("payment_events").values({
      provider: event.provider,
      event_id: event.eventId,
      kind: event.kind,
      amount_cents: event.amountCents,
      currency: event.currency,
      outcome: "unknown_order",
      received_at: now,
    }).onConflict((oc) => oc.columns(["provider", "event_id"]).doNothing())
      .returning("id").executeTakeFirst();
    const invoice = await invoiceOf(tx, event.order);
    if (!row) {
      const first = await tx.selectFrom("payment_events").select("outcome")
        .where("provider", "=", event.provider)
        .where("event_id", "=", event.eventId).executeTakeFirstOrThrow();
      return {
        duplicate: true,
        outcome: first.outcome,
        settled: false,
        invoicePaid: invoice?.status === "paid",
      };
    }
    if (!invoice) {
      return {
        duplicate: false,
        outcome: "unknown_order",
        settled: false,
        invoicePaid: false,
      };
    }
    const applied = await applyEvent(tx, event, invoice, now);
    if (applied.settled) await raise(tx, LICENSES_DUE);
    await tx.updateTable("payment_events")
      .set({ order_id: invoice.order_id, outcome: applied.outcome })
      .where("id", "=", row.id).execute();
    return {
      duplicate: false,
      ...applied,
      invoicePaid: applied.settled || invoice.status === "paid",
    };
  });
}

type EventInvoice = NonNullable<Awaited<ReturnType<typeof invoiceOf>>>;

async function applyEvent(
  tx: Database,
  event: ProviderEvent,
  invoice: EventInvoice,
  now: Date,
): Promise<{ outcome: PaymentEventOutcome; settled: boolean }> {
  if (event.kind === "failed") return { outcome: "failed", settled: false };
  if (event.kind === "refunded") {
    return await applyRefund(tx, event, invoice, now);
  }
  if (
    invoice.status === "cancelled" ||
    invoice.order_status === "cancelled" ||
    invoice.order_status === "refunded"
  ) {
    return { outcome: "order_closed", settled: false };
  }
  if (event.currency !== invoice.currency) {
    return { outcome: "mismatch", settled: false };
  }
  const paid = await recordPayment(
    tx,
    {
      invoice: invoice.id,
      amountCents: event.amountCents,
      currency: event.currency,
      transactionId: event.transactionId,
      method: event.method,
      paidAt: event.occurredAt,
    },
    { type: "api" },
    now,
  );
  if (!paid.recorded) return { outcome: "duplicate", settled: false };
  return {
    outcome: "recorded",
    settled: paid.invoicePaid && invoice.status !== "paid",
  };
}

/** A provider event as staff see it. */
export interface PaymentEventRow {
  id: string;
  provider: string;
  event_id: string;
  kind: PaymentEventKind;
  outcome: PaymentEventOutcome;
  order_id: string | null;
  amount_cents: number | null;
  currency: string | null;
  received_at: Date;
}

/** The latest provider events, newest first: what came in and what became of it. */
export async function listPaymentEvents(
  db: Database,
  limit = 50,
): Promise<PaymentEventRow[]> {
  return await db.selectFrom("payment_events").select([
    "id",
    "provider",
    "event_id",
    "kind",
    "outcome",
    "order_id",
    "amount_cents",
    "currency",
    "received_at",
  ]).orderBy("received_at", "desc").orderBy("id").limit(limit).execute();
}
