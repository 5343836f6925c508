/**
 * The composition root: the long-lived services every request shares,
 * built from the started parts. This is the one module that knows every
 * domain; domain code never sees the whole bag.
 */
import type { Config } from "../config.ts";
import { Keyring } from "../crypto.ts";
import type { Database, DatabaseHandle } from "../db/database.ts";
import { getSigningKey, type SigningKey } from "../licensing/signing_key.ts";
import type { MailKicker } from "../mail/worker.ts";
import { ActivityTracker } from "../activity/tracker.ts";
import { LicenseApiUsage } from "../licensing/usage.ts";
import {
  findLicensesForValidation,
  type LicenseServerEnv,
} from "../licensing/server.ts";
import { batchedLookup } from "../db/batch.ts";
import { TableCache } from "../db/table_cache.ts";
import { subscribeCommitEffects } from "./effects.ts";
import {
  createWebhookSender,
  type WebhookSender,
} from "../webhooks/delivery.tsx";
import { caldavEnv, webhookEnv } from "./domains.ts";
import {
  type CalendarWriter,
  createCalendarWriter,
} from "../calendars/caldav.ts";

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
  /** Sends queued webhooks after a commit, in the background. */
  webhooks: WebhookSender;
  /** Writes changed bookings into connected CalDAV calendars, in the background. */
  calendarWrites: CalendarWriter;
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

export function createServices(parts: {
  config: Config;
  database: DatabaseHandle;
  secret: string;
  mail: MailKicker;
  now?: () => Date;
  /** How often heartbeats are written (default 2 s). */
  activityFlushMs?: number;
}): Services {
  const cache = new TableCache();
  // Writes through the app's handle drop cached reads at once.
  const db = parts.database.db.withPlugin(cache.plugin);
  const keys = new Keyring(parts.secret);
  // The signing key never changes once made: load it once per process.
  let signingKey: Promise<SigningKey> | undefined;
  const now = parts.now ?? (() => new Date());
  const activity = new ActivityTracker(parts.database, {
    now,
    flushIntervalMs: parts.activityFlushMs,
  });
  const usage = new LicenseApiUsage(db, { now });
  let unlisten: (() => Promise<void>) | undefined;
  const stopping = new AbortController();
  const services: Services = {
    config: parts.config,
    db,
    cache,
    ping: parts.database.ping,
    now,
    keys,
    mail: parts.mail,
    webhooks: createWebhookSender({
      db,
      env: () => webhookEnv({ config: parts.config, keys }),
      now,
    }),
    calendarWrites: createCalendarWriter({
      db,
      env: () => caldavEnv(services),
      now,
    }),
    activity,
    licenseServer: {
      keys,
      usage,
      findForValidation: batchedLookup((keyHashes) =>
        findLicensesForValidation(db, keyHashes)
      ),
      signingKey() {
        signingKey ??= getSigningKey(db, keys).catch((error) => {
          signingKey = undefined;
          throw error;
        });
        return signingKey;
      },
    },
    stopping: stopping.signal,
    background: {
      drain() {
        stopping.abort();
      },
      async start() {
        await activity.start();
        usage.start();
        unlisten = await cache.listen(parts.database.listen);
      },
      async stop() {
        stopping.abort();
        // The last buffered heartbeats and counts are written first.
        await activity.stop();
        await usage.stop();
        await services.webhooks.stop();
        await services.calendarWrites.stop();
        await unlisten?.().catch(() => {});
      },
    },
  };
  subscribeCommitEffects(services);
  return services;
}
