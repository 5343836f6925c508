/**
 * The license client: this instance's own modules (booking, activity)
 * hold a license from a license server (by default this same instance).
 *
 * The last signed answer is cached per module in `options`, sealed with
 * AES-GCM under the app secret, and its token is verified against the
 * server key pinned at activation every time it is read: editing the row
 * or signing a token with another key unlocks nothing. A background check
 * runs at most once per 24 h; when the server cannot be reached the module
 * stays valid until 7 days after the last good answer (by the server's own
 * signed time), and the latest time ever seen is kept so a clock set back
 * does not stretch that grace.
 */
import type { Database } from "../db/database.ts";
import type { Keyring } from "../crypto.ts";
import { DomainError } from "../errors.ts";
import { readOption, writeOption } from "../options.ts";
import { normalizeDomain } from "./domains.ts";
import { type LicenseTokenPayload, verifyLicenseToken } from "./tokens.ts";

export type LicensedModule = "booking" | "activity";
export const LICENSED_MODULES: LicensedModule[] = ["booking", "activity"];

const DAY = 24 * 3600 * 1000;
export const CHECK_INTERVAL_MS = DAY;
export const GRACE_MS = 7 * DAY;

export interface LicenseClientEnv {
  keys: Keyring;
  /** This instance's public URL: its host is the licensed domain. */
  appUrl: string;
  /** Base URL of the license server. */
  serverUrl: string;
}

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
}

export interface ModuleLicenseState {
  status: "valid" | "grace" | "invalid" | "unlicensed";
  /** Why it is invalid: a server code, or TAMPERED / EXPIRED / GRACE_OVER / DOMAIN_CHANGED. */
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
  ) {
    super(403, "MODULE_LOCKED", `The ${module} module needs a valid license.`);
  }
}

/** True for names of licensed modules (from a URL, say). */
export function isLicensedModule(value: unknown): value is LicensedModule {
  return value === "booking" || value === "activity";
}

const optionName = (module: LicensedModule) => `license.client.${module}`;

function licensedDomain(env: LicenseClientEnv): string {
  return normalizeDomain(new URL(env.appUrl).host)!;
}

async function readCache(
  db: Database,
  env: LicenseClientEnv,
  module: LicensedModule,
): Promise<CachedLicense | "tampered" | null> {
  const sealed = await readOption(db, optionName(module));
  if (!sealed) return null;
  try {
    return JSON.parse(
      await env.keys.decrypt(`license-cache:${module}`, sealed),
    );
  } catch {
    return "tampered";
  }
}

async function writeCache(
  db: Database,
  env: LicenseClientEnv,
  module: LicensedModule,
  cache: CachedLicense,
  now: Date,
): Promise<void> {
  const sealed = await env.keys.encrypt(
    `license-cache:${module}`,
    JSON.stringify(cache),
  );
  await writeOption(db, optionName(module), sealed, now);
}

interface ServerReply {
  ok: boolean;
  status: number;
  body: { token?: string; error?: { code: string; message: string } };
}

async function callServer(
  env: LicenseClientEnv,
  path: string,
  body: unknown,
): Promise<ServerReply> {
  const res = await fetch(`${env.serverUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const parsed = await res.json().catch(() => ({}));
  return { ok: res.ok, status: res.status, body: parsed };
}

/**
 * Activates `key` for a module: binds it to this instance's domain on the
 * server, pins the server's public key and caches the signed answer.
 */
export async function activateModuleLicense(
  db: Database,
  env: LicenseClientEnv,
  module: LicensedModule,
  key: string,
  now: Date,
): Promise<ModuleLicenseState> {
  let reply: ServerReply;
  let publicJwk: JsonWebKey;
  try {
    reply = await callServer(env, "/api/licenses/activate", {
      key,
      domain: licensedDomain(env),
    });
    const keyRes = await fetch(`${env.serverUrl}/api/licenses/public-key`, {
      signal: AbortSignal.timeout(10_000),
    });
    publicJwk = await keyRes.json();
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
  await writeCache(db, env, module, {
    key,
    token: reply.body.token,
    publicJwk,
    lastCheckAt: now.toISOString(),
    latestSeenAt: now.toISOString(),
    lastError: null,
    refusedCode: null,
  }, now);
  return await moduleLicenseState(db, env, module, now);
}

/**
 * The background check: asks the server at most once per 24 h. An
 * unreachable server changes nothing but the note; a refusal (revoked,
 * expired, moved) takes effect at once.
 */
export async function checkModuleLicense(
  db: Database,
  env: LicenseClientEnv,
  module: LicensedModule,
  now: Date,
): Promise<"skipped" | "ok" | "unreachable" | "refused"> {
  const cache = await readCache(db, env, module);
  if (!cache || cache === "tampered") return "skipped";
  if (now.getTime() - Date.parse(cache.lastCheckAt) < CHECK_INTERVAL_MS) {
    return "skipped";
  }
  const next: CachedLicense = {
    ...cache,
    lastCheckAt: now.toISOString(),
    latestSeenAt: new Date(
      Math.max(now.getTime(), Date.parse(cache.latestSeenAt)),
    ).toISOString(),
  };
  let outcome: "ok" | "unreachable" | "refused";
  try {
    const reply = await callServer(env, "/api/licenses/validate", {
      key: cache.key,
      domain: licensedDomain(env),
    });
    const payload = reply.body.token
      ? await verifyLicenseToken(cache.publicJwk, reply.body.token)
      : null;
    if (reply.ok && payload) {
      Object.assign(next, {
        token: reply.body.token,
        lastError: null,
        refusedCode: null,
      });
      outcome = "ok";
    } else if (reply.status >= 400 && reply.status < 500 && reply.body.error) {
      next.refusedCode = reply.body.error.code;
      outcome = "refused";
    } else {
      next.lastError = `HTTP ${reply.status}`;
      outcome = "unreachable";
    }
  } catch (error) {
    next.lastError = error instanceof Error ? error.name : "network error";
    outcome = "unreachable";
  }
  await writeCache(db, env, module, next, now);
  return outcome;
}

/** Whether a module may be used now, and what the admin should be told. */
export async function moduleLicenseState(
  db: Database,
  env: LicenseClientEnv,
  module: LicensedModule,
  now: Date,
): Promise<ModuleLicenseState> {
  const cache = await readCache(db, env, module);
  if (!cache) return { status: "unlicensed" };
  if (cache === "tampered") return { status: "invalid", reason: "TAMPERED" };
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
  // Never earlier than a time already seen: winding the clock back buys nothing.
  const at = Math.max(now.getTime(), Date.parse(cache.latestSeenAt));
  if (at > Date.parse(cache.latestSeenAt) + 3600_000) {
    await writeCache(db, env, module, {
      ...cache,
      latestSeenAt: new Date(at).toISOString(),
    }, now);
  }
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
  if (cache.lastError || at - lastGood > CHECK_INTERVAL_MS + 3600_000) {
    return {
      ...base,
      status: "grace",
      graceDaysLeft: Math.ceil((graceEnds - at) / DAY),
    };
  }
  return { ...base, status: "valid" };
}

/** Forgets the module's license on this instance (e.g. before entering another key). */
export async function removeModuleLicense(
  db: Database,
  module: LicensedModule,
): Promise<void> {
  await db.deleteFrom("options").where("name", "=", optionName(module))
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
