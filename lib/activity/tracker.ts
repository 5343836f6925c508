/**
 * The heartbeat path. A request is answered from memory: the contact and
 * their consent come from a short-lived cache (60 s, dropped at once on
 * sign-out or consent change through NOTIFY), and the beat goes into a
 * per-instance buffer. Every 2 s (and at shutdown) the buffer is written
 * in one transaction, whatever the load, and a NOTIFY tells every
 * instance's live views to refresh. A crash loses at most the unflushed
 * window.
 */
import { sql } from "kysely";
import type { Database, DatabaseHandle } from "../db/database.ts";
import { sha256Hex } from "../crypto.ts";
import { ACTIVITY_CHANGED, ACTIVITY_INVALIDATE } from "./channels.ts";
import { getActivitySettings } from "./settings.ts";
import { listOnline, type OnlineClient } from "./online.ts";

const IDENTITY_TTL_MS = 60_000;
/** Beats one contact may send per flush window before being refused. */
const MAX_BEATS_PER_WINDOW = 20;

interface Identity {
  contactId: string | null;
  consenting: boolean;
  expiresAt: number;
}

interface PendingContact {
  firstAt: number;
  lastAt: number;
  lastPath: string;
  beats: number;
  views: { path: string; at: number }[];
}

export type BeatResult = "recorded" | "not-tracked" | "rate-limited";

export interface TrackerOptions {
  flushIntervalMs?: number;
  now?: () => Date;
}

export class ActivityTracker {
  #db: Database;
  #listen: DatabaseHandle["listen"];
  #now: () => Date;
  #flushIntervalMs: number;
  #identities = new Map<string, Identity>();
  #pending = new Map<string, PendingContact>();
  #subscribers = new Set<(online: OnlineClient[]) => void>();
  #timer?: ReturnType<typeof setInterval>;
  #unlisten: (() => Promise<void>)[] = [];
  #flushing: Promise<number> = Promise.resolve(0);
  #refresh?: ReturnType<typeof setTimeout>;
  /** Flush transactions committed by this instance (for tests and the bench). */
  flushCount = 0;

  constructor(
    database: Pick<DatabaseHandle, "db" | "listen">,
    options: TrackerOptions = {},
  ) {
    this.#db = database.db;
    this.#listen = database.listen;
    this.#now = options.now ?? (() => new Date());
    this.#flushIntervalMs = options.flushIntervalMs ?? 2000;
  }

  /** Starts flushing and listening to the other instances. */
  async start(): Promise<void> {
    this.#unlisten.push(
      await this.#listen(
        ACTIVITY_INVALIDATE,
        (contactId) => this.forget(contactId),
      ),
      await this.#listen(ACTIVITY_CHANGED, () => this.#scheduleRefresh()),
    );
    this.#timer = setInterval(() => void this.flush(), this.#flushIntervalMs);
  }

  /** Final flush, then stops. */
  async stop(): Promise<void> {
    clearInterval(this.#timer);
    clearTimeout(this.#refresh);
    await this.flush();
    for (const unlisten of this.#unlisten.splice(0)) {
      await unlisten().catch(() => {});
    }
  }

  /** Drops cached identities of a contact (sign-out, consent change). */
  forget(contactId: string): void {
    for (const [key, identity] of this.#identities) {
      if (identity.contactId === contactId) this.#identities.delete(key);
    }
  }

  async #identity(sessionToken: string): Promise<Identity> {
    const key = await sha256Hex(sessionToken);
    const now = this.#now().getTime();
    const cached = this.#identities.get(key);
    if (cached && cached.expiresAt > now) return cached;
    const row = await this.#db.selectFrom("auth_sessions as s")
      .innerJoin("contacts as c", "c.id", "s.contact_id")
      .leftJoin("activity_consents as a", "a.contact_id", "c.id")
      .select(["c.id", "a.status"])
      .where("s.token_hash", "=", key)
      .where("s.expires_at", ">", new Date(now))
      .where("c.portal_enabled", "=", true)
      .executeTakeFirst();
    const identity = {
      contactId: row?.id ?? null,
      consenting: row?.status === "granted",
      expiresAt: now + IDENTITY_TTL_MS,
    };
    this.#identities.set(key, identity);
    return identity;
  }

  /** Takes one heartbeat; records nothing without a portal session and consent. */
  async beat(
    sessionToken: string | undefined,
    path: string,
    view: boolean,
  ): Promise<BeatResult> {
    if (!sessionToken) return "not-tracked";
    const identity = await this.#identity(sessionToken);
    if (!identity.contactId || !identity.consenting) return "not-tracked";
    const at = this.#now().getTime();
    const entry = this.#pending.get(identity.contactId);
    if (entry && entry.beats >= MAX_BEATS_PER_WINDOW) return "rate-limited";
    if (entry) {
      entry.lastAt = Math.max(entry.lastAt, at);
      entry.lastPath = path;
      entry.beats++;
      if (view) entry.views.push({ path, at });
    } else {
      this.#pending.set(identity.contactId, {
        firstAt: at,
        lastAt: at,
        lastPath: path,
        beats: 1,
        views: view ? [{ path, at }] : [],
      });
    }
    return "recorded";
  }

  /** Writes the buffer in one transaction; returns how many contacts it covered. */
  flush(): Promise<number> {
    // One flush at a time: the next waits for the one in progress.
    this.#flushing = this.#flushing.then(
      () => this.#write(),
      () => this.#write(),
    );
    return this.#flushing;
  }

  async #write(): Promise<number> {
    if (this.#pending.size === 0) return 0;
    const batch = this.#pending;
    this.#pending = new Map();
    try {
      await this.#db.transaction().execute(async (tx) => {
        const { inactivityMinutes } = await getActivitySettings(tx);
        // Consent is checked again here, so a stale cache can never record.
        const granted = new Set(
          (await tx.selectFrom("activity_consents").select("contact_id")
            .where("status", "=", "granted")
            .where("contact_id", "in", [...batch.keys()]).execute()).map((r) =>
              r.contact_id
            ),
        );
        for (const [contactId, beats] of batch) {
          if (granted.has(contactId)) {
            await writeContact(tx, contactId, beats, inactivityMinutes);
          }
        }
        await sql`select pg_notify(${ACTIVITY_CHANGED}, ${String(batch.size)})`
          .execute(tx);
      });
      this.flushCount++;
      return batch.size;
    } catch (error) {
      // Keep the beats for the next window rather than lose them, merged
      // with any that arrived while this flush was failing.
      for (const [contactId, beats] of batch) {
        const newer = this.#pending.get(contactId);
        if (!newer) {
          this.#pending.set(contactId, beats);
          continue;
        }
        newer.firstAt = Math.min(newer.firstAt, beats.firstAt);
        newer.lastAt = Math.max(newer.lastAt, beats.lastAt);
        newer.views = [...beats.views, ...newer.views];
      }
      console.error(
        "activity flush failed; retrying with the next window:",
        error,
      );
      return 0;
    }
  }

  /** Live online list updates for an SSE stream; returns the unsubscribe. */
  subscribe(onOnline: (online: OnlineClient[]) => void): () => void {
    this.#subscribers.add(onOnline);
    return () => this.#subscribers.delete(onOnline);
  }

  #scheduleRefresh(): void {
    if (this.#subscribers.size === 0 || this.#refresh) return;
    // One query per burst of notifications, shared by every open stream.
    this.#refresh = setTimeout(async () => {
      this.#refresh = undefined;
      try {
        const online = await listOnline(
          this.#db,
          await getActivitySettings(this.#db),
          this.#now(),
        );
        for (const subscriber of this.#subscribers) subscriber(online);
      } catch (error) {
        console.error("activity refresh failed:", error);
      }
    }, 100);
  }
}

async function writeContact(
  tx: Database,
  contactId: string,
  beats: PendingContact,
  inactivityMinutes: number,
): Promise<void> {
  const firstAt = new Date(beats.firstAt);
  const lastAt = new Date(beats.lastAt);
  const open = await tx.selectFrom("activity_sessions").select([
    "id",
    "last_seen_at",
  ])
    .where("contact_id", "=", contactId).where("ended_at", "is", null)
    .forUpdate().executeTakeFirst();
  let sessionId: string;
  const continues = open &&
    beats.firstAt - open.last_seen_at.getTime() <= inactivityMinutes * 60_000;
  if (open && continues) {
    sessionId = open.id;
    await tx.updateTable("activity_sessions").set((eb) => ({
      last_seen_at: sql`greatest(last_seen_at, ${lastAt})`,
      current_path: beats.lastPath,
      page_views: eb("page_views", "+", beats.views.length),
    })).where("id", "=", open.id).execute();
  } else {
    if (open) {
      await tx.updateTable("activity_sessions").set({
        ended_at: open.last_seen_at,
      })
        .where("id", "=", open.id).execute();
    }
    sessionId = (await tx.insertInto("activity_sessions").values({
      contact_id: contactId,
      started_at: firstAt,
      last_seen_at: lastAt,
      current_path: beats.lastPath,
      page_views: beats.views.length,
    }).returning("id").executeTakeFirstOrThrow()).id;
  }
  if (beats.views.length) {
    await tx.insertInto("page_visits").values(beats.views.map((view) => ({
      session_id: sessionId,
      contact_id: contactId,
      path: view.path,
      visited_at: new Date(view.at),
    }))).execute();
  }
}
