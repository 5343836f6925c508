/**
 * What the activity tracker recorded, as the admin and the portal show it:
 * the client list with totals, and one contact's sessions with their page
 * visits. Only contacts who answered the consent question or have activity
 * appear; a session's time is `last_seen_at − started_at`.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { NotFoundError } from "../errors.ts";
import { containsPattern, type Paged, pageWindow } from "../db/paging.ts";

export const CLIENT_ACTIVITY_PAGE_SIZE = 25;
export const CONTACT_SESSIONS_PAGE_SIZE = 10;

export type ConsentStatus = "granted" | "declined";

/** A contact's answer to the consent question. */
export interface ConsentInfo {
  status: ConsentStatus;
  policyVersion: string;
  decidedAt: Date;
}

/** A row of the admin client activity list. */
export interface ClientActivityRow {
  contactId: string;
  name: string;
  email: string;
  clientId: string;
  company: string | null;
  /** Null: activity exists, but no answer is stored. */
  consent: ConsentStatus | null;
  lastSeenAt: Date | null;
  sessionCount: number;
  /** Sum of the sessions' durations. */
  totalSeconds: number;
  /** An open session with a heartbeat inside the online window. */
  online: boolean;
}

/** What is stored about one contact, all sessions together. */
export interface ActivityTotals {
  sessionCount: number;
  visitCount: number;
  totalSeconds: number;
  firstSeenAt: Date | null;
  lastSeenAt: Date | null;
}

/** One page view inside a session. */
export interface PageVisit {
  path: string;
  visitedAt: Date;
}

/** One session with its page-visit timeline, oldest visit first. */
export interface ActivitySession {
  id: string;
  startedAt: Date;
  lastSeenAt: Date;
  endedAt: Date | null;
  durationSeconds: number;
  visits: PageVisit[];
}

/** One contact's activity log for the admin. */
export interface ContactActivity {
  contact: {
    id: string;
    name: string;
    email: string;
    clientId: string;
    company: string | null;
  };
  consent: ConsentInfo | null;
  totals: ActivityTotals;
  online: boolean;
  /** Newest first. */
  sessions: Paged<ActivitySession>;
}

/** Seconds of all sessions `s` in the group, 0 for none. */
const totalSeconds = () =>
  sql<
    string
  >`coalesce(sum(extract(epoch from s.last_seen_at - s.started_at)), 0)`;

/** Whether the group holds an open session `s` seen since `since`. */
const onlineSince = (since: Date) =>
  sql<
    boolean
  >`coalesce(bool_or(s.ended_at is null and s.last_seen_at >= ${since}), false)`;

const windowStart = (now: Date, onlineWindowSeconds: number) =>
  new Date(now.getTime() - onlineWindowSeconds * 1000);

/**
 * Every contact with a consent answer or recorded activity, most recently
 * seen first, page by page. `q` matches the contact's name or email or the
 * client's company anywhere in the text, ignoring case.
 */
export async function listClientActivity(
  db: Database,
  options: {
    q?: string;
    page?: number;
    pageSize?: number;
    /** "Online" means a heartbeat within this many seconds of `now`. */
    onlineWindowSeconds: number;
  },
  now: Date,
): Promise<Paged<ClientActivityRow>> {
  const pageSize = options.pageSize ?? CLIENT_ACTIVITY_PAGE_SIZE;
  const term = options.q?.trim();
  const since = windowStart(now, options.onlineWindowSeconds);
  const matching = db.selectFrom("contacts as c")
    .innerJoin("clients as cl", "cl.id", "c.client_id")
    .leftJoin("activity_consents as a", "a.contact_id", "c.id")
    .leftJoin(
      (eb) =>
        eb.selectFrom("activity_sessions as s")
          .select((s) => [
            "s.contact_id",
            s.fn.countAll<string>().as("session_count"),
            s.fn.max("s.last_seen_at").as("last_seen_at"),
            totalSeconds().as("total_seconds"),
            onlineSince(since).as("online"),
          ])
          .groupBy("s.contact_id")
          .as("t"),
      (join) => join.onRef("t.contact_id", "=", "c.id"),
    )
    .where((eb) =>
      eb.or([
        eb("a.contact_id", "is not", null),
        eb("t.contact_id", "is not", null),
      ])
    )
    .$if(!!term, (qb) => {
      const pattern = containsPattern(term!);
      return qb.where((eb) =>
        eb.or([
          eb("c.name", "ilike", pattern),
          eb("c.email", "ilike", pattern),
          eb("cl.company", "ilike", pattern),
        ])
      );
    });
  const { total } = await matching
    .select((eb) => eb.fn.countAll<string>().as("total"))
    .executeTakeFirstOrThrow();
  const window = pageWindow(options.page ?? 1, Number(total), pageSize);
  const rows = await matching
    .select([
      "c.id",
      "c.name",
      "c.email",
      "cl.id as client_id",
      "cl.company",
      "a.status",
      "t.session_count",
      "t.last_seen_at",
      "t.total_seconds",
      "t.online",
    ])
    .orderBy(sql`t.last_seen_at desc nulls last`)
    .orderBy(sql`lower(c.name)`)
    .orderBy("c.id")
    .limit(pageSize).offset(window.offset)
    .execute();
  return {
    rows: rows.map((row) => ({
      contactId: row.id,
      name: row.name,
      email: row.email,
      clientId: row.client_id,
      company: row.company,
      consent: row.status ?? null,
      lastSeenAt: row.last_seen_at ?? null,
      sessionCount: Number(row.session_count ?? 0),
      totalSeconds: Math.round(Number(row.total_seconds ?? 0)),
      online: row.online === true,
    })),
    total: Number(total),
    page: window.page,
    pageCount: window.pageCount,
    pageSize,
  };
}

/** Everything stored about one contact, counted (no rows → zeros). */
export async function getActivityTotals(
  db: Database,
  contactId: string,
): Promise<ActivityTotals> {
  const row = await db.selectFrom("activity_sessions as s")
    .select((eb) => [
      eb.fn.countAll<string>().as("session_count"),
      eb.fn.min("s.started_at").as("first_seen_at"),
      eb.fn.max("s.last_seen_at").as("last_seen_at"),
      totalSeconds().as("total_seconds"),
      eb.selectFrom("page_visits as v")
        .select((v) => v.fn.countAll<string>().as("n"))
        .where("v.contact_id", "=", contactId)
        .as("visit_count"),
    ])
    .where("s.contact_id", "=", contactId)
    .executeTakeFirstOrThrow();
  return {
    sessionCount: Number(row.session_count),
    visitCount: Number(row.visit_count ?? 0),
    totalSeconds: Math.round(Number(row.total_seconds)),
    firstSeenAt: row.first_seen_at ?? null,
    lastSeenAt: row.last_seen_at ?? null,
  };
}

/**
 * One contact's activity log: who they are, their consent, their totals and
 * their sessions newest first (page by page), each with its page visits in
 * the order they happened. An unknown contact → `NotFoundError`.
 */
export async function getContactActivity(
  db: Database,
  contactId: string,
  options: { page?: number; pageSize?: number; onlineWindowSeconds: number },
  now: Date,
): Promise<ContactActivity> {
  const contact = await db.selectFrom("contacts as c")
    .innerJoin("clients as cl", "cl.id", "c.client_id")
    .leftJoin("activity_consents as a", "a.contact_id", "c.id")
    .select([
      "c.id",
      "c.name",
      "c.email",
      "cl.id as client_id",
      "cl.company",
      "a.status",
      "a.policy_version",
      "a.decided_at",
    ])
    .where("c.id", "=", contactId)
    .executeTakeFirst();
  if (!contact) throw new NotFoundError();

  const totals = await getActivityTotals(db, contactId);
  const pageSize = options.pageSize ?? CONTACT_SESSIONS_PAGE_SIZE;
  const window = pageWindow(options.page ?? 1, totals.sessionCount, pageSize);
  const sessions = await db.selectFrom("activity_sessions")
    .select(["id", "started_at", "last_seen_at", "ended_at"])
    .where("contact_id", "=", contactId)
    .orderBy("started_at", "desc").orderBy("id", "desc")
    .limit(pageSize).offset(window.offset)
    .execute();
  const visits = sessions.length
    ? await db.selectFrom("page_visits")
      .select(["session_id", "path", "visited_at"])
      .where("contact_id", "=", contactId)
      .where("session_id", "in", sessions.map((session) => session.id))
      .orderBy("visited_at").orderBy("id")
      .execute()
    : [];
  const online = await db.selectFrom("activity_sessions as s")
    .select(
      onlineSince(windowStart(now, options.onlineWindowSeconds)).as("online"),
    )
    .where("s.contact_id", "=", contactId)
    .executeTakeFirstOrThrow();

  return {
    contact: {
      id: contact.id,
      name: contact.name,
      email: contact.email,
      clientId: contact.client_id,
      company: contact.company,
    },
    consent: contact.status && contact.policy_version && contact.decided_at
      ? {
        status: contact.status,
        policyVersion: contact.policy_version,
        decidedAt: contact.decided_at,
      }
      : null,
    totals,
    online: online.online === true,
    sessions: {
      rows: sessions.map((session) => ({
        id: session.id,
        startedAt: session.started_at,
        lastSeenAt: session.last_seen_at,
        endedAt: session.ended_at,
        durationSeconds: Math.round(
          (session.last_seen_at.getTime() - session.started_at.getTime()) /
            1000,
        ),
        visits: visits.filter((visit) => visit.session_id === session.id)
          .map((visit) => ({ path: visit.path, visitedAt: visit.visited_at })),
      })),
      total: totals.sessionCount,
      page: window.page,
      pageCount: window.pageCount,
      pageSize,
    },
  };
}
