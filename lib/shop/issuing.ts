/**
 * The license-issuing job. No step holds a transaction open across the
 * network or slow crypto:
 * - when another instance is the license server, the grant is claimed (the
 *   try counted, the next attempt pushed out by a lease) and committed;
 *   then `POST /api/licenses` with the grant id as the reference, so a
 *   retry after a crash gets the same key back instead of a second one;
 *   then a new transaction marks the grant issued and queues the key email;
 * - when this instance is the license server, the key is generated, hashed
 *   and sealed (or the trial's key to upgrade unsealed) first; then one
 *   short transaction takes the grant's row lock (other runs skip it),
 *   writes the license and marks the grant issued with its email.
 * The grant's status, the license's unique reference and the email's
 * dedupe key `license-grant:<grant>` make every step safe to repeat, so
 * two overlapping runs or a crash between steps still give one license
 * and one email per grant. Failures retry with backoff and show on the
 * order.
 */
import type { Database } from "../db/database.ts";
import { CommitSignal } from "../db/after_commit.ts";
import { inTransaction } from "../db/transaction.ts";
import type { Keyring } from "../crypto.ts";
import { describeError } from "../errors.ts";
import { formatDate } from "../i18n/mod.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import {
  findLicenseByReference,
  insertLicense,
  type PreparedKey,
  prepareLicenseKey,
  recordLicenseEvent,
} from "../licensing/server.ts";
import { licenseEmail } from "./emails.tsx";
import { openSecret, type ShopSettings } from "./settings.ts";

/**
 * Raised by a write a buyer waits on for keys (a payment that settled its
 * invoice, a free order or trial placed, a failed grant retried): the app
 * issues the waiting licenses right after the commit, so the key arrives
 * in seconds; this job retries whatever that does not finish.
 */
export const LICENSES_DUE = new CommitSignal("licenses due");

export interface IssuingEnv {
  keys: Keyring;
  appUrl: string;
  settings: ShopSettings;
}

const MAX_ATTEMPTS = 10;
const DAY = 24 * 3600_000;
/** Most grants one run works through (the next run takes the rest). */
const BATCH_SIZE = 100;
/**
 * A remote try's claim: a claimed grant is not due again for this long, far
 * longer than the call's 15 s timeout. If the process dies mid-call, the
 * next run after it tries again (and gets the same key back).
 */
export const GRANT_CLAIM_LEASE_MS = 2 * 60_000;

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

/** The key a grant got and what its email says about it. */
interface Issued {
  key: string;
  /** The key sealed under "license-keys", kept on the grant. */
  sealed: string;
  licenseId: string | null;
  upgraded: boolean;
  expiresAt: Date | null;
}

/** What one step of the run did. */
type StepOutcome =
  | "issued"
  | "failed"
  | "none"
  /** Another run holds the grant right now. */
  | "busy"
  /** What was prepared no longer fits (a race): prepare again. */
  | "stale";

/** Pending grants due at `now` with what issuing needs, oldest due first. */
function dueGrants(db: Database, now: Date, skip: Set<string>) {
  let query = db.selectFrom("license_grants as g")
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
    .where("g.next_attempt_at", "<=", now);
  if (skip.size) query = query.where("g.id", "not in", [...skip]);
  return query.orderBy("g.next_attempt_at").limit(1);
}

function trialEnd(grant: GrantWork, now: Date): Date | null {
  return grant.license_type === "trial"
    ? new Date(now.getTime() + grant.trial_days * DAY)
    : null;
}

/**
 * Marks the grant issued and queues its key email, unless it was issued
 * already (by an overlapping try); true when this call did it.
 */
async function recordIssued(
  tx: Database,
  env: IssuingEnv,
  grant: GrantWork,
  issued: Issued,
  now: Date,
): Promise<boolean> {
  const marked = await tx.updateTable("license_grants").set({
    status: "issued",
    license_id: issued.licenseId,
    license_key_sealed: issued.sealed,
    issued_at: now,
    last_error: null,
  }).where("id", "=", grant.id).where("status", "=", "pending")
    .returning("id").executeTakeFirst();
  if (!marked) return false;
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
  return true;
}

/**
 * Records a failed try as try number `attempts`: retried with backoff,
 * given up after `MAX_ATTEMPTS`. Only while the grant is as this try found
 * it (`grant.attempts`): a later try's outcome stands.
 */
async function recordFailure(
  db: Database,
  grant: GrantWork,
  attempts: number,
  error: unknown,
  now: Date,
): Promise<void> {
  await db.updateTable("license_grants").set({
    attempts,
    status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
    next_attempt_at: new Date(now.getTime() + backoff(attempts)),
    last_error: describeError(error),
  }).where("id", "=", grant.id).where("status", "=", "pending")
    .where("attempts", "=", grant.attempts).execute();
}

/** Claims the next due grant for a remote try and counts the try; committed. */
async function claimGrant(
  db: Database,
  now: Date,
): Promise<GrantWork | undefined> {
  return await inTransaction(db, async (tx) => {
    const grant = await dueGrants(tx, now, new Set())
      .forUpdate("g").skipLocked().executeTakeFirst();
    if (!grant) return undefined;
    const attempts = grant.attempts + 1;
    await tx.updateTable("license_grants").set({
      attempts,
      next_attempt_at: new Date(now.getTime() + GRANT_CLAIM_LEASE_MS),
    }).where("id", "=", grant.id).execute();
    return { ...grant, attempts };
  });
}

/** Asks the configured license server for the grant's key. */
async function requestRemoteKey(
  env: IssuingEnv,
  grant: GrantWork,
  expiresAt: Date | null,
): Promise<string> {
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
  return body.key;
}

/** Claim, call, record: one grant through the remote license server. */
async function issueOneRemotely(
  db: Database,
  env: IssuingEnv,
  now: Date,
): Promise<StepOutcome> {
  const grant = await claimGrant(db, now);
  if (!grant) return "none";
  let issued: Issued;
  try {
    const expiresAt = trialEnd(grant, now);
    const key = await requestRemoteKey(env, grant, expiresAt);
    const sealed = await env.keys.encrypt("license-keys", key);
    issued = { key, sealed, licenseId: null, upgraded: false, expiresAt };
  } catch (error) {
    await recordFailure(db, grant, grant.attempts, error, now);
    return "failed";
  }
  const recorded = await inTransaction(
    db,
    (tx) => recordIssued(tx, env, grant, issued, now),
  );
  return recorded ? "issued" : "busy";
}

/** How a grant is issued here, with its crypto already done. */
type LocalPlan =
  /** The grant's own license exists already (by its reference). */
  | { kind: "existing"; issued: Issued }
  /** A full purchase after a trial: the trial's key becomes full. */
  | { kind: "upgrade"; trialId: string; issued: Issued }
  | { kind: "new"; prepared: PreparedKey; expiresAt: Date | null };

/** Reads and does the crypto for issuing `grant` here, before any transaction. */
async function planLocal(
  db: Database,
  keys: Keyring,
  grant: GrantWork,
  now: Date,
): Promise<LocalPlan> {
  const unseal = (sealed: string) => keys.decrypt("license-keys", sealed);
  const own = await findLicenseByReference(
    db,
    grant.module_key,
    `grant:${grant.id}`,
  );
  if (own) {
    return {
      kind: "existing",
      issued: {
        key: await unseal(own.key_ciphertext),
        sealed: own.key_ciphertext,
        licenseId: own.id,
        upgraded: false,
        expiresAt: own.expires_at,
      },
    };
  }
  if (grant.license_type === "full") {
    const trial = await db.selectFrom("licenses")
      .select(["id", "key_ciphertext"])
      .where("client_id", "=", grant.client_id)
      .where("product", "=", grant.module_key)
      .where("type", "=", "trial").where("status", "=", "active")
      .orderBy("created_at", "desc").limit(1).executeTakeFirst();
    if (trial) {
      return {
        kind: "upgrade",
        trialId: trial.id,
        issued: {
          key: await unseal(trial.key_ciphertext),
          sealed: trial.key_ciphertext,
          licenseId: trial.id,
          upgraded: true,
          expiresAt: null,
        },
      };
    }
  }
  return {
    kind: "new",
    prepared: await prepareLicenseKey(keys, grant.module_key),
    expiresAt: trialEnd(grant, now),
  };
}

/** Carries out `plan` under the grant's row lock; database work only. */
async function applyLocal(
  tx: Database,
  env: IssuingEnv,
  grant: GrantWork,
  plan: LocalPlan,
  now: Date,
): Promise<StepOutcome> {
  const locked = await tx.selectFrom("license_grants").select("id")
    .where("id", "=", grant.id).where("status", "=", "pending")
    .forUpdate().skipLocked().executeTakeFirst();
  if (!locked) return "busy";
  let issued: Issued;
  if (plan.kind === "existing") {
    issued = plan.issued;
  } else if (plan.kind === "upgrade") {
    const upgraded = await tx.updateTable("licenses").set({
      type: "full",
      expires_at: null,
      updated_at: now,
    })
      .where("id", "=", plan.trialId)
      .where("type", "=", "trial").where("status", "=", "active")
      .returning("id").executeTakeFirst();
    if (!upgraded) return "stale";
    await recordLicenseEvent(
      tx,
      plan.trialId,
      "upgraded",
      { type: "system" },
      now,
      null,
      `grant ${grant.id}`,
    );
    issued = plan.issued;
  } else {
    const license = await insertLicense(
      tx,
      plan.prepared,
      {
        product: grant.module_key,
        email: grant.email,
        name: grant.contact_name,
        reference: `grant:${grant.id}`,
        type: grant.license_type,
        expiresAt: plan.expiresAt,
        clientId: grant.client_id,
      },
      { type: "system" },
      now,
    );
    if (!license) return "stale";
    issued = {
      key: plan.prepared.key,
      sealed: plan.prepared.keyCiphertext,
      licenseId: license.id,
      upgraded: false,
      expiresAt: plan.expiresAt,
    };
  }
  await recordIssued(tx, env, grant, issued, now);
  return "issued";
}

/** Prepare, then one short transaction: one grant issued by this instance. */
async function issueOneHere(
  db: Database,
  env: IssuingEnv,
  now: Date,
  busy: Set<string>,
): Promise<StepOutcome> {
  const grant = await dueGrants(db, now, busy).executeTakeFirst();
  if (!grant) return "none";
  try {
    const plan = await planLocal(db, env.keys, grant, now);
    const outcome = await inTransaction(
      db,
      (tx) => applyLocal(tx, env, grant, plan, now),
    );
    if (outcome === "busy") busy.add(grant.id);
    return outcome;
  } catch (error) {
    await recordFailure(db, grant, grant.attempts + 1, error, now);
    return "failed";
  }
}

/**
 * The job: issues every due grant; returns a summary for the job log.
 * Each step commits on its own, so it must not run inside a transaction.
 */
export async function issuePendingLicenses(
  db: Database,
  env: IssuingEnv,
  now: Date,
): Promise<string> {
  if (db.isTransaction) {
    throw new Error(
      "issuing commits step by step: call it outside a transaction",
    );
  }
  const remote = Boolean(env.settings.licenseServerUrl);
  const busy = new Set<string>();
  let issued = 0;
  let failed = 0;
  for (let i = 0; i < BATCH_SIZE; i++) {
    const outcome = remote
      ? await issueOneRemotely(db, env, now)
      : await issueOneHere(db, env, now, busy);
    if (outcome === "none") break;
    if (outcome === "issued") issued++;
    if (outcome === "failed") failed++;
  }
  return `${issued} issued, ${failed} failed`;
}
