/**
 * Sends the webhook outbox. A run claims due deliveries in one short
 * statement (a lease in `claimed_until`, so another instance skips them),
 * calls each endpoint with no transaction open, then records each outcome
 * in a transaction of its own: claim, commit, call, record. Requests are
 * signed per Standard Webhooks and time out; failures are retried with
 * growing pauses, and an endpoint failing for days is switched off and
 * the administrators are told by email.
 */
import { createHmac } from "node:crypto";
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import { base64 } from "../crypto.ts";
import { describeError } from "../errors.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { EmailButton, renderEmail } from "../mail/render.tsx";
import { translator } from "../i18n/mod.ts";
import { AddressRefusedError, type Resolver } from "./addresses.ts";
import { pinnedFetch } from "./pinned_fetch.ts";
import { SECRET_PURPOSE, type WebhookEnv } from "./endpoints.ts";

/** Pauses before attempt 2, 3, …; after the last one a delivery has failed. */
export const RETRY_DELAYS_MINUTES = [1, 5, 30, 120, 480, 1440, 1440, 1440];
/** An endpoint whose deliveries have failed this long, without a success, is switched off. */
export const DISABLE_AFTER_MS = 3 * 24 * 3600_000;
const BATCH = 20;
const CLAIM_MS = 120_000;
const KEPT_RESPONSE_CHARS = 2000;

/** What a delivery run needs besides the database and the clock. */
export interface DeliveryEnv extends WebhookEnv {
  /** Public base URL, for the link in the "switched off" email. */
  appUrl: string;
  /** How long one request may take, response included (default 10 s). */
  timeoutMs?: number;
  resolve?: Resolver;
  /**
   * The time a request is signed at (default: the wall clock). Receivers
   * refuse a `webhook-timestamp` far from their own clock, so it is the
   * real moment of the request, not the run's (possibly injected) `now`.
   */
  signedAt?: () => Date;
}

/** The three Standard Webhooks headers for `body`, signed with `secret` (`whsec_…`). */
export function signWebhook(
  secret: string,
  id: string,
  timestamp: Date,
  body: string,
): Record<string, string> {
  const seconds = Math.floor(timestamp.getTime() / 1000).toString();
  const key = Uint8Array.from(
    atob(secret.replace(/^whsec_/, "")),
    (c) => c.charCodeAt(0),
  );
  const mac = createHmac("sha256", key).update(`${id}.${seconds}.${body}`)
    .digest();
  return {
    "webhook-id": id,
    "webhook-timestamp": seconds,
    "webhook-signature": `v1,${base64(new Uint8Array(mac))}`,
  };
}

interface Claimed {
  id: string;
  endpoint_id: string;
  event: string;
  payload: string;
  attempts: number;
  url: string;
  secret_sealed: string;
}

type Outcome =
  | { ok: true; status: number; body: string }
  | { ok: false; status: number | null; body: string | null; error: string };

async function claimDue(db: Database, now: Date): Promise<Claimed[]> {
  const claimed = await db.updateTable("webhook_deliveries as d")
    .from("webhook_endpoints as e")
    .set({
      claimed_until: new Date(now.getTime() + CLAIM_MS),
      attempts: sql`d.attempts + 1`,
    })
    .whereRef("e.id", "=", "d.endpoint_id")
    .where(
      "d.id",
      "in",
      (eb) =>
        eb.selectFrom("webhook_deliveries").select("id")
          .where("status", "=", "pending")
          .where("next_attempt_at", "<=", now)
          .where((w) =>
            w.or([w("claimed_until", "is", null), w("claimed_until", "<", now)])
          )
          .where(
            "endpoint_id",
            "in",
            (e) =>
              e.selectFrom("webhook_endpoints").select("id")
                .where("enabled", "=", true),
          )
          .orderBy("next_attempt_at").limit(BATCH)
          .forUpdate().skipLocked(),
    )
    .returning([
      "d.id",
      "d.endpoint_id",
      "d.event",
      "d.payload",
      "d.attempts",
      "e.url",
      "e.secret_sealed",
    ])
    .execute();
  return claimed;
}

function storable(text: string): string {
  return text.replaceAll("\u0000", "").slice(0, KEPT_RESPONSE_CHARS);
}

async function call(
  env: DeliveryEnv,
  delivery: Claimed,
): Promise<Outcome> {
  const url = new URL(delivery.url);
  const secret = await env.keys.decrypt(SECRET_PURPOSE, delivery.secret_sealed);
  const signal = AbortSignal.timeout(env.timeoutMs ?? 10_000);
  const send = pinnedFetch({
    allowPrivate: env.allowPrivate,
    resolve: env.resolve,
  });
  try {
    // No redirect is followed: it could lead anywhere, past the address check.
    const response = await send(url, {
      method: "POST",
      signal,
      headers: {
        "content-type": "application/json",
        "user-agent": "Portico-Webhooks/1",
        ...signWebhook(
          secret,
          delivery.id,
          env.signedAt?.() ?? new Date(),
          delivery.payload,
        ),
      },
      body: delivery.payload,
    });
    const body = storable(await response.text());
    return response.ok ? { ok: true, status: response.status, body } : {
      ok: false,
      status: response.status,
      body,
      error: `HTTP ${response.status}`,
    };
  } catch (error) {
    return {
      ok: false,
      status: null,
      body: null,
      error: error instanceof AddressRefusedError
        ? `refused: ${error.reason} address`
        : signal.aborted
        ? "timed out"
        : describeError(error),
    };
  }
}

async function record(
  db: Database,
  env: DeliveryEnv,
  delivery: Claimed,
  outcome: Outcome,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    if (outcome.ok) {
      await tx.updateTable("webhook_deliveries").set({
        status: "delivered",
        delivered_at: now,
        claimed_until: null,
        response_status: outcome.status,
        response_body: outcome.body,
        last_error: null,
      }).where("id", "=", delivery.id).execute();
      await tx.updateTable("webhook_endpoints").set({ failing_since: null })
        .where("id", "=", delivery.endpoint_id).execute();
      return;
    }
    const delay = RETRY_DELAYS_MINUTES[delivery.attempts - 1];
    await tx.updateTable("webhook_deliveries").set({
      status: delay === undefined ? "failed" : "pending",
      next_attempt_at: new Date(now.getTime() + (delay ?? 0) * 60_000),
      claimed_until: null,
      response_status: outcome.status,
      response_body: outcome.body,
      last_error: storable(outcome.error),
    }).where("id", "=", delivery.id).execute();
    const endpoint = await tx.updateTable("webhook_endpoints")
      .set((eb) => ({
        failing_since: eb.fn.coalesce("failing_since", eb.val(now)),
      }))
      .where("id", "=", delivery.endpoint_id)
      .returning(["url", "enabled", "failing_since"]).executeTakeFirst();
    if (
      endpoint?.enabled && endpoint.failing_since &&
      now.getTime() - endpoint.failing_since.getTime() >= DISABLE_AFTER_MS
    ) {
      await disableFailingEndpoint(
        tx,
        env,
        delivery.endpoint_id,
        endpoint,
        now,
      );
    }
  });
}

async function disableFailingEndpoint(
  tx: Database,
  env: DeliveryEnv,
  endpointId: string,
  endpoint: { url: string; failing_since: Date | null },
  now: Date,
): Promise<void> {
  await tx.updateTable("webhook_endpoints")
    .set({ enabled: false, disabled_at: now })
    .where("id", "=", endpointId).execute();
  const admins = await tx.selectFrom("staff").select(["email", "locale"])
    .where("role", "=", "admin").where("active", "=", true).execute();
  const link = `${env.appUrl}/admin/webhooks/${endpointId}`;
  for (const admin of admins) {
    const t = translator(admin.locale);
    const subject = t("webhooks.disabledMail.subject");
    await enqueueEmail(
      tx,
      `webhook-disabled:${endpointId}:${now.toISOString()}:${admin.email}`,
      renderEmail({
        to: admin.email,
        locale: admin.locale,
        subject,
        body: (
          <>
            <p>
              {t("webhooks.disabledMail.body", {
                url: endpoint.url,
                since: endpoint.failing_since!.toISOString(),
              })}
            </p>
            <EmailButton href={link}>
              {t("webhooks.disabledMail.action")}
            </EmailButton>
          </>
        ),
      }),
    );
  }
}

/** What a run did, for the job's line. */
export interface DeliverySummary {
  delivered: number;
  retrying: number;
  failed: number;
}

/** Delivers what is due at `now`, batch by batch, until nothing is due. */
export async function deliverDueWebhooks(
  db: Database,
  env: DeliveryEnv,
  now: Date,
): Promise<DeliverySummary> {
  const summary = { delivered: 0, retrying: 0, failed: 0 };
  for (;;) {
    const batch = await claimDue(db, now);
    if (batch.length === 0) return summary;
    // In parallel: one endpoint that hangs until its timeout holds up no other.
    await Promise.all(batch.map(async (delivery) => {
      const outcome = await call(env, delivery);
      await record(db, env, delivery, outcome, now);
      if (outcome.ok) summary.delivered++;
      else if (RETRY_DELAYS_MINUTES[delivery.attempts - 1] === undefined) {
        summary.failed++;
      } else summary.retrying++;
    }));
  }
}

/** The job's line for a run. */
export function describeDeliverySummary(summary: DeliverySummary): string {
  return `${summary.delivered} webhooks delivered, ${summary.retrying} to retry, ${summary.failed} failed`;
}

/** Wakes the sender after a commit queued deliveries. */
export interface WebhookSender {
  kick(): void;
  /** Waits for the runs in progress and takes no more kicks. */
  stop(): Promise<void>;
}

/**
 * The in-process sender: `kick()` runs a delivery shortly after (a burst
 * of commits makes one run) without the caller waiting, so a slow
 * endpoint never slows a request; the `deliver-webhooks` job catches what
 * a kick missed (another instance's, a retry that came due).
 */
export function createWebhookSender(options: {
  db: Database;
  env: () => DeliveryEnv;
  now: () => Date;
  debounceMs?: number;
}): WebhookSender {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  function run() {
    timer = undefined;
    running = deliverDueWebhooks(options.db, options.env(), options.now())
      .then(() => {}, (error) => console.error("webhook sender:", error))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          kick();
        }
      });
  }
  function kick() {
    if (stopped || timer !== undefined) return;
    if (running) {
      again = true;
      return;
    }
    timer = setTimeout(run, options.debounceMs ?? 100);
  }
  return {
    kick,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
