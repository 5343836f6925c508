/**
 * The license-issuing job. Each pending grant is issued in its own
 * transaction holding the grant's row lock (other instances skip it):
 * in-process when this instance is the license server, else by
 * `POST /api/licenses` to the configured server with the grant id as the
 * reference, so a retry after a crash gets the same key back instead of a
 * second one. The key is emailed in the transaction that marks the grant
 * issued. Failures retry with backoff and show on the order.
 */
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import type { Keyring } from "../crypto.ts";
import { describeError } from "../errors.ts";
import { formatDate } from "../i18n/mod.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { issueLicense, recordLicenseEvent } from "../licensing/server.ts";
import { licenseEmail } from "./emails.tsx";
import { openSecret, type ShopSettings } from "./settings.ts";

export interface IssuingEnv {
  keys: Keyring;
  appUrl: string;
  settings: ShopSettings;
}

const MAX_ATTEMPTS = 10;
const DAY = 24 * 3600_000;

function backoff(attempts: number): number {
  return Math.min(30_000 * 2 ** attempts, 3600_000);
}

interface GrantWork {
  id: string;
  license_type: "full" | "trial";
  attempts: number;
  product_id: string;
  module_key: string;
  trial_days: number;
  name_en: string;
  name_de: string;
  client_id: string;
  email: string;
  contact_name: string;
  locale: "de" | "en";
}

async function lockNextGrant(
  tx: Database,
  now: Date,
): Promise<GrantWork | undefined> {
  return await tx.selectFrom("license_grants as g")
    .innerJoin("products as p", "p.id", "g.product_id")
    .innerJoin("order_lines as l", "l.id", "g.order_line_id")
    .innerJoin("orders as o", "o.id", "l.order_id")
    .innerJoin("contacts as c", "c.id", "o.contact_id")
    .select([
      "g.id",
      "g.license_type",
      "g.attempts",
      "g.product_id",
      "p.module_key",
      "p.trial_days",
      "p.name_en",
      "p.name_de",
      "o.client_id",
      "c.email",
      "c.name as contact_name",
      "o.locale",
    ])
    .where("g.status", "=", "pending")
    .where("g.next_attempt_at", "<=", now)
    .orderBy("g.next_attempt_at")
    .limit(1)
    .forUpdate("g").skipLocked()
    .executeTakeFirst();
}

/** Issues locally; a full purchase after a trial upgrades the same key. */
async function issueHere(
  tx: Database,
  keys: Keyring,
  grant: GrantWork,
  now: Date,
): Promise<
  { key: string; licenseId: string; upgraded: boolean; expiresAt: Date | null }
> {
  if (grant.license_type === "full") {
    const trial = await tx.selectFrom("licenses").select([
      "id",
      "key_ciphertext",
    ])
      .where("client_id", "=", grant.client_id).where(
        "product",
        "=",
        grant.module_key,
      )
      .where("type", "=", "trial").where("status", "=", "active")
      .orderBy("created_at", "desc").limit(1).forUpdate().executeTakeFirst();
    if (trial) {
      await tx.updateTable("licenses").set({
        type: "full",
        expires_at: null,
        updated_at: now,
      })
        .where("id", "=", trial.id).execute();
      await recordLicenseEvent(
        tx,
        trial.id,
        "upgraded",
        { type: "system" },
        now,
        null,
        `grant ${grant.id}`,
      );
      return {
        key: await keys.decrypt("license-keys", trial.key_ciphertext),
        licenseId: trial.id,
        upgraded: true,
        expiresAt: null,
      };
    }
  }
  const expiresAt = grant.license_type === "trial"
    ? new Date(now.getTime() + grant.trial_days * DAY)
    : null;
  const { key, license } = await issueLicense(
    tx,
    keys,
    {
      product: grant.module_key,
      email: grant.email,
      name: grant.contact_name,
      reference: `grant:${grant.id}`,
      type: grant.license_type,
      expiresAt,
      clientId: grant.client_id,
    },
    { type: "system" },
    now,
  );
  return { key, licenseId: license.id, upgraded: false, expiresAt };
}

async function issueRemotely(
  env: IssuingEnv,
  grant: GrantWork,
  now: Date,
): Promise<{ key: string; expiresAt: Date | null }> {
  const expiresAt = grant.license_type === "trial"
    ? new Date(now.getTime() + grant.trial_days * DAY)
    : null;
  const res = await fetch(
    `${env.settings.licenseServerUrl.replace(/\/+$/, "")}/api/licenses`,
    {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${await openSecret(
          env.keys,
          env.settings.licenseServerApiKeySealed,
        )}`,
      },
      body: JSON.stringify({
        product: grant.module_key,
        email: grant.email,
        name: grant.contact_name,
        reference: `grant:${grant.id}`,
        type: grant.license_type,
        ...(expiresAt ? { expires_at: expiresAt.toISOString() } : {}),
      }),
      signal: AbortSignal.timeout(15_000),
    },
  );
  const body = await res.json().catch(() => ({}));
  if (!res.ok || typeof body.key !== "string") {
    throw new Error(
      `license server answered ${res.status} ${body.error?.code ?? ""}`.trim(),
    );
  }
  return { key: body.key, expiresAt };
}

async function issueOne(
  db: Database,
  env: IssuingEnv,
  now: Date,
): Promise<"issued" | "failed" | "none"> {
  return await inTransaction(db, async (tx) => {
    const grant = await lockNextGrant(tx, now);
    if (!grant) return "none";
    try {
      const local = !env.settings.licenseServerUrl;
      const issued = local ? await issueHere(tx, env.keys, grant, now) : {
        ...(await issueRemotely(env, grant, now)),
        licenseId: null,
        upgraded: false,
      };
      await tx.updateTable("license_grants").set({
        status: "issued",
        license_id: issued.licenseId,
        license_key_sealed: await env.keys.encrypt("license-keys", issued.key),
        issued_at: now,
        last_error: null,
      }).where("id", "=", grant.id).execute();
      const product = grant.locale === "de" ? grant.name_de : grant.name_en;
      await enqueueEmail(
        tx,
        `license-grant:${grant.id}`,
        licenseEmail({
          to: grant.email,
          name: grant.contact_name,
          locale: grant.locale,
          product,
          key: issued.key,
          trialEnds: issued.expiresAt
            ? formatDate(grant.locale, issued.expiresAt, "UTC")
            : null,
          upgraded: issued.upgraded,
          portalUrl: `${env.appUrl}/clients/licenses`,
        }),
      );
      return "issued";
    } catch (error) {
      const attempts = grant.attempts + 1;
      await tx.updateTable("license_grants").set({
        attempts,
        status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
        next_attempt_at: new Date(now.getTime() + backoff(attempts)),
        last_error: describeError(error),
      }).where("id", "=", grant.id).execute();
      return "failed";
    }
  });
}

/** The job: issues every due grant; returns a summary for the job log. */
export async function issuePendingLicenses(
  db: Database,
  env: IssuingEnv,
  now: Date,
): Promise<string> {
  let issued = 0;
  let failed = 0;
  for (let i = 0; i < 100; i++) {
    const outcome = await issueOne(db, env, now);
    if (outcome === "none") break;
    if (outcome === "issued") issued++;
    else failed++;
  }
  return `${issued} issued, ${failed} failed`;
}
