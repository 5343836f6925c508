/** Builds the services every request shares from the started parts. */
import type { Config } from "./config.ts";
import { Keyring } from "./crypto.ts";
import type { DatabaseHandle } from "./db/database.ts";
import { getSigningKey, type SigningKey } from "./licensing/signing_key.ts";
import type { MailKicker, Services } from "./state.ts";
import { ActivityTracker } from "./activity/tracker.ts";
import { LicenseApiUsage } from "./licensing/usage.ts";
import { findLicensesForValidation } from "./licensing/server.ts";
import { batchedLookup } from "./db/batch.ts";
import { TableCache } from "./db/table_cache.ts";

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
  return {
    config: parts.config,
    db,
    cache,
    ping: parts.database.ping,
    now,
    keys,
    mail: parts.mail,
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
        await unlisten?.().catch(() => {});
      },
    },
  };
}
