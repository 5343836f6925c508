/**
 * The OpenAPI 3.1 document of the generic payment webhook, for systems
 * other than Stripe that report payments (docs/PAYMENTS.md), generated
 * from its zod schemas: the body, the signature scheme, and every status
 * the endpoint and the layers in front of it can answer. tests/shop_test.ts
 * checks the webhook's answers against it.
 */
import { z } from "zod";
import {
  paymentNotification,
  paymentNotificationAnswer,
  SIGNATURE_HEADER,
} from "@/lib/shop/webhook.ts";
import { openApiParts, responseHeader } from "@/lib/http/openapi.ts";

const errorAnswer = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

const schemas = {
  PaymentNotification: paymentNotification,
  PaymentAnswer: paymentNotificationAnswer,
  Error: errorAnswer,
};

/** The error answers, each `{ error: { code, message } }`. */
const errorResponses = {
  BadRequest: {
    description:
      "The body is not JSON or does not match PaymentNotification, or the currency is not the invoice's (`INVALID_REQUEST`)",
  },
  Unauthorized: {
    description: "The signature is missing or wrong (`BAD_SIGNATURE`)",
  },
  NotFound: {
    description: "No invoice has this id or number (`INVOICE_NOT_FOUND`)",
  },
  Conflict: { description: "The invoice is cancelled (`INVOICE_CANCELLED`)" },
  MethodNotAllowed: {
    description: "A method the path does not list; Allow names the ones it has",
    headers: { Allow: responseHeader("The methods of the path") },
  },
  PayloadTooLarge: { description: "The body is larger than 64 KB" },
  InternalError: { description: "The request failed on the server" },
  ServiceUnavailable: {
    description:
      "The server is starting or its database is briefly away; nothing was recorded, send it again",
    headers: { "Retry-After": responseHeader("Seconds to wait") },
  },
};
// Its input form: `method` may be left out (it defaults).
const { json, errors, selfPath, components } = openApiParts(
  schemas,
  errorResponses,
  "input",
);
const SERVER_ERRORS = ["InternalError", "ServiceUnavailable"] as const;

/** The document served at `/api/payments/openapi.json`. */
export function paymentsOpenApi(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Portico payment notifications",
      version: "1.0.0",
      description:
        "A payment system other than Stripe reports a payment on an invoice. " +
        `Sign the raw body: \`${SIGNATURE_HEADER}: sha256=<hex>\`, the lowercase hex HMAC-SHA256 of the exact bytes sent, ` +
        "keyed with the webhook secret from admin → Shop → Settings. " +
        "Each (invoice, transaction_id) is recorded once however often it is sent; the payment that settles the invoice issues its license keys. " +
        "Bodies are JSON of at most 64 KB. A notification that cannot apply (unknown or cancelled invoice, other currency) is still kept for staff to see.",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/payments/webhook": {
        post: {
          summary:
            "Record a payment on an invoice (idempotent per transaction)",
          security: [{ paymentSignature: [] }],
          requestBody: { required: true, content: json("PaymentNotification") },
          responses: {
            "200": {
              description: "Received (also for a repeat: `duplicate`)",
              content: json("PaymentAnswer"),
            },
            ...errors(
              "BadRequest",
              "Unauthorized",
              "NotFound",
              "Conflict",
              "PayloadTooLarge",
              ...SERVER_ERRORS,
            ),
          },
        },
      },
      "/api/payments/openapi.json": selfPath(...SERVER_ERRORS),
    },
    components: {
      ...components,
      securitySchemes: {
        paymentSignature: {
          type: "apiKey",
          in: "header",
          name: SIGNATURE_HEADER,
          description:
            "`sha256=` and the hex HMAC-SHA256 of the raw request body under the webhook secret",
        },
      },
    },
  };
}
