/**
 * Sign-in sessions. The browser holds a 256-bit random token; the database
 * holds only its SHA-256, so a leaked table cannot be replayed. Staff and
 * portal contacts have separate sessions (and cookies). Expiry rolls: each
 * use extends it, written at most once every few minutes.
 */
import type { Database } from "../db/database.ts";
import { notify } from "../db/change_log.ts";
import type { Locale, StaffRole } from "../db/schema.ts";
import { randomToken, sha256Hex } from "../crypto.ts";

export type Realm = "staff" | "contact";

/**
 * Postgres NOTIFY channel: a portal contact's sessions ended (payload: the
 * contact id). Instances caching session lookups drop them at commit.
 */
export const CONTACT_SESSIONS_ENDED = "portico_contact_sessions_ended";

async function notifyContactSessionsEnded(
  db: Database,
  contactIds: Iterable<string | null>,
): Promise<void> {
  for (const contactId of new Set(contactIds)) {
    if (contactId === null) continue;
    await notify(db, CONTACT_SESSIONS_ENDED, contactId);
  }
}

/** Idle lifetime per realm. */
export const SESSION_TTL_MS: Record<Realm, number> = {
  staff: 12 * 3600 * 1000,
  contact: 30 * 24 * 3600 * 1000,
};

/** Cookie name per realm (prefixed with `__Host-` over https). */
export const SESSION_COOKIE: Record<Realm, string> = {
  staff: "portico_staff",
  contact: "portico_client",
};

const TOUCH_EVERY_MS = 5 * 60 * 1000;

export interface StaffUser {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  locale: Locale;
}

export interface ContactUser {
  id: string;
  clientId: string;
  name: string;
  email: string;
  locale: Locale;
}

export interface Session<User> {
  tokenHash: string;
  user: User;
  /** True when this request extended the expiry (re-send the cookie). */
  renewed: boolean;
}

/** Starts a session for a staff member or contact; returns the raw token. */
export async function createSession(
  db: Database,
  realm: Realm,
  subjectId: string,
  now: Date,
  userAgent?: string | null,
): Promise<string> {
  const token = randomToken();
  await db.insertInto("auth_sessions").values({
    token_hash: await sha256Hex(token),
    staff_id: realm === "staff" ? subjectId : null,
    contact_id: realm === "contact" ? subjectId : null,
    created_at: now,
    last_seen_at: now,
    expires_at: new Date(now.getTime() + SESSION_TTL_MS[realm]),
    user_agent: userAgent?.slice(0, 300) ?? null,
  }).execute();
  return token;
}

async function touch(
  db: Database,
  realm: Realm,
  tokenHash: string,
  lastSeen: Date,
  now: Date,
): Promise<boolean> {
  if (now.getTime() - lastSeen.getTime() < TOUCH_EVERY_MS) return false;
  await db.updateTable("auth_sessions")
    .set({
      last_seen_at: now,
      expires_at: new Date(now.getTime() + SESSION_TTL_MS[realm]),
    })
    .where("token_hash", "=", tokenHash)
    .execute();
  return true;
}

/** The active staff member behind `token`, or null. */
export async function findStaffSession(
  db: Database,
  token: string,
  now: Date,
): Promise<Session<StaffUser> | null> {
  const tokenHash = await sha256Hex(token);
  const row = await db.selectFrom("auth_sessions as s")
    .innerJoin("staff", "staff.id", "s.staff_id")
    .select([
      "staff.id",
      "staff.name",
      "staff.email",
      "staff.role",
      "staff.locale",
      "s.last_seen_at",
    ])
    .where("s.token_hash", "=", tokenHash)
    .where("s.expires_at", ">", now)
    .where("staff.active", "=", true)
    .executeTakeFirst();
  if (!row) return null;
  const { last_seen_at, ...user } = row;
  const renewed = await touch(db, "staff", tokenHash, last_seen_at, now);
  return { tokenHash, user, renewed };
}

/** The portal contact behind `token`, or null. */
export async function findContactSession(
  db: Database,
  token: string,
  now: Date,
): Promise<Session<ContactUser> | null> {
  const tokenHash = await sha256Hex(token);
  const row = await db.selectFrom("auth_sessions as s")
    .innerJoin("contacts as c", "c.id", "s.contact_id")
    .select([
      "c.id",
      "c.client_id as clientId",
      "c.name",
      "c.email",
      "c.locale",
      "s.last_seen_at",
    ])
    .where("s.token_hash", "=", tokenHash)
    .where("s.expires_at", ">", now)
    .where("c.portal_enabled", "=", true)
    .executeTakeFirst();
  if (!row) return null;
  const { last_seen_at, ...user } = row;
  const renewed = await touch(db, "contact", tokenHash, last_seen_at, now);
  return { tokenHash, user, renewed };
}

/** Ends one session. */
export async function endSession(
  db: Database,
  tokenHash: string,
): Promise<void> {
  const ended = await db.deleteFrom("auth_sessions")
    .where("token_hash", "=", tokenHash).returning("contact_id").execute();
  await notifyContactSessionsEnded(db, ended.map((row) => row.contact_id));
}

/** Ends every session of a staff member or contact ("sign out everywhere"). */
export async function endAllSessions(
  db: Database,
  realm: Realm,
  subjectId: string,
): Promise<void> {
  await db.deleteFrom("auth_sessions")
    .where(realm === "staff" ? "staff_id" : "contact_id", "=", subjectId)
    .execute();
  if (realm === "contact") await notifyContactSessionsEnded(db, [subjectId]);
}

/** Deletes expired sessions and used or expired one-time tokens. */
export async function pruneSessions(db: Database, now: Date): Promise<number> {
  const sessions = await db.deleteFrom("auth_sessions")
    .where("expires_at", "<=", now).executeTakeFirst();
  await db.deleteFrom("auth_tokens").where("expires_at", "<=", now).execute();
  return Number(sessions.numDeletedRows);
}
