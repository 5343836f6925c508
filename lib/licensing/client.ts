/**
 * The license client: this instance's own modules (booking, activity)
 * hold a license from a license server (by default this same instance,
 * then called in process: see lib/licensing/own.ts).
 *
 * The last signed answer is cached per module in `options`, sealed with
 * AES-GCM under the app secret, and its token is verified against the
 * server key pinned at activation every time it is read: editing the row
 * or signing a token with another key unlocks nothing. A background check
 * runs at most once per 24 h; when the server cannot be reached the module
 * stays valid until 7 days after the last good answer (by the server's own
 * signed time), and the latest time ever seen is kept so a clock set back
 * does not stretch that grace.
 *
 * Beside each cache a second sealed row, the record, holds the cache's
 * revision (raised by every change: each good check, refusal, missed
 * check and time seen), the signed server time of its token and the
 * latest time ever seen. The two rows are only written together, in one
 * compare-and-swap, and the record only moves forward; a cache that does
 * not agree with it is refused (`STATE_MISMATCH`) until the server
 * answers again. So an older copy of the cache row put back alone (from a
 * backup) re-opens nothing, even with the clock set back, nor does
 * deleting the record. What no offline check can tell apart from the real
 * past: both rows (or the whole database) restored together with the
 * clock set back.
 */
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import type { Keyring } from "../crypto.ts";
import { DomainError } from "../errors.ts";
import { normalizeDomain } from "./domains.ts";
import { parseLicenseKey } from "./keys.ts";
import {
  type LicenseTokenPayload,
  readLicenseToken,
  verifyLicenseToken,
} from "./tokens.ts";

export type LicensedModule = "booking" | "activity";
export const LICENSED_MODULES: LicensedModule[] = ["booking", "activity"];

const DAY = 24 * 3600 * 1000;
export const CHECK_INTERVAL_MS = DAY;
export const GRACE_MS = 7 * DAY;
/** How far the clock moves on before the latest time seen is written. */
const SEEN_STEP_MS = 3600_000;
/** Writers racing on one module's rows: each retry reads them again. */
const WRITE_ATTEMPTS = 5;

export interface LicenseClientEnv {
  keys: Keyring;
  /** This instance's public URL: its host is the licensed domain. */
  appUrl: string;
  /** Base URL of the license server. */
  serverUrl: string;
  /**
   * Set when the license server is this instance: calls go to its server
   * functions in process instead of over HTTP to `serverUrl`.
   */
  link?: LicenseServerLink;
}

/** A license server's answer to one call: its HTTP status and JSON body. */
export interface ServerReply {
  ok: boolean;
  status: number;
  body: { token?: string; error?: { code: string; message: string } };
}

/** The calls the client makes of a license server. */
export interface LicenseServerLink {
  call(
    action: "activate" | "validate",
    input: { key: string; domain: string },
    now: Date,
  ): Promise<ServerReply>;
  /** The server's public key (JWK) that signs its tokens. */
  publicKey(): Promise<JsonWebKey>;
}

/** The license server at `serverUrl`, over HTTP. */
function httpLink(serverUrl: string): LicenseServerLink {
  return {
    async call(action, input) {
      const res = await fetch(`${serverUrl}/api/licenses/${action}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(input),
        signal: AbortSignal.timeout(10_000),
      });
      const parsed = await res.json().catch(() => ({}));
      return { ok: res.ok, status: res.status, body: parsed };
    },
    async publicKey() {
      const res = await fetch(`${serverUrl}/api/licenses/public-key`, {
        signal: AbortSignal.timeout(10_000),
      });
      return await res.json();
    },
  };
}

const linkOf = (env: LicenseClientEnv) => env.link ?? httpLink(env.serverUrl);

interface CachedLicense {
  key: string;
  token: string;
  publicJwk: JsonWebKey;
  lastCheckAt: string;
  latestSeenAt: string;
  /** Set when the last check could not reach the server. */
  lastError: string | null;
  /** Set when the server answered that the license is no longer good. */
  refusedCode: string | null;
  /** The record's revision written with it; absent in caches from before the record. */
  revision?: number;
}

/** The sealed record kept beside a module's cache (see the module comment). */
interface LicenseRecord {
  revision: number;
  /** `issued_at` of the cache's token. */
  signedAt: string;
  latestSeenAt: string;
}

/** One module's two rows as stored: raw (for the swap) and opened. */
interface StoredLicense {
  sealedCache?: string;
  sealedRecord?: string;
  cache: CachedLicense | "tampered" | null;
  record: LicenseRecord | "tampered" | null;
}

export interface ModuleLicenseState {
  status: "valid" | "grace" | "invalid" | "unlicensed";
  /**
   * Why it is invalid: a server code, or TAMPERED / STATE_MISMATCH /
   * LICENSE_EXPIRED / GRACE_OVER / DOMAIN_CHANGED.
   */
  reason?: string;
  domain?: string;
  keyPrefix?: string;
  expiresAt?: string | null;
  lastCheckAt?: string;
  /** Whole days of grace left while the server is unreachable. */
  graceDaysLeft?: number;
}

/** A failed activation, with the server's code. */
export class LicenseActivationError extends DomainError {
  constructor(code: string, message: string) {
    super(422, code, message);
  }
}

/** A module page refused because the module's license is not valid. */
export class ModuleLockedError extends DomainError {
  constructor(
    readonly module: LicensedModule,
    readonly state: ModuleLicenseState,
    /** This instance is its own license server: it can license itself. */
    readonly ownServer = false,
  ) {
    super(403, "MODULE_LOCKED", `The ${module} module needs a valid license.`);
  }
}

/** True for names of licensed modules (from a URL, say). */
export function isLicensedModule(value: unknown): value is LicensedModule {
  return value === "booking" || value === "activity";
}

const cacheName = (module: LicensedModule) => `license.client.${module}`;
const recordName = (module: LicensedModule) =>
  `license.client.${module}.record`;
const cachePurpose = (module: LicensedModule) => `license-cache:${module}`;
const recordPurpose = (module: LicensedModule) => `license-record:${module}`;

function licensedDomain(env: LicenseClientEnv): string {
  return normalizeDomain(new URL(env.appUrl).host)!;
}

const latest = (...times: string[]) =>
  new Date(Math.max(...times.map(Date.parse))).toISOString();

async function open<T>(
  env: LicenseClientEnv,
  purpose: string,
  sealed: string | undefined,
): Promise<T | "tampered" | null> {
  if (!sealed) return null;
  try {
    return JSON.parse(await env.keys.decrypt(purpose, sealed));
  } catch {
    return "tampered";
  }
}

/** Both rows of `module`, read in one query. */
async function readStored(
  db: Database,
  env: LicenseClientEnv,
  module: LicensedModule,
): Promise<StoredLicense> {
  const rows = await db.selectFrom("options").select(["name", "value"])
    .where("name", "in", [cacheName(module), recordName(module)]).execute();
  const value = (name: string) => rows.find((row) => row.name === name)?.value;
  const sealedCache = value(cacheName(module));
  const sealedRecord = value(recordName(module));
  return {
    sealedCache,
    sealedRecord,
    cache: await open(env, cachePurpose(module), sealedCache),
    record: await open(env, recordPurpose(module), sealedRecord),
  };
}

/** A cache written before records existed, with no record yet: adopted. */
function isUnrecorded(stored: StoredLicense): boolean {
  return typeof stored.cache === "object" && stored.cache !== null &&
    stored.cache.revision === undefined && stored.record === null;
}

/** The cache when it and the record were written together, else null. */
function agreedCache(stored: StoredLicense): CachedLicense | null {
  const { cache, record } = stored;
  if (!cache || cache === "tampered" || record === "tampered") return null;
  if (isUnrecorded(stored)) return cache;
  return record && cache.revision === record.revision &&
      readLicenseToken(cache.token)?.issued_at === record.signedAt
    ? cache
    : null;
}

/**
 * Writes `module`'s cache and its record together, the record one
 * revision on. `change` gets the rows as stored now and returns the new
 * cache, or null to write nothing. The latest time seen never goes back,
 * except when `restart` (a new activation, confirmed by the server) starts
 * afresh. Sealing happens before the short transaction, which swaps both
 * rows only if neither changed since they were read; when another writer
 * got there first, the rows are read again and `change` applied to them.
 */
async function writeLicense(
  db: Database,
  env: LicenseClientEnv,
  module: LicensedModule,
  now: Date,
  change: (stored: StoredLicense) => CachedLicense | null,
  { restart = false } = {},
): Promise<void> {
  for (let attempt = 1;; attempt++) {
    const stored = await readStored(db, env, module);
    const next = change(stored);
    if (!next) return;
    const previous = typeof stored.record === "object" ? stored.record : null;
    const record: LicenseRecord = {
      revision: (previous?.revision ?? 0) + 1,
      signedAt: readLicenseToken(next.token)!.issued_at,
      latestSeenAt: restart || !previous
        ? next.latestSeenAt
        : latest(next.latestSeenAt, previous.latestSeenAt),
    };
    const cache = {
      ...next,
      revision: record.revision,
      latestSeenAt: record.latestSeenAt,
    };
    const sealedCache = await env.keys.encrypt(
      cachePurpose(module),
      JSON.stringify(cache),
    );
    const sealedRecord = await env.keys.encrypt(
      recordPurpose(module),
      JSON.stringify(record),
    );
    try {
      await inTransaction(db, async (tx) => {
        const swapped = await swapOption(
          tx,
          cacheName(module),
          stored.sealedCache,
          sealedCache,
          now,
        ) && await swapOption(
          tx,
          recordName(module),
          stored.sealedRecord,
          sealedRecord,
          now,
        );
        if (!swapped) throw new LostRace();
      });
      return;
    } catch (error) {
      if (!(error instanceof LostRace) || attempt === WRITE_ATTEMPTS) {
        throw error;
      }
    }
  }
}

/** Another writer changed the rows first: the swap's transaction rolls back. */
class LostRace extends Error {
  constructor() {
    super("the license rows changed while being written");
  }
}

/**
 * Sets option `name` to `value` if it still holds `expected` (absent:
 * still missing); false when another writer changed it first.
 */
async function swapOption(
  tx: Database,
  name: string,
  expected: string | undefined,
  value: string,
  now: Date,
): Promise<boolean> {
  const result = expected === undefined
    ? await tx.insertInto("options").values({ name, value, updated_at: now })
      .onConflict((oc) => oc.column("name").doNothing()).executeTakeFirst()
    : await tx.updateTable("options").set({ value, updated_at: now })
      .where("name", "=", name).where("value", "=", expected)
      .executeTakeFirst();
  const rows = "numInsertedOrUpdatedRows" in result
    ? result.numInsertedOrUpdatedRows
    : result.numUpdatedRows;
  return Number(rows ?? 0) === 1;
}

/**
 * Activates `key` for a module: binds it to this instance's domain on the
 * server, pins the server's public key and caches the signed answer. A
 * pasted key is kept in its canonical form, so the panel shows its prefix
 * as issued and later checks send it clean.
 */
export async function activateModuleLicense(
  db: Database,
  env: LicenseClientEnv,
  module: LicensedModule,
  pasted: string,
  now: Date,
): Promise<ModuleLicenseState> {
  // What cannot be our key goes as typed: the server names the problem.
  const key = parseLicenseKey(pasted)?.canonical ?? pasted.trim();
  let reply: ServerReply;
  let publicJwk: JsonWebKey;
  try {
    const link = linkOf(env);
    reply = await link.call(
      "activate",
      { key, domain: licensedDomain(env) },
      now,
    );
    publicJwk = await link.publicKey();
  } catch {
    throw new LicenseActivationError(
      "SERVER_UNREACHABLE",
      "The license server cannot be reached.",
    );
  }
  if (!reply.ok || !reply.body.token) {
    const error = reply.body.error ??
      { code: "SERVER_ERROR", message: `HTTP ${reply.status}` };
    throw new LicenseActivationError(error.code, error.message);
  }
  const payload = await verifyLicenseToken(publicJwk, reply.body.token);
  if (!payload || payload.product !== module) {
    throw new LicenseActivationError(
      payload ? "WRONG_PRODUCT" : "BAD_SIGNATURE",
      payload
        ? `This key is for "${payload.product}".`
        : "The server's answer is not signed correctly.",
    );
  }
  const cache: CachedLicense = {
    key,
    token: reply.body.token,
    publicJwk,
    lastCheckAt: now.toISOString(),
    latestSeenAt: now.toISOString(),
    lastError: null,
    refusedCode: null,
  };
  await writeLicense(db, env, module, now, () => cache, { restart: true });
  return await moduleLicenseState(db, env, module, now);
}

type CheckOutcome = "skipped" | "ok" | "unreachable" | "refused";

/**
 * The background check: asks the server at most once per 24 h (`force`:
 * now, as the admin's "Check now" does). An unreachable server changes
 * nothing but the note; a refusal (revoked, expired, moved) takes effect
 * at once. A cache that does not agree with its record is checked at
 * once: the server's answer, good or a refusal, is the only way back.
 */
export async function checkModuleLicense(
  db: Database,
  env: LicenseClientEnv,
  module: LicensedModule,
  now: Date,
  { force = false } = {},
): Promise<CheckOutcome> {
  const stored = await readStored(db, env, module);
  const cache = stored.cache;
  if (!cache || cache === "tampered") return "skipped";
  const agreed = agreedCache(stored) !== null;
  const due = now.getTime() - Date.parse(cache.lastCheckAt) >=
    CHECK_INTERVAL_MS;
  if (agreed && !due && !force) return "skipped";
  const answer = await askServer(env, cache, now);
  await writeLicense(db, env, module, now, (current) => {
    const fresh = current.cache;
    // Removed, re-activated or checked by another instance meanwhile:
    // what is stored now is at least as new as this answer.
    if (
      !fresh || fresh === "tampered" || fresh.key !== cache.key ||
      fresh.lastCheckAt !== cache.lastCheckAt
    ) return null;
    const checked = {
      ...fresh,
      lastCheckAt: now.toISOString(),
      latestSeenAt: latest(now.toISOString(), fresh.latestSeenAt),
    };
    switch (answer.outcome) {
      case "ok":
        return {
          ...checked,
          token: answer.token,
          lastError: null,
          refusedCode: null,
        };
      case "refused":
        return { ...checked, refusedCode: answer.code };
      case "unreachable":
        // A note only: it must not make a disagreeing cache agree.
        return agreedCache(current)
          ? { ...checked, lastError: answer.error }
          : null;
    }
  });
  return answer.outcome;
}

type ServerAnswer =
  | { outcome: "ok"; token: string }
  | { outcome: "refused"; code: string }
  | { outcome: "unreachable"; error: string };

/** Asks the server about the cached key; never throws. */
async function askServer(
  env: LicenseClientEnv,
  cache: CachedLicense,
  now: Date,
): Promise<ServerAnswer> {
  try {
    const reply = await linkOf(env).call(
      "validate",
      { key: cache.key, domain: licensedDomain(env) },
      now,
    );
    const payload = reply.body.token
      ? await verifyLicenseToken(cache.publicJwk, reply.body.token)
      : null;
    if (reply.ok && payload && reply.body.token) {
      return { outcome: "ok", token: reply.body.token };
    }
    if (reply.status >= 400 && reply.status < 500 && reply.body.error) {
      return { outcome: "refused", code: reply.body.error.code };
    }
    return { outcome: "unreachable", error: `HTTP ${reply.status}` };
  } catch (error) {
    return {
      outcome: "unreachable",
      error: error instanceof Error ? error.name : "network error",
    };
  }
}

/** Whether a module may be used now, and what the admin should be told. */
export async function moduleLicenseState(
  db: Database,
  env: LicenseClientEnv,
  module: LicensedModule,
  now: Date,
): Promise<ModuleLicenseState> {
  const stored = await readStored(db, env, module);
  const { cache, record } = stored;
  if (!cache) return { status: "unlicensed" };
  if (cache === "tampered" || record === "tampered") {
    return { status: "invalid", reason: "TAMPERED" };
  }
  const payload: LicenseTokenPayload | null = await verifyLicenseToken(
    cache.publicJwk,
    cache.token,
  );
  if (!payload || payload.product !== module) {
    return { status: "invalid", reason: "TAMPERED" };
  }
  const base = {
    domain: payload.domain,
    keyPrefix: cache.key.split("-").slice(0, 2).join("-"),
    expiresAt: payload.expires_at,
    lastCheckAt: cache.lastCheckAt,
  };
  if (!agreedCache(stored)) {
    return { ...base, status: "invalid", reason: "STATE_MISMATCH" };
  }
  // Never earlier than a time already seen: winding the clock back buys
  // nothing (and an older cache row put back does not agree, above).
  const at = Math.max(now.getTime(), Date.parse(cache.latestSeenAt));
  const noteSeen = (current: StoredLicense) => {
    const fresh = agreedCache(current);
    // Written when the clock has moved on (or to adopt an unrecorded
    // cache): once another writer has done it, nothing is left to do.
    const moved = fresh &&
      at > Date.parse(fresh.latestSeenAt) + SEEN_STEP_MS;
    return fresh && (moved || isUnrecorded(current))
      ? {
        ...fresh,
        latestSeenAt: latest(new Date(at).toISOString(), fresh.latestSeenAt),
      }
      : null;
  };
  if (noteSeen(stored)) await writeLicense(db, env, module, now, noteSeen);
  if (cache.refusedCode) {
    return { ...base, status: "invalid", reason: cache.refusedCode };
  }
  if (payload.status !== "active") {
    return {
      ...base,
      status: "invalid",
      reason: `LICENSE_${payload.status.toUpperCase()}`,
    };
  }
  if (payload.domain !== licensedDomain(env)) {
    return { ...base, status: "invalid", reason: "DOMAIN_CHANGED" };
  }
  if (payload.expires_at && at >= Date.parse(payload.expires_at)) {
    return { ...base, status: "invalid", reason: "LICENSE_EXPIRED" };
  }
  const lastGood = Date.parse(payload.issued_at);
  const graceEnds = Math.min(
    lastGood + GRACE_MS,
    Date.parse(payload.valid_until),
  );
  if (at >= graceEnds) {
    return { ...base, status: "invalid", reason: "GRACE_OVER" };
  }
  if (cache.lastError || at - lastGood > CHECK_INTERVAL_MS + SEEN_STEP_MS) {
    return {
      ...base,
      status: "grace",
      graceDaysLeft: Math.ceil((graceEnds - at) / DAY),
    };
  }
  return { ...base, status: "valid" };
}

/**
 * Forgets the module's license on this instance (e.g. before entering
 * another key). The record stays, so the next activation carries its
 * revision on and no earlier cache row can be put back.
 */
export async function removeModuleLicense(
  db: Database,
  module: LicensedModule,
): Promise<void> {
  await db.deleteFrom("options").where("name", "=", cacheName(module))
    .execute();
}

/** The daily job: checks every activated module (each at most once per 24 h). */
export async function checkAllModuleLicenses(
  db: Database,
  env: LicenseClientEnv,
  now: Date,
): Promise<string> {
  const outcomes: string[] = [];
  for (const module of LICENSED_MODULES) {
    outcomes.push(
      `${module}: ${await checkModuleLicense(db, env, module, now)}`,
    );
  }
  return outcomes.join(", ");
}
