import type { z } from "zod";
import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import {
  ConflictError,
  NotFoundError,
  UnauthorizedError,
} from "@/lib/errors.ts";
import {
  InvalidRequestError,
  jsonEndpoint,
  parseJsonBody,
} from "@/lib/http/api.ts";
import { readBodyText } from "@/lib/http/body_limit.ts";
import { recordProviderEvent } from "@/lib/shop/provider_events.ts";
import { getShopSettings, openSecret } from "@/lib/shop/settings.ts";
import {
  paymentNotification,
  type paymentNotificationAnswer,
  SIGNATURE_HEADER,
  verifyWebhookSignature,
} from "@/lib/shop/webhook.ts";

/**
 * POST /api/payments/webhook: the generic signed payment notification for
 * systems other than Stripe (docs/PAYMENTS.md; its OpenAPI document at
 * /api/payments/openapi.json), recorded as a "generic" provider's event
 * keyed by its transaction id.
 */
export const handler = {
  POST: jsonEndpoint(async (req: Request, ctx: FreshContext<State>) => {
    const { db, keys, now } = ctx.state.services;
    const raw = await readBodyText(req);
    const secret = await openSecret(
      keys,
      (await getShopSettings(db)).webhookSecretSealed,
    );
    if (
      !await verifyWebhookSignature(
        secret,
        raw,
        req.headers.get(SIGNATURE_HEADER),
      )
    ) {
      throw new UnauthorizedError(
        "The signature does not match.",
        "BAD_SIGNATURE",
      );
    }
    const parsed = paymentNotification.safeParse(parseJsonBody(raw));
    if (!parsed.success) {
      throw new InvalidRequestError(parsed.error.issues[0].message);
    }
    const result = await recordProviderEvent(db, {
      provider: "generic",
      // A corrected notification (another invoice) is another event.
      eventId: `${parsed.data.invoice}:${parsed.data.transaction_id}`,
      kind: "paid",
      order: { invoice: parsed.data.invoice },
      amountCents: parsed.data.amount,
      currency: parsed.data.currency,
      transactionId: parsed.data.transaction_id,
      method: parsed.data.method,
      occurredAt: now(),
    }, now());
    // Kept for staff either way; the sender learns what did not apply.
    if (result.outcome === "unknown_order") {
      throw new NotFoundError("Unknown invoice.", "INVOICE_NOT_FOUND");
    }
    if (result.outcome === "order_closed") {
      throw new ConflictError("The invoice is cancelled.", "INVOICE_CANCELLED");
    }
    if (result.outcome === "mismatch") {
      throw new InvalidRequestError("The currency does not match the invoice.");
    }
    const answer: z.infer<typeof paymentNotificationAnswer> = {
      received: true,
      duplicate: result.duplicate || result.outcome === "duplicate",
      invoice_paid: result.invoicePaid,
    };
    return Response.json(answer);
  }),
};
