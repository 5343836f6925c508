/**
 * CalDAV two-way sync per staff member, through `tsdav`. A member
 * connects one calendar (server URL, user name, app password, the
 * password sealed with the Keyring). Its busy times are read by a job
 * (and on demand) into `caldav_busy`, which the slot search subtracts
 * like time off: the booking page never waits on the calendar server,
 * and works from the last known busy times while it is away. Bookings are
 * written into the calendar through `caldav_outbox` (filled by a trigger
 * in the booking's own transaction): claimed, committed, sent, recorded,
 * retried with backoff. Each booking is one resource at a fixed name, so
 * a repeated PUT or DELETE never doubles or loses an event.
 */
import ICAL from "ical.js";
import {
  calendarQuery,
  createAccount,
  type DAVCalendar,
  deleteObject,
  fetchCalendars,
  getBasicAuthHeaders,
  updateObject,
} from "tsdav";
import type { Database } from "../db/database.ts";
import type { Keyring } from "../crypto.ts";
import { inTransaction } from "../db/transaction.ts";
import { describeError, ValidationError } from "../errors.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { buildCalendar } from "../booking/ics.ts";
import { AddressRefusedError } from "../webhooks/addresses.ts";
import { pinnedFetch } from "../webhooks/pinned_fetch.ts";
import { staffCalendarBooking, staffCalendarEvent } from "./feed.ts";

/** What CalDAV code needs besides the database and the clock. */
export interface CaldavEnv {
  keys: Keyring;
  appUrl: string;
  /** The business time zone: all-day and floating events are read in it. */
  timeZone: string;
  /** How far ahead busy times are read (the booking horizon). */
  horizonDays: number;
  /** Whether servers on loopback and private addresses may be called. */
  allowPrivate: boolean;
  /** How long one request may take (default `CALDAV_TIMEOUT_MS`). */
  timeoutMs?: number;
}

/** The Keyring purpose the app passwords are sealed under. */
const PASSWORD_PURPOSE = "caldav-password";
/** A calendar server gets this long per request before it counts as away. */
export const CALDAV_TIMEOUT_MS = 10_000;
/** Busy times are read again when older than this. */
export const BUSY_REFRESH_MS = 5 * 60_000;
/** How long a claimed write may be on the network before others may retry it. */
const CLAIM_MS = 2 * 60_000;
/** Writes handled per run. */
const PUSH_BATCH = 50;
/** The most occurrences of one recurring event read per refresh. */
const MAX_OCCURRENCES = 1000;

/** The UIDs Portico gives its own events (feed.ts), never read back as busy. */
const OWN_UID = /^staff-booking-/;

/** What a staff member sees of their connection. */
export interface CaldavStatus {
  serverUrl: string;
  username: string;
  calendarName: string;
  busyFetchedAt: Date | null;
  busyError: string | null;
  busyCount: number;
  pendingWrites: number;
  lastWriteError: string | null;
}

/** Redirects followed per request, each hop checked like the first. */
const MAX_REDIRECTS = 5;

/**
 * `fetch` for calendar servers: every request and redirect hop goes only
 * to the addresses its host was checked to resolve to (pinned_fetch.ts),
 * so neither staff, a server's answer nor its DNS can point the app
 * inside the network, and each request gives up after the timeout.
 * A caller that asks to see redirects itself (tsdav's discovery of
 * `/.well-known/caldav`) gets them.
 */
function timedFetch(env: CaldavEnv): typeof fetch {
  const ms = env.timeoutMs ?? CALDAV_TIMEOUT_MS;
  const send = pinnedFetch({ allowPrivate: env.allowPrivate });
  return async (input, init = {}) => {
    // tsdav passes URLs as strings.
    let url = new URL(input instanceof Request ? input.url : String(input));
    for (let hop = 0;; hop++) {
      const res = await send(url, { ...init, signal: AbortSignal.timeout(ms) });
      const location = res.headers.get("location");
      const redirected = res.status >= 300 && res.status < 400 && location;
      if (!redirected || init.redirect === "manual" || hop === MAX_REDIRECTS) {
        return res;
      }
      await res.body?.cancel();
      url = new URL(location, url);
    }
  };
}

interface Credentials {
  serverUrl: string;
  username: string;
  password: string;
}

function authHeaders(credentials: Credentials): Record<string, string> {
  return getBasicAuthHeaders({
    username: credentials.username,
    password: credentials.password,
  });
}

/** Finds the account's first calendar that holds events. */
async function discoverCalendar(
  credentials: Credentials,
  env: CaldavEnv,
): Promise<DAVCalendar | undefined> {
  const headers = authHeaders(credentials);
  const requestFetch = timedFetch(env);
  const account = await createAccount({
    account: { serverUrl: credentials.serverUrl, accountType: "caldav" },
    headers,
    fetch: requestFetch,
  });
  const calendars = await fetchCalendars({
    account,
    headers,
    fetch: requestFetch,
  });
  return calendars.find((calendar) =>
    !calendar.components || calendar.components.includes("VEVENT")
  );
}

/**
 * Connects the staff member's CalDAV calendar: finds it on the server
 * (outside any transaction), stores the connection with the password
 * sealed, and queues their upcoming bookings to be written into it.
 * A server that cannot be reached or refuses the login is a
 * ValidationError on the form, and nothing is stored.
 */
export async function connectCaldav(
  db: Database,
  env: CaldavEnv,
  actor: Actor,
  staffId: string,
  credentials: Credentials,
  now: Date,
): Promise<void> {
  let calendar: DAVCalendar | undefined;
  try {
    calendar = await discoverCalendar(credentials, env);
  } catch (error) {
    if (error instanceof AddressRefusedError) {
      throw new ValidationError(
        { server_url: "calendars.caldav.refusedAddress" },
        error.message,
      );
    }
    throw new ValidationError(
      { server_url: "calendars.caldav.unreachable" },
      `CalDAV discovery failed: ${describeError(error)}`,
    );
  }
  if (!calendar) {
    throw new ValidationError(
      { server_url: "calendars.caldav.noCalendar" },
      "No calendar with events on this account.",
    );
  }
  const row = {
    server_url: credentials.serverUrl,
    username: credentials.username,
    password_sealed: await env.keys.encrypt(
      PASSWORD_PURPOSE,
      credentials.password,
    ),
    calendar_url: calendar.url.endsWith("/")
      ? calendar.url
      : `${calendar.url}/`,
    calendar_name: typeof calendar.displayName === "string"
      ? calendar.displayName.slice(0, 200)
      : "",
    busy_fetched_at: null,
    busy_attempted_at: null,
    busy_error: null,
    created_at: now,
  };
  await inTransaction(db, async (tx) => {
    await tx.insertInto("caldav_connections").values({
      staff_id: staffId,
      ...row,
    }).onConflict((oc) => oc.column("staff_id").doUpdateSet(row)).execute();
    await tx.deleteFrom("caldav_busy").where("staff_id", "=", staffId)
      .execute();
    const upcoming = await tx.selectFrom("bookings").select("id")
      .where("staff_id", "=", staffId)
      .where("status", "in", ["pending", "confirmed"])
      .where("ends_at", ">", now).execute();
    if (upcoming.length) {
      await tx.insertInto("caldav_outbox").values(
        upcoming.map(({ id }) => ({
          booking_id: id,
          staff_id: staffId,
          next_attempt_at: now,
        })),
      ).onConflict((oc) =>
        oc.column("booking_id").doUpdateSet((eb) => ({
          version: eb("caldav_outbox.version", "+", 1),
          status: "pending",
          attempts: 0,
          next_attempt_at: now,
          last_error: null,
        }))
      ).execute();
    }
    await recordAudit(tx, actor, "caldav.connect", "staff", staffId, {
      serverUrl: credentials.serverUrl,
    }, now);
  });
}

/**
 * Disconnects the calendar: the password, busy times and unsent writes
 * are deleted; events already written stay in the calendar.
 */
export async function disconnectCaldav(
  db: Database,
  actor: Actor,
  staffId: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.deleteFrom("caldav_outbox").where("staff_id", "=", staffId)
      .execute();
    await tx.deleteFrom("caldav_connections").where("staff_id", "=", staffId)
      .execute();
    await recordAudit(
      tx,
      actor,
      "caldav.disconnect",
      "staff",
      staffId,
      {},
      now,
    );
  });
}

/** The staff member's connection and how fresh its data is, or null. */
export async function getCaldavStatus(
  db: Database,
  staffId: string,
): Promise<CaldavStatus | null> {
  const row = await db.selectFrom("caldav_connections as c")
    .select((eb) => [
      "c.server_url",
      "c.username",
      "c.calendar_name",
      "c.busy_fetched_at",
      "c.busy_error",
      eb.selectFrom("caldav_busy").select(eb.fn.countAll<string>().as("n"))
        .whereRef("caldav_busy.staff_id", "=", "c.staff_id").as("busy_count"),
      eb.selectFrom("caldav_outbox").select(eb.fn.countAll<string>().as("n"))
        .whereRef("caldav_outbox.staff_id", "=", "c.staff_id")
        .where("caldav_outbox.status", "=", "pending").as("pending_writes"),
      eb.selectFrom("caldav_outbox").select("last_error")
        .whereRef("caldav_outbox.staff_id", "=", "c.staff_id")
        .where("caldav_outbox.last_error", "is not", null)
        .orderBy("updated_at", "desc").limit(1).as("last_write_error"),
    ])
    .where("c.staff_id", "=", staffId).executeTakeFirst();
  if (!row) return null;
  return {
    serverUrl: row.server_url,
    username: row.username,
    calendarName: row.calendar_name,
    busyFetchedAt: row.busy_fetched_at,
    busyError: row.busy_error,
    busyCount: Number(row.busy_count ?? 0),
    pendingWrites: Number(row.pending_writes ?? 0),
    lastWriteError: row.last_write_error ?? null,
  };
}

async function credentialsOf(
  env: CaldavEnv,
  row: { server_url: string; username: string; password_sealed: string },
): Promise<Credentials> {
  return {
    serverUrl: row.server_url,
    username: row.username,
    password: await env.keys.decrypt(PASSWORD_PURPOSE, row.password_sealed),
  };
}

/** An iCalendar time as an instant: dates and floating times in `zone`. */
function instantOf(time: ICAL.Time, zone: string): number {
  const floating = time.isDate || !time.zone ||
    time.zone === ICAL.Timezone.localTimezone;
  if (!floating) return time.toJSDate().getTime();
  return Temporal.PlainDateTime.from({
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.isDate ? 0 : time.hour,
    minute: time.isDate ? 0 : time.minute,
    second: time.isDate ? 0 : time.second,
  }).toZonedDateTime(zone).epochMilliseconds;
}

/** The busy intervals of one calendar object within [from, to). */
function busyIntervals(
  ics: string,
  range: { from: number; to: number },
  timeZone: string,
): { start: number; end: number }[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  if (calendar.name !== "vcalendar") throw new Error("not an iCalendar object");
  for (const zone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(zone);
  }
  const busy: { start: number; end: number }[] = [];
  for (const component of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(component);
    const transparent = component.getFirstPropertyValue("transp") ===
      "TRANSPARENT";
    const cancelled = component.getFirstPropertyValue("status") ===
      "CANCELLED";
    if (transparent || cancelled || OWN_UID.test(event.uid ?? "")) continue;
    // An exception of a recurring event is expanded with its master.
    if (component.hasProperty("recurrence-id")) continue;
    const add = (start: ICAL.Time, end: ICAL.Time) => {
      const from = instantOf(start, timeZone);
      const to = instantOf(end, timeZone);
      if (to > range.from && from < range.to && to > from) {
        busy.push({
          start: Math.max(from, range.from),
          end: Math.min(to, range.to),
        });
      }
    };
    if (!event.isRecurring()) {
      add(event.startDate, event.endDate);
      continue;
    }
    const occurrences = event.iterator();
    for (let i = 0; i < MAX_OCCURRENCES; i++) {
      const next = occurrences.next();
      if (!next || instantOf(next, timeZone) >= range.to) break;
      const details = event.getOccurrenceDetails(next);
      add(details.startDate, details.endDate);
    }
  }
  return busy;
}

/** `20270105T090000Z`, the form of a CalDAV time range. */
function caldavTime(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/**
 * The busy intervals of the events in a calendar within the range, from
 * one REPORT. An answer that is no CalDAV multistatus, or an object that
 * is no iCalendar, throws: garbage must never pass for an empty calendar.
 */
async function readBusy(
  calendarUrl: string,
  credentials: Credentials,
  range: { from: number; to: number },
  env: CaldavEnv,
): Promise<{ start: number; end: number }[]> {
  const responses = await calendarQuery({
    url: calendarUrl,
    props: { "d:getetag": {}, "c:calendar-data": {} },
    filters: [{
      "comp-filter": {
        _attributes: { name: "VCALENDAR" },
        "comp-filter": {
          _attributes: { name: "VEVENT" },
          "time-range": {
            _attributes: {
              start: caldavTime(range.from),
              end: caldavTime(range.to),
            },
          },
        },
      },
    }],
    depth: "1",
    headers: authHeaders(credentials),
    fetch: timedFetch(env),
  });
  return responses.flatMap((res) => {
    const data = res.props?.calendarData;
    const text: unknown = typeof data === "string"
      ? data
      : data?._cdata ?? data?._text;
    if (typeof text === "string") {
      return busyIntervals(text, range, env.timeZone);
    }
    // tsdav answers an unparsed body as one response: only an empty
    // multistatus (207) is an empty calendar.
    const raw = typeof res.raw === "string" ? res.raw : "";
    if (
      res.status === 207 && /multistatus/i.test(raw) &&
      !/<([\w-]+:)?response[\s>]/i.test(raw)
    ) return [];
    throw new Error(
      `REPORT ${calendarUrl}: not a CalDAV answer (HTTP ${res.status})`,
    );
  });
}

/**
 * Reads the connected calendar's busy times from now to the horizon and
 * replaces the stored ones; a failure keeps the last known times and
 * records the error (shown to the staff member). Returns whether it worked.
 */
export async function refreshBusyTimes(
  db: Database,
  env: CaldavEnv,
  staffId: string,
  now: Date,
): Promise<boolean> {
  const connection = await db.selectFrom("caldav_connections").selectAll()
    .where("staff_id", "=", staffId).executeTakeFirst();
  if (!connection) return false;
  const range = {
    from: now.getTime() - 86_400_000,
    to: now.getTime() + (env.horizonDays + 1) * 86_400_000,
  };
  let busy: { start: number; end: number }[];
  try {
    const credentials = await credentialsOf(env, connection);
    busy = await readBusy(connection.calendar_url, credentials, range, env);
  } catch (error) {
    await db.updateTable("caldav_connections").set({
      busy_attempted_at: now,
      busy_error: describeError(error),
    }).where("staff_id", "=", staffId).execute();
    return false;
  }
  await inTransaction(db, async (tx) => {
    await tx.deleteFrom("caldav_busy").where("staff_id", "=", staffId)
      .execute();
    if (busy.length) {
      await tx.insertInto("caldav_busy").values(busy.map((interval) => ({
        staff_id: staffId,
        starts_at: new Date(interval.start),
        ends_at: new Date(interval.end),
      }))).execute();
    }
    await tx.updateTable("caldav_connections").set({
      busy_fetched_at: now,
      busy_attempted_at: now,
      busy_error: null,
    }).where("staff_id", "=", staffId).execute();
  });
  return true;
}

/** Refreshes every connection whose busy times are older than `BUSY_REFRESH_MS`. */
export async function refreshDueBusyTimes(
  db: Database,
  env: CaldavEnv,
  now: Date,
): Promise<{ refreshed: number; failed: number }> {
  const due = await db.selectFrom("caldav_connections").select("staff_id")
    .where((eb) =>
      eb.or([
        eb("busy_attempted_at", "is", null),
        eb(
          "busy_attempted_at",
          "<=",
          new Date(now.getTime() - BUSY_REFRESH_MS),
        ),
      ])
    ).execute();
  let refreshed = 0;
  for (const { staff_id } of due) {
    if (await refreshBusyTimes(db, env, staff_id, now)) refreshed++;
  }
  return { refreshed, failed: due.length - refreshed };
}

/** The wait before attempt `attempts + 1`: 30 s, 1 min, 2 min … at most 1 h. */
export function writeBackoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(attempts - 1, 0), 3600_000);
}

/** One booking's write: PUT its current version, or DELETE it once cancelled. */
async function sendWrite(
  db: Database,
  env: CaldavEnv,
  bookingId: string,
): Promise<void> {
  const target = await db.selectFrom("bookings as b")
    .innerJoin("caldav_connections as c", "c.staff_id", "b.staff_id")
    .innerJoin("staff as st", "st.id", "b.staff_id")
    .select([
      "b.status",
      "b.staff_id",
      "c.server_url",
      "c.username",
      "c.password_sealed",
      "c.calendar_url",
      "st.locale",
    ])
    .where("b.id", "=", bookingId).executeTakeFirst();
  // Disconnected meanwhile: nothing to write.
  if (!target) return;
  const credentials = await credentialsOf(env, target);
  const url = `${target.calendar_url}portico-${bookingId}.ics`;
  const common = {
    url,
    headers: authHeaders(credentials),
    fetch: timedFetch(env),
  };
  const booking = target.status === "cancelled"
    ? undefined
    : await staffCalendarBooking(db, bookingId, target.locale);
  const res = booking
    ? await updateObject({
      ...common,
      headers: {
        ...common.headers,
        "content-type": "text/calendar; charset=utf-8",
      },
      data: buildCalendar({
        events: [staffCalendarEvent(booking, {
          appUrl: env.appUrl,
          locale: target.locale,
          // The member's own signed-in calendar, unlike a feed link.
          showClientName: true,
        })],
      }),
    })
    : await deleteObject(common);
  await res.body?.cancel();
  // A DELETE of what is not there (never written, or deleted before) is done.
  if (!res.ok && !(res.status === 404 && !booking)) {
    throw new Error(`${booking ? "PUT" : "DELETE"} ${url}: HTTP ${res.status}`);
  }
}

/**
 * Writes due bookings into their staff members' calendars: claims a
 * batch (one statement, committed), sends each over the network with no
 * transaction open, then records the outcome. A failure is retried with
 * backoff; a booking changed while its write was away stays pending for
 * its newer version.
 */
export async function pushCalendarWrites(
  db: Database,
  env: CaldavEnv,
  now: Date,
): Promise<{ sent: number; failed: number }> {
  const claimed = await db.updateTable("caldav_outbox")
    .set((eb) => ({
      locked_until: new Date(now.getTime() + CLAIM_MS),
      attempts: eb("attempts", "+", 1),
    }))
    .where(
      "booking_id",
      "in",
      (eb) =>
        eb.selectFrom("caldav_outbox").select("booking_id")
          .where("status", "=", "pending")
          .where("next_attempt_at", "<=", now)
          .where((w) =>
            w.or([w("locked_until", "is", null), w("locked_until", "<", now)])
          )
          .orderBy("next_attempt_at").limit(PUSH_BATCH)
          .forUpdate().skipLocked(),
    )
    .returning(["booking_id", "version", "attempts"])
    .execute();
  let sent = 0;
  for (const write of claimed) {
    const row = () =>
      db.updateTable("caldav_outbox")
        .where("booking_id", "=", write.booking_id);
    let outcome: { status?: "done"; last_error: string | null; next?: Date };
    try {
      await sendWrite(db, env, write.booking_id);
      outcome = { status: "done", last_error: null };
      sent++;
    } catch (error) {
      outcome = {
        last_error: describeError(error),
        next: new Date(now.getTime() + writeBackoffMs(write.attempts)),
      };
    }
    const recorded = await row().where("version", "=", write.version).set({
      status: outcome.status,
      last_error: outcome.last_error,
      next_attempt_at: outcome.next,
      locked_until: null,
      updated_at: now,
    }).executeTakeFirst();
    if (recorded.numUpdatedRows === 0n) {
      // Changed while on the network: the newer version is due at once.
      await row().set({ locked_until: null }).execute();
    }
  }
  return { sent, failed: claimed.length - sent };
}

/** The job: writes what is due, then reads the busy times that are stale. */
export async function syncCalendars(
  db: Database,
  env: CaldavEnv,
  now: Date,
): Promise<string> {
  const writes = await pushCalendarWrites(db, env, now);
  const busy = await refreshDueBusyTimes(db, env, now);
  return `${writes.sent} calendar writes sent, ${writes.failed} to retry; ` +
    `${busy.refreshed} calendars read, ${busy.failed} unreachable`;
}

/** Pushes calendar writes right after a booking change, off the request's path. */
export interface CalendarWriter {
  /** Starts a push unless one runs; one running pushes once more after it. */
  kick(): void;
  /** Waits for the push in progress and takes no more kicks. */
  stop(): Promise<void>;
}

/**
 * The in-process writer: a kicked push runs in the background (the
 * booking's request never waits on a calendar server); the `caldav-sync`
 * job catches what it misses (other instances' changes, retries due).
 */
export function createCalendarWriter(options: {
  db: Database;
  env: () => Promise<CaldavEnv>;
  now: () => Date;
}): CalendarWriter {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  async function pushUntilQuiet() {
    do {
      again = false;
      await pushCalendarWrites(options.db, await options.env(), options.now());
    } while (again && !stopped);
  }
  return {
    kick() {
      if (stopped) return;
      if (running) {
        again = true;
        return;
      }
      running = pushUntilQuiet()
        .catch((error) => console.error("calendar writer:", error))
        .finally(() => running = undefined);
    },
    async stop() {
      stopped = true;
      await running;
    },
  };
}
