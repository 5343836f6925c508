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

export function createServices(parts: {
  config: Config;
  database: DatabaseHandle;
  secret: string;
  mail: MailKicker;
  now?: () => Date;
  /** How often heartbeats are written (default 2 s). */
  activityFlushMs?: number;
}): Services {
  const db = parts.database.db;
  const keys = new Keyring(parts.secret);
  // The signing key never changes once made: load it once per process.
  let signingKey: Promise<SigningKey> | undefined;
  const now = parts.now ?? (() => new Date());
  return {
    config: parts.config,
    db,
    ping: parts.database.ping,
    now,
    keys,
    mail: parts.mail,
    // Not started here: main.ts (or a test) starts and stops it.
    activity: new ActivityTracker(parts.database, {
      now,
      flushIntervalMs: parts.activityFlushMs,
    }),
    licenseServer: {
      keys,
      // Not started here either: its flushes run beside the tracker's.
      usage: new LicenseApiUsage(db, { now }),
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
  };
}
