/**
 * Accounts: the first administrator, signing in with a password or an
 * emailed link, and password resets. Answers never reveal whether an
 * account exists: an unknown email takes the same path and time as a wrong
 * password (and draws on a failure budget of its own, lib/auth/
 * sign_in_limits.ts), and "link sent" is said either way.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import type { AuthTokenPurpose, Locale } from "../db/schema.ts";
import {
  hashPassword,
  type Keyring,
  randomToken,
  sha256Hex,
  verifyPassword,
} from "../crypto.ts";
import { ConflictError, UnauthorizedError } from "../errors.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { accountLinkEmail } from "../mail/templates/account.tsx";
import {
  admitAttempt,
  type BudgetedKey,
  consumeRateLimit,
  type RateLimit,
  settleAttempt,
} from "../rate_limit.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { createSession, endAllSessions, type Realm } from "./sessions.ts";
import {
  type KnownDevice,
  readKnownDevice,
  rememberDevice,
} from "./known_devices.ts";
import {
  accountKey,
  attemptBudgets,
  knownDeviceKey,
} from "./sign_in_limits.ts";

export const MIN_PASSWORD_LENGTH = 10;

/**
 * Requests for an emailed link (password reset, portal sign-in) per client
 * address. Every one sends mail, so every one counts, successes included.
 */
export const ACCOUNT_LINK_LIMIT: RateLimit = {
  limit: 20,
  windowSeconds: 15 * 60,
};

const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** How long each kind of emailed link works. */
export const TOKEN_TTL_MS: Record<AuthTokenPurpose, number> = {
  sign_in: 30 * 60 * 1000,
  password_reset: 60 * 60 * 1000,
  invite: 7 * 24 * 3600 * 1000,
  checkout_confirm: 24 * 3600 * 1000,
};

/** True while no staff account exists, i.e. `/setup` is open. */
export async function needsSetup(db: Database): Promise<boolean> {
  const row = await db.selectFrom("staff").select("id").limit(1)
    .executeTakeFirst();
  return !row;
}

/** Creates the first administrator; refuses once any staff exists. */
export async function createFirstAdmin(
  db: Database,
  input: { name: string; email: string; password: string; locale: Locale },
  now: Date,
): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  return await inTransaction(db, async (tx) => {
    // Two people submitting /setup at once: only one becomes the admin.
    await sql`select pg_advisory_xact_lock(hashtext('portico_setup'))`.execute(
      tx,
    );
    const existing = await tx.selectFrom("staff").select("id").limit(1)
      .executeTakeFirst();
    if (existing) {
      throw new ConflictError("Setup is already complete.", "SETUP_DONE");
    }
    const { id } = await tx.insertInto("staff").values({
      name: input.name,
      email: input.email,
      role: "admin",
      password_hash: passwordHash,
      locale: input.locale,
      created_at: now,
      updated_at: now,
    }).returning("id").executeTakeFirstOrThrow();
    await recordAudit(
      tx,
      { type: "staff", id },
      "staff.setup",
      "staff",
      id,
      {},
      now,
    );
    return id;
  });
}

interface Credentials {
  id: string;
  password_hash: string | null;
}

async function findCredentials(
  db: Database,
  realm: Realm,
  email: string,
): Promise<Credentials | undefined> {
  if (realm === "staff") {
    return await db.selectFrom("staff").select(["id", "password_hash"])
      .where("email", "=", email).where("active", "=", true).executeTakeFirst();
  }
  return await db.selectFrom("contacts").select(["id", "password_hash"])
    .where("email", "=", email).where("portal_enabled", "=", true)
    .executeTakeFirst();
}

/** A started session, and the known-device cookie to set beside it. */
export interface SignedIn {
  sessionToken: string;
  deviceCookie: string;
}

/**
 * What every successful sign-in does (password, emailed link, setup):
 * forget the account's failures (and this device's), take back the
 * `admitted` counts, start the session and remember the device.
 */
export async function completeSignIn(
  db: Database,
  keys: Keyring,
  realm: Realm,
  account: { id: string; email: string },
  context: {
    /** The browser's known device, if its cookie was valid. */
    device: KnownDevice | null;
    userAgent?: string | null;
    admitted?: BudgetedKey[];
  },
  now: Date,
): Promise<SignedIn> {
  const { device, cookie } = await rememberDevice(
    keys,
    realm,
    context.device,
    account.id,
    now,
  );
  await settleAttempt(db, {
    forgive: context.admitted,
    forget: [
      accountKey(realm, normaliseEmail(account.email)),
      knownDeviceKey(realm, device.id, account.id),
    ],
  });
  if (realm === "contact") {
    await db.updateTable("contacts").set({ last_login_at: now })
      .where("id", "=", account.id).execute();
  }
  const sessionToken = await createSession(
    db,
    realm,
    account.id,
    now,
    context.userAgent,
  );
  return { sessionToken, deviceCookie: cookie };
}

/**
 * Checks a password and starts a session. Throws `UnauthorizedError` for
 * a wrong password and an unknown email alike, and `RateLimitedError`
 * while the address or the account (or, from a known device, that device)
 * waits out its delay; the wait is the same whether the account exists.
 */
export async function signInWithPassword(
  db: Database,
  keys: Keyring,
  realm: Realm,
  input: {
    email: string;
    password: string;
    ip: string;
    userAgent?: string | null;
    /** The browser's known-device cookie, as sent. */
    deviceCookie?: string;
  },
  now: Date,
): Promise<SignedIn> {
  const email = normaliseEmail(input.email);
  const account = await findCredentials(db, realm, email);
  const device = await readKnownDevice(keys, realm, input.deviceCookie, now);
  const { address, holder } = attemptBudgets(realm, {
    email,
    ip: input.ip,
    knownDevice: account && device?.accountIds.includes(account.id)
      ? { id: device.id, accountId: account.id }
      : undefined,
  });
  // Counted as a failure from here on, so parallel guesses cannot slip
  // past the budget while the password hash is computed.
  await admitAttempt(db, [address, holder], now);
  const valid = await verifyPassword(input.password, account?.password_hash);
  if (!account || !valid) {
    throw new UnauthorizedError("Invalid credentials.", "INVALID_CREDENTIALS");
  }
  return await completeSignIn(db, keys, realm, { id: account.id, email }, {
    device,
    userAgent: input.userAgent,
    admitted: [address],
  }, now);
}

/**
 * Signs a portal contact in with an emailed one-time link; null when the
 * token is unknown, used or expired. Proof of the mailbox counts like a
 * right password: failures are forgotten and the device is remembered.
 */
export async function signInWithLink(
  db: Database,
  keys: Keyring,
  token: string,
  context: { userAgent?: string | null; deviceCookie?: string },
  now: Date,
): Promise<SignedIn | null> {
  const contactId = await consumeAuthToken(
    db,
    "contact",
    token,
    ["sign_in"],
    now,
  );
  if (!contactId) return null;
  const contact = await db.selectFrom("contacts").select(["id", "email"])
    .where("id", "=", contactId).executeTakeFirstOrThrow();
  return await completeSignIn(db, keys, "contact", contact, {
    device: await readKnownDevice(keys, "contact", context.deviceCookie, now),
    userAgent: context.userAgent,
  }, now);
}

interface LinkTarget {
  id: string;
  name: string;
  email: string;
  locale: Locale;
}

async function findLinkTarget(
  db: Database,
  realm: Realm,
  email: string,
): Promise<LinkTarget | undefined> {
  const table = realm === "staff" ? "staff" : "contacts";
  const query = db.selectFrom(table).select(["id", "name", "email", "locale"])
    .where("email", "=", normaliseEmail(email));
  return realm === "staff"
    ? await query.where("active", "=", true).executeTakeFirst()
    : await query.where("portal_enabled", "=", true).executeTakeFirst();
}

/** Creates a single-use token for a person; returns the raw token. */
export async function issueAuthToken(
  db: Database,
  realm: Realm,
  subjectId: string,
  purpose: AuthTokenPurpose,
  now: Date,
): Promise<string> {
  const token = randomToken();
  await db.insertInto("auth_tokens").values({
    token_hash: await sha256Hex(token),
    purpose,
    staff_id: realm === "staff" ? subjectId : null,
    contact_id: realm === "contact" ? subjectId : null,
    created_at: now,
    expires_at: new Date(now.getTime() + TOKEN_TTL_MS[purpose]),
  }).execute();
  return token;
}

/** Where each realm's emailed links point. */
function linkUrl(
  appUrl: string,
  realm: Realm,
  purpose: AuthTokenPurpose,
  token: string,
) {
  const base = realm === "staff" ? "/admin" : "/clients";
  const path = purpose === "sign_in" ? "login/link" : "password/reset";
  return `${appUrl}${base}/${path}?token=${encodeURIComponent(token)}`;
}

/**
 * Emails a password-reset link (or, for contacts, a sign-in link) when the
 * address belongs to an account; does nothing visible otherwise.
 */
export async function sendAccountLink(
  db: Database,
  realm: Realm,
  purpose: "sign_in" | "password_reset",
  input: { email: string; ip: string; appUrl: string },
  now: Date,
): Promise<void> {
  await consumeRateLimit(
    db,
    `account-link:ip:${input.ip}`,
    ACCOUNT_LINK_LIMIT,
    now,
  );
  const target = await findLinkTarget(db, realm, input.email);
  if (!target) return;
  await inTransaction(db, async (tx) => {
    const token = await issueAuthToken(tx, realm, target.id, purpose, now);
    const email = accountLinkEmail(purpose, {
      to: target.email,
      name: target.name,
      locale: target.locale,
      url: linkUrl(input.appUrl, realm, purpose, token),
    });
    await enqueueEmail(tx, `${purpose}:${await sha256Hex(token)}`, email);
  });
}

/**
 * Invites a contact to the portal: a 7-day link to choose a password. The
 * audit entry names `actor` (the system when a process invites).
 */
export async function inviteContact(
  db: Database,
  contactId: string,
  appUrl: string,
  now: Date,
  actor: Actor = { type: "system" },
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const contact = await tx.selectFrom("contacts").select([
      "id",
      "client_id",
      "name",
      "email",
      "locale",
    ])
      .where("id", "=", contactId).executeTakeFirstOrThrow();
    const token = await issueAuthToken(
      tx,
      "contact",
      contact.id,
      "invite",
      now,
    );
    await enqueueEmail(
      tx,
      `invite:${await sha256Hex(token)}`,
      accountLinkEmail("invite", {
        to: contact.email,
        name: contact.name,
        locale: contact.locale,
        url: linkUrl(appUrl, "contact", "invite", token),
      }),
    );
    await recordAudit(tx, actor, "contact.invite", "contact", contact.id, {
      label: contact.name,
      client_id: contact.client_id,
    }, now);
  });
}

/**
 * Marks a one-time token used and returns whom it belongs to, or null when
 * it is unknown, used, expired or meant for something else. Single use is
 * enforced by the conditional update, so two clicks cannot both succeed.
 */
export async function consumeAuthToken(
  db: Database,
  realm: Realm,
  token: string,
  purposes: AuthTokenPurpose[],
  now: Date,
): Promise<string | null> {
  const row = await db.updateTable("auth_tokens")
    .set({ used_at: now })
    .where("token_hash", "=", await sha256Hex(token))
    .where("purpose", "in", purposes)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning(["staff_id", "contact_id"])
    .executeTakeFirst();
  if (!row) return null;
  return realm === "staff" ? row.staff_id : row.contact_id;
}

/** True while a token would still be accepted (for showing the form). */
export async function isAuthTokenUsable(
  db: Database,
  token: string,
  purposes: AuthTokenPurpose[],
  now: Date,
): Promise<boolean> {
  const row = await db.selectFrom("auth_tokens").select("token_hash")
    .where("token_hash", "=", await sha256Hex(token))
    .where("purpose", "in", purposes)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Sets a new password from a reset or invite link, ends other sessions and
 * forgets the account's failed sign-ins (the link proved the mailbox).
 */
export async function resetPasswordWithToken(
  db: Database,
  realm: Realm,
  token: string,
  password: string,
  now: Date,
): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return await inTransaction(db, async (tx) => {
    const subjectId = await consumeAuthToken(
      tx,
      realm,
      token,
      ["password_reset", "invite"],
      now,
    );
    if (!subjectId) return false;
    const { email } = await tx.updateTable(
      realm === "staff" ? "staff" : "contacts",
    )
      .set({ password_hash: passwordHash, updated_at: now })
      .where("id", "=", subjectId).returning("email")
      .executeTakeFirstOrThrow();
    await endAllSessions(tx, realm, subjectId);
    await settleAttempt(tx, {
      forget: [accountKey(realm, normaliseEmail(email))],
    });
    await recordAudit(
      tx,
      { type: realm, id: subjectId },
      "password.reset",
      realm,
      subjectId,
      {},
      now,
    );
    return true;
  });
}

/**
 * Remembers the language a signed-in person chose with the switcher on
 * their account, so it follows them to every device and their emails.
 */
export async function setAccountLocale(
  db: Database,
  account: { realm: "staff" | "contact"; id: string },
  locale: Locale,
  now: Date,
): Promise<void> {
  await db.updateTable(account.realm === "staff" ? "staff" : "contacts")
    .set({ locale, updated_at: now }).where("id", "=", account.id).execute();
}
