/**
 * The license server: issue keys, bind a key to one domain, validate,
 * release. Answers carry an Ed25519-signed token of the license state so
 * clients can trust them offline. Errors have stable codes.
 */
import type { Database } from "../db/database.ts";
import type { License, LicenseEventKind, LicenseType } from "../db/schema.ts";
import type { Keyring } from "../crypto.ts";
import { sha256Hex } from "../crypto.ts";
import { DomainError } from "../errors.ts";
import { uniqueViolation } from "../db/errors.ts";
import { inTransaction } from "../db/transaction.ts";
import type { Actor } from "../audit.ts";
import { displayPrefix, generateLicenseKey, parseLicenseKey } from "./keys.ts";
import { isDevelopmentHost, isStagingOf, normalizeDomain } from "./domains.ts";
import type { SigningKey } from "./signing_key.ts";
import type { LicenseApiUsage } from "./usage.ts";
import {
  type LicenseTokenPayload,
  signLicenseToken,
  TOKEN_LIFETIME_MS,
} from "./tokens.ts";
import { queueWebhookEvent } from "../webhooks/events.ts";

/** A license API failure with its machine-readable code. */
export class LicenseError extends DomainError {}

const errors = {
  malformed: () =>
    new LicenseError(
      400,
      "KEY_MALFORMED",
      "This is not a valid license key; check for typos.",
    ),
  badDomain: () =>
    new LicenseError(
      400,
      "DOMAIN_INVALID",
      "The domain is not a valid host name.",
    ),
  notFound: () =>
    new LicenseError(
      404,
      "LICENSE_NOT_FOUND",
      "No license exists for this key.",
    ),
  revoked: () =>
    new LicenseError(403, "LICENSE_REVOKED", "This license has been revoked."),
  expired: () =>
    new LicenseError(403, "LICENSE_EXPIRED", "This license has expired."),
  mismatch: () =>
    new LicenseError(
      409,
      "DOMAIN_MISMATCH",
      "This key is active on another domain. Deactivate it there first.",
    ),
  notActivated: () =>
    new LicenseError(
      409,
      "NOT_ACTIVATED",
      "This key is not activated on this domain yet.",
    ),
};

/** What the license server needs besides the database and the clock. */
export interface LicenseServerEnv {
  keys: Keyring;
  signingKey(): Promise<SigningKey>;
  /** A license and its active activation by key hash (see below). */
  findForValidation(
    keyHash: string,
  ): Promise<LicenseWithActivation | undefined>;
  /** Rate limits and validation counts, written in batches. */
  usage: LicenseApiUsage;
}

/** The license as the API shows it (never the key hash or ciphertext). */
export interface PublicLicense {
  id: string;
  product: string;
  type: LicenseType;
  status: "active" | "revoked" | "expired";
  expires_at: string | null;
  key_prefix: string;
}

export interface LicenseAnswer {
  valid: boolean;
  license: PublicLicense;
  activation: { domain: string; activated_at: string } | null;
  /** True when the domain is a development or staging host that takes no activation. */
  development: boolean;
  token: string;
}

function effectiveStatus(
  license: Pick<License, "status" | "expires_at">,
  now: Date,
): PublicLicense["status"] {
  if (license.status === "revoked") return "revoked";
  if (license.expires_at && license.expires_at <= now) return "expired";
  return "active";
}

/** What an answer about a license needs of its row. */
type LicenseFacts = Pick<
  License,
  "id" | "product" | "type" | "status" | "expires_at" | "key_prefix"
>;

function publicLicense(license: LicenseFacts, now: Date): PublicLicense {
  return {
    id: license.id,
    product: license.product,
    type: license.type,
    status: effectiveStatus(license, now),
    expires_at: license.expires_at?.toISOString() ?? null,
    key_prefix: license.key_prefix,
  };
}

async function recordEvent(
  db: Database,
  licenseId: string,
  kind: LicenseEventKind,
  actor: Actor,
  now: Date,
  domain?: string | null,
  detail?: string,
): Promise<void> {
  await db.insertInto("license_events").values({
    license_id: licenseId,
    at: now,
    kind,
    domain: domain ?? null,
    actor_type: actor.type,
    actor_id: actor.id ?? null,
    detail: detail ?? null,
  }).execute();
}

export interface IssueInput {
  product: string;
  email: string;
  name?: string;
  reference: string;
  type: LicenseType;
  expiresAt?: Date | null;
  clientId?: string | null;
  /** This installation's license for its own module (see lib/licensing/own.ts). */
  ownInstallation?: boolean;
}

/** A new key with what is stored of it, made before any transaction starts. */
export interface PreparedKey {
  key: string;
  keyHash: string;
  /** The key sealed under "license-keys", so its owner can see it again. */
  keyCiphertext: string;
  keyPrefix: string;
}

/** Generates, hashes and seals a new key for `product` (the async crypto of issuing). */
export async function prepareLicenseKey(
  keys: Keyring,
  product: string,
): Promise<PreparedKey> {
  const key = generateLicenseKey(product);
  return {
    key,
    keyHash: await sha256Hex(key),
    keyCiphertext: await keys.encrypt("license-keys", key),
    keyPrefix: displayPrefix(key),
  };
}

/**
 * Inserts the license for a prepared key, unless one exists for the same
 * product and reference (then undefined and nothing is written). Database
 * work only, so it can run inside a caller's short transaction.
 */
export async function insertLicense(
  db: Database,
  prepared: PreparedKey,
  input: IssueInput,
  actor: Actor,
  now: Date,
): Promise<License | undefined> {
  return await inTransaction(db, async (tx) => {
    const row = await tx.insertInto("licenses").values({
      key_hash: prepared.keyHash,
      key_ciphertext: prepared.keyCiphertext,
      key_prefix: prepared.keyPrefix,
      product: input.product,
      email: input.email,
      name: input.name ?? null,
      client_id: input.clientId ?? null,
      reference: input.reference,
      type: input.type,
      expires_at: input.expiresAt ?? null,
      own_installation: input.ownInstallation ?? false,
      created_at: now,
      updated_at: now,
    })
      .onConflict((oc) =>
        oc.columns(["product", "reference"]).where("reference", "is not", null)
          .doNothing()
      )
      .returningAll()
      .executeTakeFirst();
    if (row) {
      await recordEvent(tx, row.id, "issued", actor, now, null, input.type);
      await queueWebhookEvent(tx, "license.issued", row.id, now);
    }
    return row;
  });
}

/** The license issued for `reference` of `product`, if any. */
export async function findLicenseByReference(
  db: Database,
  product: string,
  reference: string,
): Promise<License | undefined> {
  return await db.selectFrom("licenses").selectAll()
    .where("product", "=", product).where("reference", "=", reference)
    .executeTakeFirst();
}

/**
 * Issues a license, or returns the one already issued for the same product
 * and reference (a retried request never makes a second license).
 */
export async function issueLicense(
  db: Database,
  keys: Keyring,
  input: IssueInput,
  actor: Actor,
  now: Date,
): Promise<{ key: string; license: License; created: boolean }> {
  const prepared = await prepareLicenseKey(keys, input.product);
  const created = await insertLicense(db, prepared, input, actor, now);
  if (created) return { key: prepared.key, license: created, created: true };
  const existing = await findLicenseByReference(
    db,
    input.product,
    input.reference,
  );
  if (!existing) throw new Error("the conflicting license is gone");
  return {
    key: await keys.decrypt("license-keys", existing.key_ciphertext),
    license: existing,
    created: false,
  };
}

/** The license for a typed key; KEY_MALFORMED or LICENSE_NOT_FOUND otherwise. */
export async function findLicenseByKey(
  db: Database,
  key: string,
): Promise<License> {
  const parsed = parseLicenseKey(key);
  if (!parsed) throw errors.malformed();
  const license = await db.selectFrom("licenses").selectAll()
    .where("key_hash", "=", await sha256Hex(parsed.canonical))
    .executeTakeFirst();
  if (!license) throw errors.notFound();
  return license;
}

export type LicenseWithActivation = LicenseFacts & {
  key_hash: string;
  activation_id: string | null;
  activation_domain: string | null;
  activation_activated_at: Date | null;
};

/**
 * Licenses and their active activations by key hash, for many keys in one
 * round trip: validation is the call every installation makes, so
 * concurrent ones share a query (`batchedLookup` in lib/db/batch.ts). Only
 * the columns an answer needs are read.
 */
export async function findLicensesForValidation(
  db: Database,
  keyHashes: string[],
): Promise<Map<string, LicenseWithActivation>> {
  const rows = await db.selectFrom("licenses as l")
    .leftJoin(
      "license_activations as a",
      (join) =>
        join.onRef("a.license_id", "=", "l.id")
          .on("a.deactivated_at", "is", null),
    )
    .select([
      "l.id",
      "l.key_hash",
      "l.product",
      "l.type",
      "l.status",
      "l.expires_at",
      "l.key_prefix",
      "a.id as activation_id",
      "a.domain as activation_domain",
      "a.activated_at as activation_activated_at",
    ])
    .where("l.key_hash", "in", keyHashes)
    .execute();
  return new Map(rows.map((row) => [row.key_hash, row]));
}

function usableOrThrow(license: LicenseFacts, now: Date): void {
  const status = effectiveStatus(license, now);
  if (status === "revoked") throw errors.revoked();
  if (status === "expired") throw errors.expired();
}

function domainOrThrow(input: string): string {
  const domain = normalizeDomain(input);
  if (!domain) throw errors.badDomain();
  return domain;
}

async function activeActivation(db: Database, licenseId: string) {
  return await db.selectFrom("license_activations").selectAll()
    .where("license_id", "=", licenseId).where("deactivated_at", "is", null)
    .executeTakeFirst();
}

async function answer(
  env: LicenseServerEnv,
  license: LicenseFacts,
  domain: string,
  activation: { domain: string; activated_at: Date } | null,
  development: boolean,
  now: Date,
): Promise<LicenseAnswer> {
  const pub = publicLicense(license, now);
  const payload: LicenseTokenPayload = {
    lid: license.id,
    product: license.product,
    domain,
    type: license.type,
    status: pub.status,
    expires_at: pub.expires_at,
    issued_at: now.toISOString(),
    valid_until: new Date(now.getTime() + TOKEN_LIFETIME_MS).toISOString(),
  };
  return {
    valid: pub.status === "active",
    license: pub,
    activation: activation
      ? {
        domain: activation.domain,
        activated_at: activation.activated_at.toISOString(),
      }
      : null,
    development,
    token: signLicenseToken((await env.signingKey()).privateKey, payload),
  };
}

/**
 * Binds a key to a domain. The same domain again is fine; another domain
 * is DOMAIN_MISMATCH; development and staging hosts answer valid without
 * taking the activation. Concurrent activations race at the unique index.
 */
export async function activateLicense(
  db: Database,
  env: LicenseServerEnv,
  input: { key: string; domain: string },
  now: Date,
): Promise<LicenseAnswer> {
  const license = await findLicenseByKey(db, input.key);
  const domain = domainOrThrow(input.domain);
  usableOrThrow(license, now);
  const current = await activeActivation(db, license.id);
  if (current?.domain === domain) {
    return await answer(env, license, domain, current, false, now);
  }
  if (
    isDevelopmentHost(domain) ||
    (current && isStagingOf(domain, current.domain))
  ) {
    return await answer(env, license, domain, current ?? null, true, now);
  }
  if (current) throw errors.mismatch();
  try {
    const activation = await inTransaction(db, async (tx) => {
      const row = await tx.insertInto("license_activations").values({
        license_id: license.id,
        domain,
        activated_at: now,
      }).returningAll().executeTakeFirstOrThrow();
      await recordEvent(
        tx,
        license.id,
        "activated",
        { type: "api" },
        now,
        domain,
      );
      await queueWebhookEvent(tx, "license.activated", license.id, now, {
        domain,
      });
      return row;
    });
    return await answer(env, license, domain, activation, false, now);
  } catch (error) {
    if (uniqueViolation(error) === undefined) throw error;
    // Another activation won the race: same domain is fine, else a mismatch.
    const winner = await activeActivation(db, license.id);
    if (winner?.domain === domain) {
      return await answer(env, license, domain, winner, false, now);
    }
    throw errors.mismatch();
  }
}

/** Checks a key on a domain and returns a fresh token. */
export async function validateLicense(
  env: LicenseServerEnv,
  input: { key: string; domain: string },
  now: Date,
): Promise<LicenseAnswer> {
  const parsed = parseLicenseKey(input.key);
  if (!parsed) throw errors.malformed();
  const row = await env.findForValidation(await sha256Hex(parsed.canonical));
  if (!row) throw errors.notFound();
  const domain = domainOrThrow(input.domain);
  const {
    activation_id,
    activation_domain,
    activation_activated_at,
    ...license
  } = row;
  usableOrThrow(license, now);
  const current = activation_id && activation_domain && activation_activated_at
    ? { domain: activation_domain, activated_at: activation_activated_at }
    : undefined;
  if (activation_id && current?.domain === domain) {
    env.usage.recordValidation(activation_id, now);
    return await answer(env, license, domain, current, false, now);
  }
  if (
    isDevelopmentHost(domain) ||
    (current && isStagingOf(domain, current.domain))
  ) {
    return await answer(env, license, domain, current ?? null, true, now);
  }
  throw current ? errors.mismatch() : errors.notActivated();
}

/** Frees the key from `domain` so it can be activated elsewhere. */
export async function deactivateLicense(
  db: Database,
  input: { key: string; domain: string },
  actor: Actor,
  now: Date,
): Promise<{ valid: false; license: PublicLicense; deactivated: true }> {
  const license = await findLicenseByKey(db, input.key);
  const domain = domainOrThrow(input.domain);
  const current = await activeActivation(db, license.id);
  if (!current || current.domain !== domain) {
    throw current ? errors.mismatch() : errors.notActivated();
  }
  await releaseActivation(
    db,
    license.id,
    current.id,
    "deactivated",
    actor,
    now,
  );
  return {
    valid: false,
    license: publicLicense(license, now),
    deactivated: true,
  };
}

/** Ends an activation and records why (deactivated, released, moved). */
export async function releaseActivation(
  db: Database,
  licenseId: string,
  activationId: string,
  kind: "deactivated" | "released" | "moved",
  actor: Actor,
  now: Date,
): Promise<void> {
  await inTransaction(
    db,
    (tx) => endActivation(tx, licenseId, activationId, kind, actor, now),
  );
}

/**
 * `releaseActivation` inside the caller's transaction, for changes that
 * end an activation together with other writes (a move, a limited
 * release). Returns the freed domain, or undefined when it had ended already.
 */
export async function endActivation(
  tx: Database,
  licenseId: string,
  activationId: string,
  kind: "deactivated" | "released" | "moved",
  actor: Actor,
  now: Date,
  detail?: string,
): Promise<string | undefined> {
  const ended = await tx.updateTable("license_activations").set({
    deactivated_at: now,
  })
    .where("id", "=", activationId).where("deactivated_at", "is", null)
    .returning("domain").executeTakeFirst();
  if (ended) {
    await recordEvent(tx, licenseId, kind, actor, now, ended.domain, detail);
  }
  return ended?.domain;
}

export {
  activeActivation,
  effectiveStatus,
  publicLicense,
  recordEvent as recordLicenseEvent,
};
