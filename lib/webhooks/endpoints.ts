/**
 * Webhook endpoints staff register: a URL, the events it wants and a
 * signing secret made here, shown once and kept sealed (AES-GCM under the
 * app's keys) because signing needs it back. Deliveries are listed per
 * endpoint and can be sent again.
 */
import type { Database } from "../db/database.ts";
import type { Keyring } from "../crypto.ts";
import { base64 } from "../crypto.ts";
import { inTransaction } from "../db/transaction.ts";
import { recordAudit } from "../audit.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { refuseUrl } from "./addresses.ts";
import {
  WEBHOOK_EVENTS,
  type WebhookEvent,
  WEBHOOKS_QUEUED,
} from "./events.ts";
import { raise } from "../db/after_commit.ts";

/** The `Keyring` purpose the endpoints' secrets are sealed under. */
export const SECRET_PURPOSE = "webhook-endpoint-secret";

/** What the webhooks part needs besides the database and a clock. */
export interface WebhookEnv {
  keys: Keyring;
  /** `WEBHOOK_ALLOW_PRIVATE`: loopback and private addresses may be called. */
  allowPrivate: boolean;
}

export interface NewWebhookEndpoint {
  url: string;
  description: string;
  events: WebhookEvent[];
}

/**
 * Registers an endpoint; returns its id and its secret (`whsec_` + base64
 * of 24 random bytes, the Standard Webhooks form), which is never shown
 * again. A URL that may not be called is refused in field `url`.
 */
export async function createWebhookEndpoint(
  db: Database,
  env: WebhookEnv,
  input: NewWebhookEndpoint,
  staffId: string,
  now: Date,
): Promise<{ id: string; secret: string }> {
  const url = URL.parse(input.url);
  const refusal = url ? refuseUrl(url, env.allowPrivate) : "scheme";
  if (refusal) {
    throw new ValidationError({ url: `webhooks.url.${refusal}` });
  }
  const events = WEBHOOK_EVENTS.filter((event) => input.events.includes(event));
  if (events.length === 0) {
    throw new ValidationError({ events: "webhooks.events.required" });
  }
  const secret = "whsec_" +
    base64(crypto.getRandomValues(new Uint8Array(24)));
  const id = await inTransaction(db, async (tx) => {
    const row = await tx.insertInto("webhook_endpoints").values({
      url: url!.href,
      description: input.description,
      events,
      secret_sealed: await env.keys.encrypt(SECRET_PURPOSE, secret),
      created_by: staffId,
      created_at: now,
    }).returning("id").executeTakeFirstOrThrow();
    await recordAudit(
      tx,
      { type: "staff", id: staffId },
      "webhook.create",
      "webhook_endpoint",
      row.id,
      { url: url!.href, events },
      now,
    );
    return row.id;
  });
  return { id, secret };
}

/** Every endpoint, newest first, with its delivery counts; no secrets. */
export async function listWebhookEndpoints(db: Database) {
  return await db.selectFrom("webhook_endpoints as e")
    .select((eb) => [
      "e.id",
      "e.url",
      "e.description",
      "e.events",
      "e.enabled",
      "e.failing_since",
      "e.disabled_at",
      "e.created_at",
      eb.selectFrom("webhook_deliveries as d")
        .whereRef("d.endpoint_id", "=", "e.id").where("d.status", "=", "failed")
        .select((d) => d.fn.countAll<string>().as("n")).as("failed"),
      eb.selectFrom("webhook_deliveries as d")
        .whereRef("d.endpoint_id", "=", "e.id")
        .where("d.status", "=", "pending")
        .select((d) => d.fn.countAll<string>().as("n")).as("pending"),
    ])
    .orderBy("e.created_at", "desc").execute();
}

/** An endpoint with its latest deliveries (status, attempts, response). */
export async function getWebhookEndpoint(
  db: Database,
  id: string,
  limit = 50,
) {
  const endpoint = await db.selectFrom("webhook_endpoints").select([
    "id",
    "url",
    "description",
    "events",
    "enabled",
    "failing_since",
    "disabled_at",
    "created_at",
  ]).where("id", "=", id).executeTakeFirst();
  if (!endpoint) throw new NotFoundError("Unknown webhook endpoint.");
  const deliveries = await db.selectFrom("webhook_deliveries").select([
    "id",
    "event",
    "status",
    "attempts",
    "next_attempt_at",
    "response_status",
    "response_body",
    "last_error",
    "created_at",
    "delivered_at",
  ]).where("endpoint_id", "=", id)
    .orderBy("created_at", "desc").orderBy("id").limit(limit).execute();
  return { endpoint, deliveries };
}

/**
 * Turns an endpoint on or off. Turning it on clears its failure record,
 * so it gets days again before it is switched off once more.
 */
export async function setWebhookEndpointEnabled(
  db: Database,
  id: string,
  enabled: boolean,
  staffId: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = await tx.updateTable("webhook_endpoints").set({
      enabled,
      disabled_at: enabled ? null : now,
      failing_since: null,
    }).where("id", "=", id).returning("id").executeTakeFirst();
    if (!row) throw new NotFoundError("Unknown webhook endpoint.");
    await recordAudit(
      tx,
      { type: "staff", id: staffId },
      enabled ? "webhook.enable" : "webhook.disable",
      "webhook_endpoint",
      id,
      {},
      now,
    );
    if (enabled) await raise(tx, WEBHOOKS_QUEUED);
  });
}

/** Deletes an endpoint and its deliveries. */
export async function deleteWebhookEndpoint(
  db: Database,
  id: string,
  staffId: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const row = await tx.deleteFrom("webhook_endpoints").where("id", "=", id)
      .returning("url").executeTakeFirst();
    if (!row) throw new NotFoundError("Unknown webhook endpoint.");
    await recordAudit(
      tx,
      { type: "staff", id: staffId },
      "webhook.delete",
      "webhook_endpoint",
      id,
      { url: row.url },
      now,
    );
  });
}

/**
 * Sends a delivery again: due now, with the same `webhook-id` (receivers
 * that already processed it recognise it) and a fresh count of attempts.
 */
export async function resendWebhookDelivery(
  db: Database,
  deliveryId: string,
  staffId: string,
  now: Date,
): Promise<{ endpointId: string }> {
  return await inTransaction(db, async (tx) => {
    const row = await tx.updateTable("webhook_deliveries").set({
      status: "pending",
      attempts: 0,
      next_attempt_at: now,
      claimed_until: null,
    }).where("id", "=", deliveryId).returning("endpoint_id")
      .executeTakeFirst();
    if (!row) throw new NotFoundError("Unknown webhook delivery.");
    await recordAudit(
      tx,
      { type: "staff", id: staffId },
      "webhook.resend",
      "webhook_delivery",
      deliveryId,
      {},
      now,
    );
    await raise(tx, WEBHOOKS_QUEUED);
    return { endpointId: row.endpoint_id };
  });
}
