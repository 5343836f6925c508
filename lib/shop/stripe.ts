/**
 * Stripe, through its official library: a Checkout Session per order
 * (claimed, committed, then the HTTP call, then recorded, so no
 * transaction waits on Stripe and a failed call leaves the order awaiting
 * payment), and the webhook: the `Stripe-Signature` header verified by
 * the library before anything is read, then each event handed to
 * `recordProviderEvent` as "paid", "failed" or "refunded". Nothing is
 * ever marked paid without a verified event.
 */
import type Stripe from "stripe";
import type { Database } from "../db/database.ts";
import type { Keyring } from "../crypto.ts";
import { inTransaction } from "../db/transaction.ts";
import { ConflictError, describeError, DomainError } from "../errors.ts";
import { t, taxRatePercent } from "../i18n/mod.ts";
import { creditedCentsSql } from "../billing/credit_notes.ts";
import { orderPagePath } from "./order_page.ts";
import type { StripeSecrets } from "./payment_settings.ts";
import {
  type ProviderEvent,
  type ProviderEventResult,
  recordProviderEvent,
} from "./provider_events.ts";

export const STRIPE = "stripe";

/** What talking to Stripe needs. */
export interface StripeEnv {
  secrets: StripeSecrets;
  /** Another API base than Stripe's own (a local stand-in in tests). */
  apiUrl?: string;
  appUrl: string;
  keys: Keyring;
}

/** The card payment could not be started; the order stays awaiting payment. */
export class CardPaymentUnavailableError extends DomainError {
  constructor(message: string) {
    super(503, "CARD_PAYMENT_UNAVAILABLE", message);
  }
}

/** A webhook whose signature is wrong, stale or missing: 400, nothing read. */
export class BadStripeSignatureError extends DomainError {
  constructor() {
    super(400, "BAD_SIGNATURE", "The Stripe signature does not verify.");
  }
}

/**
 * A library client for `env`'s key and API base. The library is loaded
 * with the first payment, not at start-up.
 */
async function client(
  env: Pick<StripeEnv, "secrets" | "apiUrl">,
): Promise<Stripe> {
  const { default: Stripe } = await import("stripe");
  const api = env.apiUrl ? new URL(env.apiUrl) : undefined;
  return new Stripe(env.secrets.secretKey, {
    maxNetworkRetries: 1,
    timeout: 15_000,
    ...(api && {
      host: api.hostname,
      port: Number(api.port) || (api.protocol === "https:" ? 443 : 80),
      protocol: api.protocol === "https:" ? "https" : "http",
    }),
  });
}

/** What a Checkout Session for an order is built from. */
async function payableOrder(db: Database, orderId: string) {
  const row = await db.selectFrom("orders as o")
    .innerJoin("invoices as i", "i.order_id", "o.id")
    .innerJoin("contacts as k", "k.id", "o.contact_id")
    .select((eb) => [
      "o.id",
      "o.status",
      "o.locale",
      "i.id as invoice_id",
      "i.number",
      "i.status as invoice_status",
      "i.currency",
      "i.total_cents",
      "i.tax_cents",
      "i.tax_rate_basis_points",
      "k.email",
      eb.fn.coalesce(
        eb.selectFrom("payments as p")
          .select((p) => p.fn.sum<string>("p.amount_cents").as("paid"))
          .whereRef("p.invoice_id", "=", "i.id"),
        eb.val("0"),
      ).as("paid_cents"),
      creditedCentsSql("i.id").as("credited_cents"),
    ])
    .where("o.id", "=", orderId).executeTakeFirst();
  if (!row || row.status !== "pending" || row.invoice_status !== "open") {
    throw new ConflictError(
      "The order is not awaiting payment.",
      "ORDER_NOT_PAYABLE",
    );
  }
  const items = await db.selectFrom("invoice_items")
    .select(["description", "quantity", "unit_price_cents"])
    .where("invoice_id", "=", row.invoice_id).orderBy("description").execute();
  return {
    ...row,
    paid_cents: Number(row.paid_cents),
    credited_cents: Number(row.credited_cents),
    items,
  };
}

type PayableOrder = Awaited<ReturnType<typeof payableOrder>>;

/**
 * The session's lines: the invoice's items at their net prices and the
 * VAT as a line of its own, so they add up to the invoice's total to the
 * cent; after a part payment or a credit note, one line for what is
 * still owed.
 */
function lineItems(
  order: PayableOrder,
): Stripe.Checkout.SessionCreateParams.LineItem[] {
  const currency = order.currency.toLowerCase();
  const line = (name: string, cents: number, quantity = 1) => ({
    quantity,
    price_data: { currency, unit_amount: cents, product_data: { name } },
  });
  if (order.paid_cents > 0 || order.credited_cents > 0) {
    return [
      line(
        t(order.locale, "payments.card.balanceLine", { number: order.number }),
        order.total_cents - order.credited_cents - order.paid_cents,
      ),
    ];
  }
  const lines = order.items.map((item) =>
    line(item.description, item.unit_price_cents, item.quantity)
  );
  if (order.tax_cents > 0) {
    lines.push(line(
      t(order.locale, "shopAdmin.invoice.tax", {
        rate: taxRatePercent(order.tax_rate_basis_points, order.locale),
      }),
      order.tax_cents,
    ));
  }
  return lines;
}

/** Sessions last 24 h; one opened less than this long ago is offered again. */
const REUSE_MS = 23 * 3600_000;

/**
 * The Stripe Checkout page for an unpaid order: an open session of the
 * order is offered again; otherwise a new one is claimed (committed),
 * created at Stripe, and recorded. A refused or failed call marks the
 * claim failed and throws `CardPaymentUnavailableError`: the order stays
 * awaiting payment, by bank transfer or another try.
 */
export async function startCardPayment(
  db: Database,
  env: StripeEnv,
  orderId: string,
  now: Date,
): Promise<string> {
  if (db.isTransaction) {
    throw new Error("startCardPayment calls Stripe: not inside a transaction");
  }
  if (!env.secrets.secretKey) {
    throw new CardPaymentUnavailableError("Card payments are not set up.");
  }
  const order = await payableOrder(db, orderId);
  const open = await db.selectFrom("provider_checkouts").select("url")
    .where("order_id", "=", orderId).where("provider", "=", STRIPE)
    .where("status", "=", "open")
    .where("created_at", ">", new Date(now.getTime() - REUSE_MS))
    .orderBy("created_at", "desc").limit(1).executeTakeFirst();
  if (open?.url) return open.url;
  const claim = await inTransaction(
    db,
    (tx) =>
      tx.insertInto("provider_checkouts").values({
        order_id: orderId,
        provider: STRIPE,
        status: "creating",
        created_at: now,
      }).returning("id").executeTakeFirstOrThrow(),
  );
  const back = `${env.appUrl}${await orderPagePath(env.keys, orderId)}`;
  let session: Stripe.Checkout.Session;
  try {
    const stripe = await client(env);
    session = await stripe.checkout.sessions.create({
      mode: "payment",
      client_reference_id: orderId,
      customer_email: order.email,
      locale: order.locale,
      line_items: lineItems(order),
      metadata: { order_id: orderId, invoice_number: order.number },
      payment_intent_data: {
        metadata: { order_id: orderId, invoice_number: order.number },
      },
      success_url: `${back}&card=done`,
      cancel_url: back,
    }, { idempotencyKey: `portico-checkout-${claim.id}` });
    if (!session.url?.startsWith("https://")) {
      throw new Error("Stripe answered without a checkout URL");
    }
  } catch (error) {
    await db.updateTable("provider_checkouts")
      .set({ status: "failed", last_error: describeError(error) })
      .where("id", "=", claim.id).execute();
    throw new CardPaymentUnavailableError(describeError(error));
  }
  await db.updateTable("provider_checkouts").set({
    status: "open",
    session_id: session.id,
    url: session.url,
    expires_at: new Date(session.expires_at * 1000),
  }).where("id", "=", claim.id).execute();
  return session.url;
}

/** A session's event as a provider event, or null for one that is not yet paid. */
function sessionEvent(
  event: Stripe.Event,
  session: Stripe.Checkout.Session,
  kind: "paid" | "failed",
): ProviderEvent | null {
  if (kind === "paid" && session.payment_status !== "paid") return null;
  const orderId = session.client_reference_id ?? session.metadata?.order_id;
  const intent = typeof session.payment_intent === "string"
    ? session.payment_intent
    : session.payment_intent?.id;
  return {
    provider: STRIPE,
    eventId: event.id,
    kind,
    order: { orderId: orderId ?? "" },
    amountCents: session.amount_total ?? 0,
    currency: (session.currency ?? "").toUpperCase(),
    transactionId: intent ?? session.id,
    method: "card",
    occurredAt: new Date(event.created * 1000),
  };
}

/** A refunded charge as a provider event: the order by its payment intent. */
function refundEvent(
  event: Stripe.Event,
  charge: Stripe.Charge,
): ProviderEvent {
  const intent = typeof charge.payment_intent === "string"
    ? charge.payment_intent
    : charge.payment_intent?.id;
  return {
    provider: STRIPE,
    eventId: event.id,
    kind: "refunded",
    order: { transactionId: intent ?? charge.id },
    amountCents: charge.amount_refunded,
    currency: charge.currency.toUpperCase(),
    transactionId: intent ?? charge.id,
    method: "card",
    occurredAt: new Date(event.created * 1000),
  };
}

/** The provider event a Stripe event stands for; null for one we do not act on. */
function providerEvent(event: Stripe.Event): ProviderEvent | null {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded":
      return sessionEvent(event, event.data.object, "paid");
    case "checkout.session.async_payment_failed":
      return sessionEvent(event, event.data.object, "failed");
    case "charge.refunded":
      return refundEvent(event, event.data.object);
    default:
      return null;
  }
}

/**
 * One webhook delivery: verified with the endpoint's signing secret (a
 * bad, stale or missing signature is `BadStripeSignatureError` and
 * nothing is written), then recorded once per event id. Null for an event
 * that changes nothing here (another type, a session not yet paid).
 */
export async function handleStripeWebhook(
  db: Database,
  env: Pick<StripeEnv, "secrets" | "apiUrl">,
  rawBody: string,
  signature: string | null,
  now: Date,
): Promise<ProviderEventResult | null> {
  if (!env.secrets.webhookSecret || !signature) {
    throw new BadStripeSignatureError();
  }
  let event: Stripe.Event;
  try {
    const stripe = await client(env);
    event = await stripe.webhooks.constructEventAsync(
      rawBody,
      signature,
      env.secrets.webhookSecret,
      undefined,
      undefined,
      now.getTime(), // receivedAt, in milliseconds
    );
  } catch {
    throw new BadStripeSignatureError();
  }
  const provided = providerEvent(event);
  return provided ? await recordProviderEvent(db, provided, now) : null;
}
