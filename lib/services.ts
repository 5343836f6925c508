/** Builds the services every request shares from the started parts. */
import type { Config } from "./config.ts";
import { Keyring } from "./crypto.ts";
import type { DatabaseHandle } from "./db/database.ts";
import type { MailKicker, Services } from "./state.ts";

export function createServices(parts: {
  config: Config;
  database: DatabaseHandle;
  secret: string;
  mail: MailKicker;
  now?: () => Date;
}): Services {
  return {
    config: parts.config,
    db: parts.database.db,
    ping: parts.database.ping,
    now: parts.now ?? (() => new Date()),
    keys: new Keyring(parts.secret),
    mail: parts.mail,
  };
}
