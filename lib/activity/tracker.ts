/**
 * The heartbeat path. A request is answered from memory: the contact and
 * their consent come from a cache (until the session's expiry, at most
 * 15 min; dropped at once on sign-out, a disabled portal or a consent
 * change through NOTIFY), and the beat goes into a per-instance buffer.
 * Tokens without a session are remembered for a minute, and each client
 * network may cause only a few lookups of such tokens a second, so random
 * cookies are answered from memory too. Every 2 s (and at shutdown) the
 * buffer is written in one transaction, whatever the load, and a NOTIFY
 * tells every instance's live views to refresh. A crash loses at most the
 * unflushed window.
 */
import { sql } from "kysely";
import type { Database, DatabaseHandle } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import { sha256HexSync } from "../crypto.ts";
import { addressScope } from "../network.ts";
import { CONTACT_SESSIONS_ENDED } from "../auth/sessions.ts";
import { ACTIVITY_CHANGED, ACTIVITY_INVALIDATE } from "./channels.ts";
import { getActivitySettings } from "./settings.ts";
import { listOnline, type OnlineClient } from "./online.ts";

/** Longest page path a beat records. */
const MAX_PATH_LENGTH = 500;

/** The page a beat reports: a local path, or `/` for anything else. */
export function reportedPage(path: string | null): string {
  return path?.startsWith("/") && path.length <= MAX_PATH_LENGTH ? path : "/";
}

/**
 * How long a session lookup is trusted. NOTIFY drops entries at once; this
 * bounds staleness should a notification be missed (a LISTEN reconnect),
 * and the flush re-checks consent and the portal either way.
 */
const IDENTITY_TTL_MS = 15 * 60_000;
/**
 * Tokens without a valid session are remembered briefly (a session never
 * comes into being under a token already in use, so only the session's
 * expiry or a disabled portal could change the answer, and those stay
 * shut), in an LRU bounded in size so a flood cannot grow memory.
 */
const UNKNOWN_TTL_MS = 60_000;
const MAX_UNKNOWN_TOKENS = 20_000;
/**
 * Lookups that find no session, per client address: a burst, then a
 * steady rate. A lookup holds one unit while in flight and gives it back
 * when it finds a session, so contacts behind one address (an office, a
 * proxy) are looked up however many they are, a few at a time. Once the
 * units are used up by tokens without a session, beats from the address
 * are answered as anonymous without a lookup: random cookies cost at most
 * this many queries per address, however many arrive. A contact signing
 * in behind a flooding address is found once the budget refills.
 */
const LOOKUP_BURST = 5;
const LOOKUPS_PER_SECOND = 5;
/** Addresses whose budget is remembered (least recently used dropped). */
const MAX_LOOKUP_ADDRESSES = 20_000;
/** The address of in-process calls that name none. */
const LOCAL_ADDRESS = "local";
/** Beats one contact may send per flush window before being refused. */
const MAX_BEATS_PER_WINDOW = 20;

interface Identity {
  contactId: string | null;
  consenting: boolean;
  expiresAt: number;
}

/** A beat without a valid session (not looked up, or looked up and unknown). */
const ANONYMOUS: Identity = {
  contactId: null,
  consenting: false,
  expiresAt: Number.POSITIVE_INFINITY,
};

/** One address's budget of lookups (see `LOOKUP_BURST`). */
interface AddressLookups {
  /** Units left as of `at` (epoch ms), refilled at the steady rate. */
  left: number;
  at: number;
  /** Lookups in flight, each holding a unit. */
  inFlight: number;
  /** Wakes beats waiting for a unit when a lookup in flight ends. */
  settled?: PromiseWithResolvers<void>;
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
  /** Token hash → the contact of a valid session. */
  #identities = new Map<string, Identity>();
  /** Token hash → until when it is known to have no valid session. */
  #unknown = new Map<string, number>();
  /** Lookups in progress, shared by concurrent beats of one token. */
  #lookingUp = new Map<string, Promise<Identity>>();
  /** Client network (see addressScope) → its lookups, least recently used first. */
  #addressLookups = new Map<string, AddressLookups>();
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
    // After the listening connection was lost, a sign-out or consent
    // change may have been missed: every cached identity is read again.
    const forgetAll = () => this.#identities.clear();
    this.#unlisten.push(
      await this.#listen(
        ACTIVITY_INVALIDATE,
        (contactId) => this.forget(contactId),
        forgetAll,
      ),
      await this.#listen(
        CONTACT_SESSIONS_ENDED,
        (contactId) => this.forget(contactId),
        forgetAll,
      ),
      await this.#listen(
        ACTIVITY_CHANGED,
        () => this.#scheduleRefresh(),
        () => this.#scheduleRefresh(),
      ),
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

  /**
   * Drops expired identities and unknown tokens, and the budgets of
   * addresses that have refilled (as good as never seen).
   */
  #pruneIdentities(): void {
    const now = this.#now().getTime();
    for (const [key, identity] of this.#identities) {
      if (identity.expiresAt <= now) this.#identities.delete(key);
    }
    for (const [key, expiresAt] of this.#unknown) {
      if (expiresAt <= now) this.#unknown.delete(key);
    }
    for (const [address, lookups] of this.#addressLookups) {
      if (lookups.inFlight === 0 && unitsLeft(lookups, now) >= LOOKUP_BURST) {
        this.#addressLookups.delete(address);
      }
    }
  }

  /** Drops cached identities of a contact (sign-out, consent change). */
  forget(contactId: string): void {
    for (const [key, identity] of this.#identities) {
      if (identity.contactId === contactId) this.#identities.delete(key);
    }
  }

  /**
   * The identity of the session whose token hashes to `key`: from the
   * caches, or a promise of a lookup, or anonymous without one when
   * `address` has used up its lookups.
   */
  #identity(key: string, address: string): Identity | Promise<Identity> {
    const now = this.#now().getTime();
    const cached = this.#identities.get(key);
    if (cached && cached.expiresAt > now) return cached;
    if ((this.#unknown.get(key) ?? 0) > now) return ANONYMOUS;
    const inProgress = this.#lookingUp.get(key);
    if (inProgress) return inProgress;
    const lookups = this.#lookupsOf(address, now);
    if (lookups.left >= 1) return this.#startLookUp(key, lookups, now);
    if (lookups.inFlight === 0) return ANONYMOUS;
    // Every unit is held by a lookup in flight, which may give it back.
    lookups.settled ??= Promise.withResolvers();
    return lookups.settled.promise.then(() => this.#identity(key, address));
  }

  /**
   * The budget of `address`'s network, refilled up to `now` and marked
   * most recently used. (Grouped here, off the path of cached beats.)
   */
  #lookupsOf(address: string, now: number): AddressLookups {
    const group = addressScope(address);
    const lookups = this.#addressLookups.get(group) ??
      { left: LOOKUP_BURST, at: now, inFlight: 0 };
    lookups.left = unitsLeft(lookups, now);
    lookups.at = now;
    this.#addressLookups.delete(group);
    this.#addressLookups.set(group, lookups);
    evictOldest(this.#addressLookups, MAX_LOOKUP_ADDRESSES);
    return lookups;
  }

  #startLookUp(
    key: string,
    lookups: AddressLookups,
    now: number,
  ): Promise<Identity> {
    lookups.left--;
    lookups.inFlight++;
    const lookup = this.#lookUp(key, now);
    this.#lookingUp.set(key, lookup);
    // Only a token without a session uses up a unit; a failed lookup
    // says nothing about the token.
    void lookup.then((identity) => identity === ANONYMOUS, () => false)
      .then((unknown) => {
        this.#lookingUp.delete(key);
        lookups.inFlight--;
        if (!unknown) lookups.left = Math.min(LOOKUP_BURST, lookups.left + 1);
        const settled = lookups.settled;
        lookups.settled = undefined;
        settled?.resolve();
      });
    return lookup;
  }

  async #lookUp(key: string, now: number): Promise<Identity> {
    const row = await this.#db.selectFrom("auth_sessions as s")
      .innerJoin("contacts as c", "c.id", "s.contact_id")
      .leftJoin("activity_consents as a", "a.contact_id", "c.id")
      .select(["c.id", "a.status", "s.expires_at"])
      .where("s.token_hash", "=", key)
      .where("s.expires_at", ">", new Date(now))
      .where("c.portal_enabled", "=", true)
      .executeTakeFirst();
    if (!row) {
      this.#unknown.delete(key);
      this.#unknown.set(key, now + UNKNOWN_TTL_MS);
      evictOldest(this.#unknown, MAX_UNKNOWN_TOKENS);
      return ANONYMOUS;
    }
    const identity = {
      contactId: row.id,
      consenting: row.status === "granted",
      expiresAt: Math.min(row.expires_at.getTime(), now + IDENTITY_TTL_MS),
    };
    this.#identities.set(key, identity);
    return identity;
  }

  /**
   * Takes one heartbeat from `address` (the client's); records nothing
   * without a portal session and consent. Synchronous when the session is
   * cached (the steady state) or the token known to be unknown, so the
   * busiest request path allocates no promise.
   */
  beat(
    sessionToken: string | undefined,
    path: string,
    view: boolean,
    address = LOCAL_ADDRESS,
  ): BeatResult | Promise<BeatResult> {
    if (!sessionToken) return "not-tracked";
    const identity = this.#identity(sha256HexSync(sessionToken), address);
    return identity instanceof Promise
      ? identity.then((found) => this.#record(found, path, view))
      : this.#record(identity, path, view);
  }

  #record(identity: Identity, path: string, view: boolean): BeatResult {
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
    this.#pruneIdentities();
    if (this.#pending.size === 0) return 0;
    const batch = this.#pending;
    this.#pending = new Map();
    try {
      await inTransaction(this.#db, async (tx) => {
        const { inactivityMinutes } = await getActivitySettings(tx);
        await writeBeats(tx, batch, inactivityMinutes);
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

/** Units `lookups` has left at `now`, refilled at the steady rate. */
function unitsLeft(lookups: AddressLookups, now: number): number {
  const refilled = Math.max(0, now - lookups.at) * LOOKUPS_PER_SECOND / 1000;
  return Math.min(LOOKUP_BURST, lookups.left + refilled);
}

/** Drops the least recently inserted entries beyond `max`. */
function evictOldest(map: Map<string, unknown>, max: number): void {
  for (const key of map.keys()) {
    if (map.size <= max) return;
    map.delete(key);
  }
}

/**
 * Writes one window's beats with a fixed number of statements, however
 * many contacts it covers: the batch goes in as one JSON parameter and is
 * joined against granted consents and enabled portals, so a stale cache
 * can never record. Open sessions within the inactivity timeout are
 * continued (HOT updates, see migration 0007), older ones ended; contacts
 * left without an open session get a new one (or continue one another
 * instance opened meanwhile).
 */
async function writeBeats(
  tx: Database,
  batch: Map<string, PendingContact>,
  inactivityMinutes: number,
): Promise<void> {
  // Times as epoch milliseconds: cheaper to write than ISO strings, and
  // a window can hold every online contact.
  const contacts = JSON.stringify(
    [...batch].map(([contactId, beats]) => ({
      contact_id: contactId,
      first_ms: beats.firstAt,
      last_ms: beats.lastAt,
      path: beats.lastPath,
      views: beats.views.length,
    })),
  );
  const beats = sql`(
    select b.contact_id, b.path, b.views,
      to_timestamp(b.first_ms / 1000.0) as first_at,
      to_timestamp(b.last_ms / 1000.0) as last_at
    from jsonb_to_recordset(${contacts}::text::jsonb) as b(
      contact_id uuid, first_ms float8, last_ms float8, path text, views int
    )
    join activity_consents a
      on a.contact_id = b.contact_id and a.status = 'granted'
    join contacts c on c.id = b.contact_id and c.portal_enabled
  )`;
  const timeout = sql`make_interval(mins => ${inactivityMinutes})`;
  const continued = await sql`
    with beats as materialized ${beats},
    ended as (
      update activity_sessions s set ended_at = s.last_seen_at
      from beats b
      where s.contact_id = b.contact_id and s.ended_at is null
        and b.first_at - s.last_seen_at > ${timeout}
    )
    update activity_sessions s set
      last_seen_at = greatest(s.last_seen_at, b.last_at),
      current_path = b.path,
      page_views = s.page_views + b.views
    from beats b
    where s.contact_id = b.contact_id and s.ended_at is null
      and b.first_at - s.last_seen_at <= ${timeout}
  `.execute(tx);
  // In the steady state every contact continues a session: no insert.
  if (Number(continued.numAffectedRows ?? 0) < batch.size) {
    await sql`
      insert into activity_sessions
        (contact_id, started_at, last_seen_at, current_path, page_views)
      select b.contact_id, b.first_at, b.last_at, b.path, b.views
      from ${beats} b
      where not exists (
        select 1 from activity_sessions s
        where s.contact_id = b.contact_id and s.ended_at is null
      )
      on conflict (contact_id) where ended_at is null do update set
        last_seen_at = greatest(
          activity_sessions.last_seen_at, excluded.last_seen_at
        ),
        current_path = excluded.current_path,
        page_views = activity_sessions.page_views + excluded.page_views
    `.execute(tx);
  }
  const visits = [...batch].flatMap(([contactId, beats]) =>
    beats.views.map((view) => ({
      contact_id: contactId,
      path: view.path,
      visited_at: new Date(view.at).toISOString(),
    }))
  );
  if (visits.length === 0) return;
  await sql`
    insert into page_visits (session_id, contact_id, path, visited_at)
    select s.id, v.contact_id, v.path, v.visited_at
    from jsonb_to_recordset(${JSON.stringify(visits)}::text::jsonb) as v(
      contact_id uuid, path text, visited_at timestamptz
    )
    join activity_consents a
      on a.contact_id = v.contact_id and a.status = 'granted'
    join contacts c on c.id = v.contact_id and c.portal_enabled
    join activity_sessions s
      on s.contact_id = v.contact_id and s.ended_at is null
  `.execute(tx);
}
