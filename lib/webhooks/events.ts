/**
 * The events a webhook endpoint can subscribe to, and the outbox write
 * each domain change makes: `queueWebhookEvent(tx, type, id, now)` in the
 * transaction of the change, one delivery row per enabled endpoint that
 * asked for the event. The body is fixed here, so every attempt signs the
 * same bytes; the commit wakes the sender (`WEBHOOKS_QUEUED`).
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { CommitSignal, raise } from "../db/after_commit.ts";

export const WEBHOOK_EVENTS = [
  "booking.created",
  "booking.confirmed",
  "booking.cancelled",
  "booking.rescheduled",
  "order.created",
  "order.paid",
  "invoice.issued",
  "license.issued",
  "license.revoked",
  "license.activated",
] as const;

export type WebhookEvent = typeof WEBHOOK_EVENTS[number];

/** Raised by every write that queued a delivery: the app sends after the commit. */
export const WEBHOOKS_QUEUED = new CommitSignal("webhooks queued");

type Subject = "booking" | "order" | "invoice" | "license";

/** What a receiver learns about the row an event is about. */
async function loadSubject(
  tx: Database,
  subject: Subject,
  id: string,
): Promise<Record<string, unknown>> {
  switch (subject) {
    case "booking":
      return await tx.selectFrom("bookings").select([
        "id",
        "status",
        "service_id as serviceId",
        "staff_id as staffId",
        "starts_at as startsAt",
        "ends_at as endsAt",
        "name",
        "email",
      ]).where("id", "=", id).executeTakeFirstOrThrow();
    case "order":
      return await tx.selectFrom("orders").select([
        "id",
        "status",
        "client_id as clientId",
        "contact_id as contactId",
        "total_cents as totalCents",
        "currency",
        "created_at as createdAt",
        "paid_at as paidAt",
      ]).where("id", "=", id).executeTakeFirstOrThrow();
    case "invoice":
      return await tx.selectFrom("invoices").select([
        "id",
        "number",
        "order_id as orderId",
        "client_id as clientId",
        "status",
        "total_cents as totalCents",
        "currency",
        "issued_at as issuedAt",
        "due_at as dueAt",
      ]).where("id", "=", id).executeTakeFirstOrThrow();
    case "license":
      // Never the key itself: its prefix names it in the admin.
      return await tx.selectFrom("licenses").select([
        "id",
        "product",
        "status",
        "type",
        "email",
        "client_id as clientId",
        "key_prefix as keyPrefix",
        "expires_at as expiresAt",
      ]).where("id", "=", id).executeTakeFirstOrThrow();
  }
}

/**
 * Queues `type` about the row `id` for every enabled endpoint subscribed
 * to it; `extra` adds what the row does not hold (e.g. the activated
 * domain). Call in the transaction of the change, so a rollback takes the
 * deliveries with it. Returns how many were queued.
 */
export async function queueWebhookEvent(
  tx: Database,
  type: WebhookEvent,
  id: string,
  now: Date,
  extra: Record<string, unknown> = {},
): Promise<number> {
  const endpoints = await tx.selectFrom("webhook_endpoints").select("id")
    .where("enabled", "=", true)
    .where(sql<boolean>`${type} = any(events)`)
    .execute();
  if (endpoints.length === 0) return 0;
  const subject = type.slice(0, type.indexOf(".")) as Subject;
  const data = { ...await loadSubject(tx, subject, id), ...extra };
  const payload = JSON.stringify({
    type,
    timestamp: now.toISOString(),
    data,
  });
  await tx.insertInto("webhook_deliveries").values(
    endpoints.map((endpoint) => ({
      endpoint_id: endpoint.id,
      event: type,
      payload,
      next_attempt_at: now,
      created_at: now,
    })),
  ).execute();
  await raise(tx, WEBHOOKS_QUEUED);
  return endpoints.length;
}
