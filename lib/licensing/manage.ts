/**
 * Managing issued licenses by hand: staff search, inspect, revoke,
 * reinstate, extend and move them (admin → Licenses); a portal contact
 * sees their client's licenses with the full key and may free a bound
 * domain a few times a month without asking support. Every change is a
 * `license_events` row naming the person who made it.
 */
import type { ExpressionBuilder } from "kysely";
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import type {
  ActorType,
  LicenseEventKind,
  LicenseStatus,
  LicenseType,
  Tables,
} from "../db/schema.ts";
import type { Actor } from "../audit.ts";
import { type Keyring, sha256Hex } from "../crypto.ts";
import { uniqueViolation } from "../db/errors.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { containsPattern, type Paged, pageWindow } from "../db/paging.ts";
import { isDevelopmentHost, normalizeDomain } from "./domains.ts";
import { parseLicenseKey } from "./keys.ts";
import {
  activeActivation,
  effectiveStatus,
  endActivation,
  type PublicLicense,
  recordLicenseEvent,
} from "./server.ts";
import { queueWebhookEvent } from "../webhooks/events.ts";

export const LICENSES_PAGE_SIZE = 25;

/** Self-service releases a client may make within `RELEASE_WINDOW_DAYS`. */
export const RELEASES_PER_WINDOW = 3;
export const RELEASE_WINDOW_DAYS = 30;
const RELEASE_WINDOW_MS = RELEASE_WINDOW_DAYS * 24 * 3600 * 1000;

/** A license's status as people see it: an active one past its expiry is expired. */
export type EffectiveLicenseStatus = PublicLicense["status"];
export const LICENSE_STATUSES: readonly EffectiveLicenseStatus[] = [
  "active",
  "expired",
  "revoked",
];

/** The filters of the admin license list; all optional. */
export interface LicenseSearch {
  /** A key prefix as typed (`booking-7k3m`), the full key, an email, a bound domain or a product. */
  q?: string;
  product?: string;
  status?: EffectiveLicenseStatus;
  page?: number;
  pageSize?: number;
}

/**
 * The English and German name of the product that sells a license's
 * module (the first in shop order), so pages name products, not keys.
 */
const productName = (locale: "en" | "de") =>
  sql<string | null>`(select ${
    sql.ref(`p.name_${locale}`)
  } from products p where p.module_key = l.product order by p.position limit 1)`;

/** What every license row shows of its product. */
export interface ProductNames {
  /** Null when no product sells the module (a key issued by hand). */
  product_name_en: string | null;
  product_name_de: string | null;
}

/** A row of the admin license list (never the key itself). */
export interface LicenseListRow extends ProductNames {
  id: string;
  key_prefix: string;
  product: string;
  email: string;
  name: string | null;
  client_id: string | null;
  type: LicenseType;
  status: EffectiveLicenseStatus;
  expires_at: Date | null;
  created_at: Date;
  /** The domain the key is bound to now, if any. */
  domain: string | null;
  /** This installation's own license (lib/licensing/own.ts). */
  own_installation: boolean;
}

/** One binding of a key to a domain, current or past. */
export interface ActivationRow {
  id: string;
  domain: string;
  activated_at: Date;
  deactivated_at: Date | null;
  /** Validations are counted on the activation, not stored one per call. */
  validation_count: number;
  last_validated_at: Date | null;
}

/** One entry of a license's history, with who did it. */
export interface LicenseEventRow {
  id: string;
  at: Date;
  kind: LicenseEventKind;
  domain: string | null;
  detail: string | null;
  actor_type: ActorType;
  /** The staff member, contact or API key behind the change, if known. */
  actor_name: string | null;
}

/** Everything the admin license page shows. */
export interface LicenseDetail {
  license: Omit<LicenseListRow, "domain"> & {
    reference: string | null;
    updated_at: Date;
  };
  client: { id: string; company: string | null; contact: string | null } | null;
  /** Newest first; at most one without `deactivated_at`. */
  activations: ActivationRow[];
  /** Newest first. */
  events: LicenseEventRow[];
}

/** A license as its owner sees it in the portal, full key included. */
export interface ContactLicense extends ProductNames {
  id: string;
  key: string;
  product: string;
  type: LicenseType;
  status: EffectiveLicenseStatus;
  expires_at: Date | null;
  domain: string | null;
  activated_at: Date | null;
}

/** How many self-service releases a client has left. */
export interface ReleaseAllowance {
  limit: number;
  used: number;
  remaining: number;
  /** When the oldest counted release leaves the window (null when none counts). */
  renewsAt: Date | null;
}

/** A self-service release refused because the client used up its allowance. */
export class ReleaseLimitError extends ConflictError {
  constructor(readonly renewsAt: Date | null) {
    super(
      `At most ${RELEASES_PER_WINDOW} domain releases in ${RELEASE_WINDOW_DAYS} days.`,
      "RELEASE_LIMIT_REACHED",
    );
  }
}

type LicenseScope = ExpressionBuilder<
  Tables & { l: Tables["licenses"] },
  "l"
>;

function statusIs(
  eb: LicenseScope,
  status: EffectiveLicenseStatus,
  now: Date,
) {
  if (status === "revoked") return eb("l.status", "=", "revoked");
  const unexpired = eb.or([
    eb("l.expires_at", "is", null),
    eb("l.expires_at", ">", now),
  ]);
  return eb.and([
    eb("l.status", "=", "active"),
    status === "active" ? unexpired : eb.not(unexpired),
  ]);
}

/**
 * What a person typed of a key in the stored prefix's form
 * (`booking 7k3m…` → `BOOKING-7K3M`): upper case, a dash or spaces after
 * the product, O read as 0 and I/L as 1 in the random part as the key
 * parser does. Only the first group is stored in clear, so only that is
 * compared; null when the input cannot be the start of a key.
 */
function typedKeyPrefix(input: string): string | null {
  const typed = /^([A-Z0-9]{2,40})[\s-]+(.+)$/.exec(input.toUpperCase());
  if (!typed) return null;
  const group = typed[2].replace(/[\s-]/g, "")
    .replace(/O/g, "0").replace(/[IL]/g, "1").slice(0, 4);
  // Both parts are [A-Z0-9] only, so the LIKE pattern needs no escaping.
  return /^[0-9A-Z]+$/.test(group) ? `${typed[1]}-${group}` : null;
}

async function searchTerm(term: string) {
  const fullKey = parseLicenseKey(term);
  return {
    pattern: containsPattern(term),
    domainPattern: containsPattern(normalizeDomain(term) ?? term.toLowerCase()),
    keyPrefix: typedKeyPrefix(term),
    keyHash: fullKey ? await sha256Hex(fullKey.canonical) : null,
  };
}

/**
 * Licenses page by page, newest first. `q` matches a typed key prefix or
 * the whole key, the email or name, the bound domain or the product.
 */
export async function searchLicenses(
  db: Database,
  search: LicenseSearch,
  now: Date,
): Promise<Paged<LicenseListRow>> {
  const pageSize = search.pageSize ?? LICENSES_PAGE_SIZE;
  // A prefix copied from a list ends in "-…": that tail is no part of any value.
  const q = search.q?.trim().replace(/[\s.…-]+$/u, "");
  const term = q ? await searchTerm(q) : null;
  const matching = db.selectFrom("licenses as l")
    .leftJoin(
      "license_activations as a",
      (join) =>
        join.onRef("a.license_id", "=", "l.id").on(
          "a.deactivated_at",
          "is",
          null,
        ),
    )
    .$if(!!search.product, (qb) => qb.where("l.product", "=", search.product!))
    .$if(
      !!search.status,
      (qb) => qb.where((eb) => statusIs(eb, search.status!, now)),
    )
    .$if(term !== null, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb("l.email", "ilike", term!.pattern),
          eb("l.name", "ilike", term!.pattern),
          eb("l.product", "ilike", term!.pattern),
          eb("a.domain", "like", term!.domainPattern),
          ...(term!.keyPrefix
            ? [eb("l.key_prefix", "like", `${term!.keyPrefix}%`)]
            : []),
          ...(term!.keyHash ? [eb("l.key_hash", "=", term!.keyHash)] : []),
        ])
      ));
  const { total } = await matching
    .select((eb) => eb.fn.countAll<string>().as("total"))
    .executeTakeFirstOrThrow();
  const window = pageWindow(search.page ?? 1, Number(total), pageSize);
  const rows = await matching
    .select([
      "l.id",
      "l.key_prefix",
      "l.product",
      "l.email",
      "l.name",
      "l.client_id",
      "l.type",
      "l.status",
      "l.expires_at",
      "l.created_at",
      "l.own_installation",
      "a.domain",
      productName("en").as("product_name_en"),
      productName("de").as("product_name_de"),
    ])
    .orderBy("l.created_at", "desc").orderBy("l.id")
    .limit(pageSize).offset(window.offset)
    .execute();
  return {
    rows: rows.map((row) => ({ ...row, status: effectiveStatus(row, now) })),
    total: Number(total),
    page: window.page,
    pageCount: window.pageCount,
    pageSize,
  };
}

/** The products that have licenses, for the list's filter. */
export async function listLicenseProducts(db: Database): Promise<string[]> {
  const rows = await db.selectFrom("licenses").select("product").distinct()
    .orderBy("product").execute();
  return rows.map((row) => row.product);
}

/** One license with its client, activations and history; unknown id → `NotFoundError`. */
export async function getLicenseDetail(
  db: Database,
  licenseId: string,
  now: Date,
): Promise<LicenseDetail> {
  const license = await db.selectFrom("licenses as l")
    .select([
      "l.id",
      "l.key_prefix",
      "l.product",
      "l.email",
      "l.name",
      "l.client_id",
      "l.reference",
      "l.type",
      "l.status",
      "l.expires_at",
      "l.created_at",
      "l.updated_at",
      "l.own_installation",
      productName("en").as("product_name_en"),
      productName("de").as("product_name_de"),
    ])
    .where("l.id", "=", licenseId).executeTakeFirst();
  if (!license) {
    throw new NotFoundError("Unknown license.", "LICENSE_NOT_FOUND");
  }
  const [client, activations, events] = await Promise.all([
    license.client_id
      ? db.selectFrom("clients as c")
        .leftJoin(
          "contacts as p",
          (join) =>
            join.onRef("p.client_id", "=", "c.id").on(
              "p.is_primary",
              "=",
              true,
            ),
        )
        .select(["c.id", "c.company", "p.name as contact"])
        .where("c.id", "=", license.client_id).executeTakeFirst()
      : undefined,
    db.selectFrom("license_activations")
      .select([
        "id",
        "domain",
        "activated_at",
        "deactivated_at",
        "validation_count",
        "last_validated_at",
      ])
      .where("license_id", "=", licenseId)
      .orderBy("activated_at", "desc").orderBy("id").execute(),
    db.selectFrom("license_events as e")
      .leftJoin(
        "staff as s",
        (join) =>
          join.onRef("s.id", "=", "e.actor_id").on(
            "e.actor_type",
            "=",
            "staff",
          ),
      )
      .leftJoin(
        "contacts as c",
        (join) =>
          join.onRef("c.id", "=", "e.actor_id").on(
            "e.actor_type",
            "=",
            "contact",
          ),
      )
      .leftJoin(
        "api_keys as k",
        (join) =>
          join.onRef("k.id", "=", "e.actor_id").on("e.actor_type", "=", "api"),
      )
      .select((eb) => [
        "e.id",
        "e.at",
        "e.kind",
        "e.domain",
        "e.detail",
        "e.actor_type",
        eb.fn.coalesce("s.name", "c.name", "k.name").as("actor_name"),
      ])
      .where("e.license_id", "=", licenseId)
      .orderBy("e.at", "desc").orderBy("e.id", "desc").execute(),
  ]);
  return {
    license: { ...license, status: effectiveStatus(license, now) },
    client: client ?? null,
    activations,
    events,
  };
}

/** The full key of a license, decrypted (staff may look it up again for a client). */
export async function readLicenseKey(
  db: Database,
  keys: Keyring,
  licenseId: string,
): Promise<string> {
  const row = await db.selectFrom("licenses").select("key_ciphertext")
    .where("id", "=", licenseId).executeTakeFirst();
  if (!row) throw new NotFoundError("Unknown license.", "LICENSE_NOT_FOUND");
  return await keys.decrypt("license-keys", row.key_ciphertext);
}

/** Locks the license row for the rest of the transaction, so changes to one license queue up. */
async function lockLicense(tx: Database, licenseId: string) {
  const license = await tx.selectFrom("licenses")
    .select(["id", "status", "client_id"])
    .where("id", "=", licenseId).forUpdate().executeTakeFirst();
  if (!license) {
    throw new NotFoundError("Unknown license.", "LICENSE_NOT_FOUND");
  }
  return license;
}

async function changeStatus(
  db: Database,
  licenseId: string,
  status: LicenseStatus,
  kind: "revoked" | "reinstated",
  actor: Actor,
  now: Date,
): Promise<boolean> {
  return await inTransaction(db, async (tx) => {
    const license = await lockLicense(tx, licenseId);
    if (license.status === status) return false;
    await tx.updateTable("licenses").set({ status, updated_at: now })
      .where("id", "=", licenseId).execute();
    await recordLicenseEvent(tx, licenseId, kind, actor, now);
    if (kind === "revoked") {
      await queueWebhookEvent(tx, "license.revoked", licenseId, now);
    }
    return true;
  });
}

/**
 * Revokes a license: validation answers LICENSE_REVOKED from now on, the
 * activation stays so reinstating restores it. False when already revoked.
 */
export async function revokeLicense(
  db: Database,
  licenseId: string,
  actor: Actor,
  now: Date,
): Promise<boolean> {
  return await changeStatus(db, licenseId, "revoked", "revoked", actor, now);
}

/** Makes a revoked license valid again. False when it was not revoked. */
export async function reinstateLicense(
  db: Database,
  licenseId: string,
  actor: Actor,
  now: Date,
): Promise<boolean> {
  return await changeStatus(db, licenseId, "active", "reinstated", actor, now);
}

/** Sets a new expiry, which must lie in the future (field `expires_at` otherwise). */
export async function extendLicense(
  db: Database,
  licenseId: string,
  newExpiry: Date,
  actor: Actor,
  now: Date,
): Promise<void> {
  if (newExpiry <= now) {
    throw new ValidationError({ expires_at: "licensing.extend.past" });
  }
  await inTransaction(db, async (tx) => {
    await lockLicense(tx, licenseId);
    await tx.updateTable("licenses")
      .set({ expires_at: newExpiry, updated_at: now })
      .where("id", "=", licenseId).execute();
    await recordLicenseEvent(
      tx,
      licenseId,
      "extended",
      actor,
      now,
      null,
      newExpiry.toISOString(),
    );
  });
}

function bindableDomain(input: string): string {
  const domain = normalizeDomain(input);
  if (!domain) {
    throw new ValidationError({ domain: "licensing.domain.invalid" });
  }
  if (isDevelopmentHost(domain)) {
    throw new ValidationError({ domain: "licensing.domain.development" });
  }
  return domain;
}

/**
 * Binds a license to another domain: the current activation ends as
 * "moved" (the event names the old domain, its detail the new one) and the
 * normalised new domain is bound, in one transaction. Without a current
 * activation this is a plain "activated". The unique index still guards
 * against an activation through the API at the same moment.
 */
export async function moveLicense(
  db: Database,
  licenseId: string,
  newDomain: string,
  actor: Actor,
  now: Date,
): Promise<{ from: string | null; to: string }> {
  const domain = bindableDomain(newDomain);
  try {
    return await inTransaction(db, async (tx) => {
      await lockLicense(tx, licenseId);
      const current = await activeActivation(tx, licenseId);
      if (current?.domain === domain) {
        throw new ValidationError({ domain: "licensing.move.sameDomain" });
      }
      if (current) {
        await endActivation(
          tx,
          licenseId,
          current.id,
          "moved",
          actor,
          now,
          domain,
        );
      } else {
        await recordLicenseEvent(
          tx,
          licenseId,
          "activated",
          actor,
          now,
          domain,
        );
      }
      await tx.insertInto("license_activations")
        .values({ license_id: licenseId, domain, activated_at: now })
        .execute();
      return { from: current?.domain ?? null, to: domain };
    });
  } catch (error) {
    if (uniqueViolation(error) === undefined) throw error;
    throw new ConflictError(
      "The key was activated elsewhere at the same moment. Please try again.",
      "ACTIVATION_CONFLICT",
    );
  }
}

/** The licenses of the contact's client, newest first, each with its full key. */
export async function listContactLicenses(
  db: Database,
  keys: Keyring,
  contact: { clientId: string },
  now: Date,
): Promise<ContactLicense[]> {
  const rows = await db.selectFrom("licenses as l")
    .leftJoin(
      "license_activations as a",
      (join) =>
        join.onRef("a.license_id", "=", "l.id").on(
          "a.deactivated_at",
          "is",
          null,
        ),
    )
    .select([
      "l.id",
      "l.key_ciphertext",
      "l.product",
      "l.type",
      "l.status",
      "l.expires_at",
      "a.domain",
      "a.activated_at",
      productName("en").as("product_name_en"),
      productName("de").as("product_name_de"),
    ])
    .where("l.client_id", "=", contact.clientId)
    .orderBy("l.created_at", "desc").orderBy("l.id").execute();
  return await Promise.all(rows.map(async (row) => ({
    id: row.id,
    key: await keys.decrypt("license-keys", row.key_ciphertext),
    product: row.product,
    product_name_en: row.product_name_en,
    product_name_de: row.product_name_de,
    type: row.type,
    status: effectiveStatus(row, now),
    expires_at: row.expires_at,
    domain: row.domain,
    activated_at: row.activated_at,
  })));
}

/**
 * How many self-service releases the contact's client has left: "released"
 * events on its licenses within the last `RELEASE_WINDOW_DAYS` count.
 */
export async function contactReleaseAllowance(
  db: Database,
  contact: { clientId: string },
  now: Date,
): Promise<ReleaseAllowance> {
  const since = new Date(now.getTime() - RELEASE_WINDOW_MS);
  const releases = await db.selectFrom("license_events as e")
    .innerJoin("licenses as l", "l.id", "e.license_id")
    .select("e.at")
    .where("l.client_id", "=", contact.clientId)
    .where("e.kind", "=", "released")
    .where("e.at", ">", since)
    .orderBy("e.at").execute();
  const used = releases.length;
  return {
    limit: RELEASES_PER_WINDOW,
    used,
    remaining: Math.max(0, RELEASES_PER_WINDOW - used),
    renewsAt: used
      ? new Date(releases[0].at.getTime() + RELEASE_WINDOW_MS)
      : null,
  };
}

/**
 * Frees the domain of one of the contact's client's licenses, so it can be
 * activated elsewhere without a support ticket. Another client's license
 * is `NotFoundError`; an unbound one ConflictError NOT_ACTIVATED; past the
 * allowance `ReleaseLimitError` and nothing changes. Returns the freed domain.
 */
export async function releaseDomainByContact(
  db: Database,
  contact: { id: string; clientId: string },
  licenseId: string,
  now: Date,
): Promise<string> {
  return await inTransaction(db, async (tx) => {
    // One release per client at a time, so two at once cannot both pass the count.
    await tx.selectFrom("clients").select("id")
      .where("id", "=", contact.clientId).forUpdate().executeTakeFirst();
    const license = await lockLicense(tx, licenseId);
    if (license.client_id !== contact.clientId) {
      throw new NotFoundError("Unknown license.", "LICENSE_NOT_FOUND");
    }
    const current = await activeActivation(tx, licenseId);
    if (!current) {
      throw new ConflictError(
        "This license is not bound to a domain.",
        "NOT_ACTIVATED",
      );
    }
    const allowance = await contactReleaseAllowance(tx, contact, now);
    if (allowance.remaining === 0) {
      throw new ReleaseLimitError(allowance.renewsAt);
    }
    await endActivation(
      tx,
      licenseId,
      current.id,
      "released",
      { type: "contact", id: contact.id },
      now,
    );
    return current.domain;
  });
}
