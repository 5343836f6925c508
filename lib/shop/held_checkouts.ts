/**
 * Guest checkouts with the email of an existing contact. Nobody may order
 * into someone else's account by typing their address, so such a checkout
 * is held: the validated form is kept with a single-use, expiring sign-in
 * style token (`auth_tokens`, purpose `checkout_confirm`, stored hashed)
 * and a link is mailed to that address. Until the link is used nothing
 * exists for the client: no order, invoice, invoice number or trial.
 * Confirming runs the ordinary checkout as that contact, in the
 * transaction that spends the token. The client's stored data is never
 * changed by it; the typed address is only the held order's invoice
 * address, shown on the confirmation page before confirming.
 */
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import { raise } from "../db/after_commit.ts";
import { LICENSES_DUE } from "./issuing.ts";
import type { CheckoutForm, Locale } from "../db/schema.ts";
import { jsonb } from "../db/json.ts";
import { sha256Hex } from "../crypto.ts";
import { ConflictError } from "../errors.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { consumeRateLimit, type RateLimit } from "../rate_limit.ts";
import {
  consumeAuthToken,
  isAuthTokenUsable,
  issueAuthToken,
  TOKEN_TTL_MS,
} from "../auth/accounts.ts";
import {
  checkout,
  type CheckoutInput,
  checkoutOffer,
  type CheckoutResult,
  findContactByEmail,
  type ShopEnv,
} from "./checkout.ts";
import { findOffer } from "./catalog.ts";
import { confirmOrderEmail } from "./emails.tsx";

/** Held checkouts per contact: a stranger cannot flood an inbox with links. */
export const HELD_CHECKOUT_LIMIT: RateLimit = {
  limit: 5,
  windowSeconds: 3600,
};

/** How long a confirmation link works, in hours (for the texts). */
export const CONFIRMATION_HOURS = TOKEN_TTL_MS.checkout_confirm / 3600_000;

/** What the checkout form led to: an order, or a link sent to `email`. */
export type CheckoutOutcome =
  | { kind: "placed"; order: CheckoutResult }
  | { kind: "held"; email: string };

/**
 * What submitting the checkout form does: places the order, or, when a
 * guest used the address of an existing contact, holds it and mails that
 * address the link to confirm it.
 */
export async function submitCheckout(
  db: Database,
  env: ShopEnv,
  input: CheckoutInput,
  now: Date,
): Promise<CheckoutOutcome> {
  try {
    return { kind: "placed", order: await placeOrder(db, env, input, now) };
  } catch (error) {
    const needsOwner = error instanceof ConflictError &&
      error.code === "CONFIRMATION_REQUIRED";
    if (!needsOwner) throw error;
  }
  const owner = await findContactByEmail(db, input.email);
  // Deleted by staff since: the address is free again.
  if (!owner) {
    return { kind: "placed", order: await placeOrder(db, env, input, now) };
  }
  await holdCheckout(db, env, input, owner, now);
  return { kind: "held", email: owner.email };
}

function confirmationUrl(appUrl: string, token: string): string {
  return `${appUrl}/shop/confirm?token=${encodeURIComponent(token)}`;
}

type Contact = NonNullable<Awaited<ReturnType<typeof findContactByEmail>>>;

/** Keeps the form and queues the link to confirm it to `owner`. */
async function holdCheckout(
  db: Database,
  env: ShopEnv,
  input: CheckoutInput,
  owner: Contact,
  now: Date,
): Promise<void> {
  await consumeRateLimit(
    db,
    `held-checkout:contact:${owner.id}`,
    HELD_CHECKOUT_LIMIT,
    now,
  );
  const offer = await checkoutOffer(db, input.slug, input.mode);
  const item = offer.kind === "product" ? offer.product : offer.pkg;
  const form: CheckoutForm = {
    slug: input.slug,
    mode: input.mode,
    buyer: input.buyer,
    name: input.name,
    company: input.company,
    email: input.email,
    address: input.address,
    postalCode: input.postalCode,
    city: input.city,
    country: input.country,
    vatId: input.vatId,
    buyerReference: input.buyerReference,
  };
  // The owner gives the consent to immediate delivery when confirming.
  await inTransaction(db, async (tx) => {
    const token = await issueAuthToken(
      tx,
      "contact",
      owner.id,
      "checkout_confirm",
      now,
    );
    const tokenHash = await sha256Hex(token);
    await tx.insertInto("held_checkouts").values({
      token_hash: tokenHash,
      contact_id: owner.id,
      checkout: jsonb(form),
      created_at: now,
    }).execute();
    await enqueueEmail(
      tx,
      `checkout-confirm:${tokenHash}`,
      confirmOrderEmail({
        to: owner.email,
        name: owner.name,
        locale: owner.locale,
        item: owner.locale === "de" ? item.name_de : item.name_en,
        url: confirmationUrl(env.appUrl, token),
        hours: CONFIRMATION_HOURS,
      }),
    );
  });
}

/** A held checkout as its confirmation page shows it. */
export interface HeldCheckoutView {
  form: CheckoutForm;
  /** The owner's address, where the link was sent. */
  email: string;
  offer: Awaited<ReturnType<typeof findOffer>>;
}

/** The held checkout behind a link, or null when the link is unknown, used or expired. */
export async function findHeldCheckout(
  db: Database,
  token: string,
  now: Date,
): Promise<HeldCheckoutView | null> {
  if (!await isAuthTokenUsable(db, token, ["checkout_confirm"], now)) {
    return null;
  }
  const held = await db.selectFrom("held_checkouts as h")
    .innerJoin("contacts as c", "c.id", "h.contact_id")
    .select(["h.checkout", "c.email"])
    .where("h.token_hash", "=", await sha256Hex(token))
    .executeTakeFirst();
  if (!held) return null;
  return {
    form: held.checkout,
    email: held.email,
    offer: await findOffer(db, held.checkout.slug),
  };
}

/**
 * Places a held checkout as its email's owner: spends the token and runs
 * the checkout in one transaction, so a refused checkout (a trial already
 * used, a consumer's missing consent to immediate delivery) leaves the
 * link as it was. Null when the link is unknown, used or expired; nothing
 * is written then.
 */
export async function confirmHeldCheckout(
  db: Database,
  env: ShopEnv,
  token: string,
  confirmation: { locale: Locale; withdrawalConsent: boolean },
  now: Date,
): Promise<CheckoutResult | null> {
  const tokenHash = await sha256Hex(token);
  return await inTransaction(db, async (tx) => {
    const contactId = await consumeAuthToken(
      tx,
      "contact",
      token,
      ["checkout_confirm"],
      now,
    );
    if (!contactId) return null;
    const held = await tx.deleteFrom("held_checkouts")
      .where("token_hash", "=", tokenHash)
      .returning("checkout").executeTakeFirst();
    if (!held) return null;
    return await placeOrder(
      tx,
      env,
      { ...held.checkout, ...confirmation, contactId },
      now,
    );
  });
}

/**
 * A checkout a buyer placed; an order without an invoice (free, a trial)
 * has its keys issued right after the commit.
 */
async function placeOrder(
  db: Database,
  env: ShopEnv,
  input: CheckoutInput,
  now: Date,
): Promise<CheckoutResult> {
  return await inTransaction(db, async (tx) => {
    const order = await checkout(tx, env, input, now);
    if (!order.invoiceNumber) await raise(tx, LICENSES_DUE);
    return order;
  });
}
