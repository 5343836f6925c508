/**
 * The payment provider's webhook: an HMAC-SHA256 of the raw body, hex, in
 * `X-Payment-Signature: sha256=<hex>`, keyed with the secret from the
 * shop settings. Checked in constant time before anything is parsed.
 */
import { z } from "zod";
import { timingSafeEqual } from "../crypto.ts";

export const SIGNATURE_HEADER = "x-payment-signature";

/** The notification's body (amount in cents; the invoice by id or number). */
export const paymentNotification = z.object({
  invoice: z.string().min(1).max(100),
  amount: z.number().int().positive().max(1_000_000_000),
  currency: z.string().regex(/^[A-Z]{3}$/),
  transaction_id: z.string().min(1).max(200),
  method: z.string().min(1).max(50).default("provider"),
});

/** The answer to a notification that was received. */
export const paymentNotificationAnswer = z.object({
  received: z.literal(true),
  /** This notification (its invoice and transaction) was recorded before. */
  duplicate: z.boolean(),
  /** The invoice is paid in full now. */
  invoice_paid: z.boolean(),
});

/** The header value a provider sends for `body`. */
export async function signWebhookBody(
  secret: string,
  body: string,
): Promise<string> {
  const key = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = await crypto.subtle.sign(
    "HMAC",
    key,
    new TextEncoder().encode(body),
  );
  const hex = Array.from(new Uint8Array(mac)).map((b) =>
    b.toString(16).padStart(2, "0")
  ).join("");
  return `sha256=${hex}`;
}

/** True when `header` is the signature of `body` under `secret`. */
export async function verifyWebhookSignature(
  secret: string,
  body: string,
  header: string | null,
): Promise<boolean> {
  if (!secret || !header) return false;
  return timingSafeEqual(
    await signWebhookBody(secret, body),
    header.trim().toLowerCase(),
  );
}
