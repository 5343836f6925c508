/**
 * Every environment variable Portico reads, parsed once at start-up. A bad
 * value stops the process with a message naming the variable, instead of
 * failing later in some request.
 */
import { z } from "zod";
import { parseMailbox } from "./mail/address.ts";

const emptyToUndefined = (value: unknown) => value === "" ? undefined : value;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(emptyToUndefined, schema.optional());

const flag = z.preprocess(
  emptyToUndefined,
  z.enum(["0", "1", "true", "false"]).optional()
    .transform((value) => value === "1" || value === "true"),
);

const urlWithProtocol = (protocols: string[], what: string) =>
  z.string().refine((value) => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a ${what} URL (${protocols.join(" or ")})`);

/** A duration in milliseconds; 0 leaves it to the server. */
const milliseconds = (fallback: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(0).max(24 * 3600_000).default(fallback),
  );

const schema = z.object({
  PORT: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(1).max(65535).default(8000),
  ),
  // Not `HOSTNAME`: containers and platforms set that to the machine's name.
  PORTICO_HOSTNAME: optional(z.string()).transform((value) =>
    value ?? "0.0.0.0"
  ),
  APP_URL: optional(urlWithProtocol(["http:", "https:"], "http(s)")),
  DATABASE_URL: optional(
    urlWithProtocol(["postgres:", "postgresql:"], "PostgreSQL"),
  ),
  DATABASE_STATEMENT_TIMEOUT_MS: milliseconds(30_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds(30_000),
  DATABASE_NOTIFICATIONS: z.preprocess(
    emptyToUndefined,
    z.enum(["auto", "poll"]).default("auto"),
  ),
  DATA_DIR: optional(z.string()).transform((value) => value ?? "./data"),
  APP_SECRET: optional(
    z.string().min(32, "must be at least 32 characters"),
  ),
  SMTP_URL: optional(urlWithProtocol(["smtp:", "smtps:"], "SMTP")),
  // One mailbox: it is also the ORGANIZER of every calendar file.
  MAIL_FROM: optional(
    z.string().refine(
      (value) => parseMailbox(value) !== null,
      "must be one address, e.g. Portico <portico@example.com>",
    ),
  ).transform((value) => value ?? "Portico <portico@localhost>"),
  LICENSE_SERVER_URL: optional(urlWithProtocol(["http:", "https:"], "http(s)")),
  STRIPE_API_URL: optional(urlWithProtocol(["http:", "https:"], "http(s)")),
  TRUST_PROXY: flag,
  WEBHOOK_ALLOW_PRIVATE: flag,
  CALDAV_ALLOW_PRIVATE: flag,
  PORTICO_DEV: flag,
  MIGRATE_ON_START: flag,
  // Set by Deno Deploy in every instance (the classic platform set only
  // DENO_DEPLOYMENT_ID).
  DENO_DEPLOY: optional(z.string()),
  DENO_DEPLOYMENT_ID: optional(z.string()),
});

/** The parsed configuration. */
export interface Config {
  port: number;
  hostname: string;
  /** Public base URL, without a trailing slash. */
  appUrl: string;
  databaseUrl?: string;
  /**
   * PostgreSQL session limits of the app's connections, in ms (0: the
   * server's setting): `statement_timeout` and
   * `idle_in_transaction_session_timeout`.
   */
  databaseStatementTimeoutMs: number;
  databaseIdleInTransactionTimeoutMs: number;
  /**
   * `auto`: LISTEN, falling back to polling the change log when LISTEN
   * does not work (a transaction pooler); `poll`: always poll.
   */
  databaseNotifications: "auto" | "poll";
  dataDir: string;
  appSecret?: string;
  smtpUrl?: string;
  mailFrom: string;
  licenseServerUrl?: string;
  /** Another Stripe API than Stripe's own: a local stand-in in tests. */
  stripeApiUrl?: string;
  /** Take the client address from `X-Forwarded-For` (behind a proxy). */
  trustProxy: boolean;
  /**
   * Webhooks may call loopback, private and link-local addresses
   * (`WEBHOOK_ALLOW_PRIVATE=1`): a receiver on the same network. Off, such
   * URLs are refused (server-side request forgery).
   */
  webhookAllowPrivate: boolean;
  /**
   * CalDAV servers may be on loopback, private and link-local addresses
   * (`CALDAV_ALLOW_PRIVATE=1`): a calendar server on the business's own
   * network. Off, staff cannot point the app at internal hosts.
   */
  caldavAllowPrivate: boolean;
  dev: boolean;
  /**
   * Apply pending migrations when the app starts: in development, on the
   * embedded database, or with `MIGRATE_ON_START=1`. Otherwise migrating
   * is a step of its own before the deploy (`deno task migrate`), and a
   * start on a database that is behind the code is refused.
   */
  migrateOnStart: boolean;
  /** Running on Deno Deploy: no shared disk, so no embedded database. */
  onDeploy: boolean;
}

/** Thrown with one line per bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

/** Parses `env` (e.g. `Deno.env.toObject()`) into a `Config`. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) =>
        `${issue.path.join(".")}: ${issue.message}`
      ),
    );
  }
  const vars = parsed.data;
  const onDeploy = Boolean(vars.DENO_DEPLOY || vars.DENO_DEPLOYMENT_ID);
  if (onDeploy && !vars.DATABASE_URL) {
    // Instances share no disk and may stop at any time: an embedded
    // database there would be one instance's alone, and lost with it.
    throw new ConfigError([
      "DATABASE_URL: is required on Deno Deploy (a PostgreSQL URL; the embedded database cannot run there)",
    ]);
  }
  if (vars.DATABASE_URL && !vars.APP_SECRET) {
    // Several instances on one database must share the secret; only the
    // embedded single-instance setup may generate its own.
    throw new ConfigError([
      "APP_SECRET: is required when DATABASE_URL is set (32+ random characters)",
    ]);
  }
  const appUrl = (vars.APP_URL ?? `http://localhost:${vars.PORT}`)
    .replace(/\/+$/, "");
  return {
    port: vars.PORT,
    hostname: vars.PORTICO_HOSTNAME,
    appUrl,
    databaseUrl: vars.DATABASE_URL,
    databaseStatementTimeoutMs: vars.DATABASE_STATEMENT_TIMEOUT_MS,
    databaseIdleInTransactionTimeoutMs:
      vars.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    databaseNotifications: vars.DATABASE_NOTIFICATIONS,
    dataDir: vars.DATA_DIR,
    appSecret: vars.APP_SECRET,
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM,
    licenseServerUrl: vars.LICENSE_SERVER_URL?.replace(/\/+$/, ""),
    stripeApiUrl: vars.STRIPE_API_URL,
    trustProxy: vars.TRUST_PROXY,
    webhookAllowPrivate: vars.WEBHOOK_ALLOW_PRIVATE,
    caldavAllowPrivate: vars.CALDAV_ALLOW_PRIVATE,
    dev: vars.PORTICO_DEV,
    migrateOnStart: vars.PORTICO_DEV || !vars.DATABASE_URL ||
      vars.MIGRATE_ON_START,
    onDeploy,
  };
}

/**
 * For command-line entry points: the configuration from the environment,
 * or the problems printed and the process ended with status 1.
 */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig(Deno.env.toObject());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    Deno.exit(1);
  }
}
