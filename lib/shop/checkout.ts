/**
 * Checkout: in one transaction find or create the client and portal
 * contact, create the order and its lines, and either the invoice (with
 * the next gap-free number of the year) or, for free products and trials,
 * the license work at once; the order email is queued in the same
 * transaction.
 *
 * An order joins an existing contact only with proof that the buyer is
 * that contact: a session (`contactId`) or the emailed confirmation link
 * (held_checkouts.ts). A guest using a known address is refused with
 * `CONFIRMATION_REQUIRED` before anything is written. Two first checkouts
 * with one new address racing each other make one client: the one that
 * loses the race joins the contact the other just created (neither had
 * more proof than the other).
 *
 * One trial per client and product is the `trials` primary key, so
 * concurrent trial checkouts cannot both start one.
 *
 * Free products and trials need only name, email and country; a paid
 * order also the invoice address, a business its company name, and a
 * consumer the consent to immediate delivery (§356 (5) BGB), which the
 * order keeps word for word with its version and time.
 */
import type { Database } from "../db/database.ts";
import type { BuyerKind, CheckoutForm, Locale, Product } from "../db/schema.ts";
import { inTransaction } from "../db/transaction.ts";
import { draftInvoice, issueInvoice } from "../billing/invoices.ts";
import { standingBuyerReference } from "../crm/clients.ts";
import { invoicePdfAttachment } from "../billing/pdf.ts";
import { ConflictError, type FieldErrors, ValidationError } from "../errors.ts";
import { t } from "../i18n/mod.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { findOffer } from "./catalog.ts";
import { orderEmail, withGirocode } from "./emails.tsx";
import type { ShopSettings } from "./settings.ts";
import type { Keyring } from "../crypto.ts";
import { orderPagePath } from "./order_page.ts";
import { queueWebhookEvent } from "../webhooks/events.ts";

export interface CheckoutInput extends CheckoutForm {
  locale: Locale;
  /** The signed-in portal contact, who checks out without retyping. */
  contactId?: string;
}

export interface CheckoutResult {
  orderId: string;
  invoiceId: string | null;
  invoiceNumber: string | null;
  contactId: string;
}

export interface ShopEnv {
  settings: ShopSettings;
  appUrl: string;
  /** Signs the buyer's order page link. */
  keys: Keyring;
}

type Offer = Awaited<ReturnType<typeof findOffer>>;

/** The offer a checkout of `slug` buys; a trial only of a product with trial days. */
export async function checkoutOffer(
  db: Database,
  slug: string,
  mode: CheckoutForm["mode"],
): Promise<Offer> {
  const offer = await findOffer(db, slug);
  if (
    mode === "trial" &&
    (offer.kind !== "product" || offer.product.trial_days === 0)
  ) {
    throw new ValidationError(
      { slug: "shop.noTrial" },
      "This product has no trial.",
    );
  }
  return offer;
}

/** What one order line of `offer` is: its name in `locale`, price and currency. */
export function offerLine(
  offer: Offer,
  mode: CheckoutForm["mode"],
  locale: Locale,
): { description: string; priceCents: number; currency: string } {
  const item = offer.kind === "product" ? offer.product : offer.pkg;
  return {
    description: productName(item, locale),
    priceCents: mode === "trial" ? 0 : item.price_cents,
    currency: item.currency,
  };
}

/**
 * Whether a consumer or a business buys. A form without the choice (a
 * checkout held before it was asked) is a business when it names a
 * company or a VAT ID.
 */
export function buyerKind(form: CheckoutForm): BuyerKind {
  return form.buyer ?? (form.company || form.vatId ? "business" : "consumer");
}

/** Raised whenever the consent's wording changes; stored with each consent. */
export const WITHDRAWAL_CONSENT_VERSION = "2026-12-03";

/** The §356 (5) BGB consent as the buyer reads it in `locale`. */
export function withdrawalConsentText(locale: Locale): string {
  return t(locale, "shop.consent.withdrawal");
}

/**
 * True when the checkout needs the consumer's consent to immediate
 * delivery: a paid order of digital content (every product is a
 * download) by a consumer. Businesses have no right of withdrawal.
 */
export function needsWithdrawalConsent(
  form: CheckoutForm,
  priceCents: number,
): boolean {
  return priceCents > 0 && buyerKind(form) === "consumer";
}

/**
 * What a checkout of `priceCents` still lacks beyond name, email and
 * country (which free products and trials ask alone): the invoice
 * address of a paid order, a business's company name and a consumer's
 * consent to immediate delivery. Field → message key; empty when complete.
 */
export function missingCheckoutFields(
  form: CheckoutForm,
  priceCents: number,
): FieldErrors {
  const missing: FieldErrors = {};
  if (priceCents === 0) return missing;
  for (const field of ["address", "postalCode", "city"] as const) {
    if (!form[field]?.trim()) missing[field] = "form.required";
  }
  if (buyerKind(form) === "business" && !form.company?.trim()) {
    missing.company = "shop.companyRequired";
  }
  if (needsWithdrawalConsent(form, priceCents) && !form.withdrawalConsent) {
    missing.withdrawalConsent = "shop.consent.required";
  }
  return missing;
}

/** The invoice address of a checkout, line by line. */
export function billingAddress(form: CheckoutForm): string[] {
  return [
    form.name,
    form.company,
    form.address,
    `${form.postalCode} ${form.city}`,
    form.country,
  ].filter((line): line is string => Boolean(line));
}

const CONTACT_COLUMNS = [
  "id",
  "client_id",
  "name",
  "email",
  "locale",
] as const;

/** The contact with `email`, if there is one. */
export async function findContactByEmail(db: Database, email: string) {
  return await db.selectFrom("contacts").select(CONTACT_COLUMNS)
    .where("email", "=", email).executeTakeFirst();
}

async function findOrCreateContact(
  db: Database,
  input: CheckoutInput,
  now: Date,
) {
  if (input.contactId) {
    return await db.selectFrom("contacts").select(CONTACT_COLUMNS)
      .where("id", "=", input.contactId).executeTakeFirstOrThrow();
  }
  if (await findContactByEmail(db, input.email)) {
    throw new ConflictError(
      "The email belongs to a client; its owner must confirm the order.",
      "CONFIRMATION_REQUIRED",
    );
  }
  const client = await db.insertInto("clients").values({
    company: input.company ?? null,
    address: input.address ?? null,
    postal_code: input.postalCode ?? null,
    city: input.city ?? null,
    country: input.country,
    created_at: now,
    updated_at: now,
  }).returning("id").executeTakeFirstOrThrow();
  // Waits for a concurrent first checkout with this address, if any.
  const created = await db.insertInto("contacts").values({
    client_id: client.id,
    name: input.name,
    email: input.email,
    locale: input.locale,
    is_primary: true,
    created_at: now,
    updated_at: now,
  }).onConflict((oc) => oc.column("email").doNothing())
    .returning(CONTACT_COLUMNS).executeTakeFirst();
  if (created) return created;
  // The address was taken meanwhile (a concurrent first checkout that
  // committed): join that client, drop ours. Read committed: this next
  // statement sees the other commit.
  await db.deleteFrom("clients").where("id", "=", client.id).execute();
  return await db.selectFrom("contacts").select(CONTACT_COLUMNS)
    .where("email", "=", input.email).executeTakeFirstOrThrow();
}

/**
 * Records the client's trial of `product`, or throws `TRIAL_USED`. A
 * concurrent trial checkout waits here for the other's commit, then
 * finds the row.
 */
async function startTrial(
  tx: Database,
  clientId: string,
  product: Product,
  grantId: string,
  now: Date,
): Promise<void> {
  const started = await tx.insertInto("trials").values({
    client_id: clientId,
    product_id: product.id,
    license_grant_id: grantId,
    started_at: now,
  }).onConflict((oc) => oc.columns(["client_id", "product_id"]).doNothing())
    .returning("client_id").executeTakeFirst();
  if (!started) {
    throw new ConflictError("A trial was already started.", "TRIAL_USED");
  }
}

function productName(
  product: { name_en: string; name_de: string },
  locale: Locale,
) {
  return locale === "de" ? product.name_de : product.name_en;
}

/**
 * Places an order; see the module comment for what happens in the
 * transaction (joined when `db` is one).
 */
export async function checkout(
  db: Database,
  env: ShopEnv,
  input: CheckoutInput,
  now: Date,
): Promise<CheckoutResult> {
  const offer = await checkoutOffer(db, input.slug, input.mode);
  const products: Product[] = offer.kind === "product"
    ? [offer.product]
    : offer.pkg.products;
  const trial = input.mode === "trial";
  const {
    description,
    priceCents: price,
    currency,
  } = offerLine(offer, input.mode, input.locale);
  const missing = missingCheckoutFields(input, price);
  if (Object.keys(missing).length) throw new ValidationError(missing);
  const kind = buyerKind(input);
  // A consumer has no company or VAT ID on the invoice, even if typed.
  const business = kind === "business";
  const consent = needsWithdrawalConsent(input, price)
    ? {
      withdrawal_consent_at: now,
      withdrawal_consent_version: WITHDRAWAL_CONSENT_VERSION,
      withdrawal_consent_text: withdrawalConsentText(input.locale),
    }
    : {};
  return await inTransaction(db, async (tx) => {
    // First, so an incomplete seller or a bad VAT ID writes nothing.
    const draft = price === 0 ? null : await draftInvoice(
      tx,
      {
        name: input.name,
        company: business ? input.company ?? null : null,
        email: input.email,
        street: input.address ?? "",
        postalCode: input.postalCode ?? "",
        city: input.city ?? "",
        country: input.country,
        vatId: business ? input.vatId : undefined,
        reference: input.buyerReference ??
          await standingBuyerReference(tx, input),
      },
      [{ description, quantity: 1, unitPriceCents: price }],
      now,
    );
    const contact = await findOrCreateContact(
      tx,
      business ? input : { ...input, company: undefined },
      now,
    );
    const order = await tx.insertInto("orders").values({
      client_id: contact.client_id,
      contact_id: contact.id,
      status: price === 0 ? "paid" : "pending",
      total_cents: draft?.totalCents ?? 0,
      currency,
      locale: input.locale,
      created_at: now,
      paid_at: price === 0 ? now : null,
      buyer_kind: kind,
      ...consent,
    }).returning("id").executeTakeFirstOrThrow();
    await queueWebhookEvent(tx, "order.created", order.id, now);
    if (price === 0) await queueWebhookEvent(tx, "order.paid", order.id, now);
    const issued = draft
      ? await issueInvoice(tx, draft, {
        orderId: order.id,
        clientId: contact.client_id,
        locale: input.locale,
        currency,
        prefix: env.settings.invoicePrefix,
        paymentTermDays: env.settings.paymentTermDays,
      }, now)
      : null;
    const invoice = issued && { id: issued.id, number: issued.number };
    const line = await tx.insertInto("order_lines").values({
      order_id: order.id,
      product_id: offer.kind === "product" ? offer.product.id : null,
      package_id: offer.kind === "package" ? offer.pkg.id : null,
      description,
      price_cents: price,
      // What a refund of this line credits (lib/shop/refunds.ts).
      invoice_item_id: issued?.itemIds[0] ?? null,
    }).returning("id").executeTakeFirstOrThrow();

    if (price === 0) {
      const grants = await tx.insertInto("license_grants").values(
        products.map((product) => ({
          order_line_id: line.id,
          product_id: product.id,
          license_type: trial ? "trial" as const : "full" as const,
          next_attempt_at: now,
          created_at: now,
        })),
      ).returning("id").execute();
      if (trial) {
        await startTrial(tx, contact.client_id, products[0], grants[0].id, now);
      }
    }
    const transfer = invoice && draft
      ? {
        holder: draft.seller.legalName,
        iban: draft.seller.iban,
        bic: draft.seller.bic,
        amountCents: draft.totalCents,
        currency,
        reference: invoice.number,
      }
      : null;
    await enqueueEmail(
      tx,
      `order:${order.id}`,
      await withGirocode({
        ...orderEmail({
          to: contact.email,
          name: contact.name,
          locale: input.locale,
          item: description,
          invoiceNumber: invoice?.number ?? null,
          portalUrl: invoice
            ? `${env.appUrl}/clients/invoices/${invoice.id}`
            : `${env.appUrl}/clients/licenses`,
          trial,
          transfer,
          orderUrl: `${env.appUrl}${await orderPagePath(env.keys, order.id)}`,
          withdrawalConsent: consent.withdrawal_consent_text ?? null,
        }),
        // Rendered by the mail worker, outside this transaction.
        attachments: invoice ? [invoicePdfAttachment(invoice)] : [],
      }, transfer),
    );
    return {
      orderId: order.id,
      invoiceId: invoice?.id ?? null,
      invoiceNumber: invoice?.number ?? null,
      contactId: contact.id,
    };
  });
}
