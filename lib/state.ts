/**
 * What every request's `ctx.state` holds. `services` is wired once in
 * `main.ts` (or a test) and shared; the rest is filled per request by the
 * root middleware.
 */
import type { Config } from "./config.ts";
import type { Keyring } from "./crypto.ts";
import type { Database } from "./db/database.ts";
import type { Locale, Translate } from "./i18n/mod.ts";
import type { ContactUser, Session, StaffUser } from "./auth/sessions.ts";
import type { Flash } from "./http/flash.ts";
import type { CsrfSeed } from "./http/csrf.ts";
import type { LicenseServerEnv } from "./licensing/server.ts";
import type { ActivityTracker } from "./activity/tracker.ts";
import type { TableCache } from "./db/table_cache.ts";
import type { LicensedModule, ModuleLicenseState } from "./licensing/client.ts";

/** Wakes the mail worker after a commit that queued email. */
export interface MailKicker {
  kick(): void;
}

/** Long-lived dependencies, created at start-up and passed in. */
export interface Services {
  config: Config;
  db: Database;
  /** Resolves when the database answers; used by `/readyz`. */
  ping(): Promise<void>;
  /** The current time; tests inject their own clock. */
  now(): Date;
  /** Keys derived from the app secret. */
  keys: Keyring;
  mail: MailKicker;
  /** The license server's keys (this instance is a license server). */
  licenseServer: LicenseServerEnv;
  /** Heartbeat buffer, identity cache and live updates. */
  activity: ActivityTracker;
  /** Settings and the service list, cached until their tables change. */
  cache: TableCache;
  /**
   * Aborted when the instance begins to stop: long-lived responses (event
   * streams) end at once, so their clients reconnect to a live instance
   * and the server's graceful shutdown is not held open by them.
   */
  stopping: AbortSignal;
  /**
   * Flushers and listeners: started by main.ts (or a test) once the app is
   * built; `drain` aborts `stopping`; `stop` also writes what is buffered.
   */
  background: {
    start(): Promise<void>;
    drain(): void;
    stop(): Promise<void>;
  };
}

export type Theme = "light" | "dark";

export interface State {
  services: Services;
  locale: Locale;
  t: Translate;
  /** The visitor's explicit colour scheme, if they chose one. */
  theme?: Theme;
  /** CSRF token to put in this page's forms. */
  csrf: string;
  /** The browser's CSRF seed the token derives from. */
  csrfSeed: CsrfSeed;
  /** Client address (from the proxy header when `TRUST_PROXY` is on). */
  clientIp: string;
  /** Set under `/admin` when a staff member is signed in. */
  staffSession?: Session<StaffUser>;
  /** Set when a portal contact is signed in. */
  contactSession?: Session<ContactUser>;
  /** A message carried over a POST → redirect. */
  flash?: Flash;
  /** Whether cookies get `Secure` (the app is served over https). */
  secure: boolean;
  /** Set on a licensed module's admin pages: its license state, for banners. */
  moduleLicense?: { module: LicensedModule; state: ModuleLicenseState };
}
