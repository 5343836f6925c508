/**
 * Calendar subscription feeds: each staff member may have one secret URL
 * that a calendar app subscribes to (`webcal://` or https), listing their
 * upcoming pending and confirmed bookings. The URL holds a feed id and a
 * secret; only the secret's SHA-256 is stored, compared in constant time.
 * Client names appear only when the member chose so for the feed.
 */
import type { Database } from "../db/database.ts";
import type { Locale } from "../db/schema.ts";
import { randomToken, sha256Hex, timingSafeEqual } from "../crypto.ts";
import { inTransaction } from "../db/transaction.ts";
import { NotFoundError } from "../errors.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { t } from "../i18n/mod.ts";
import { buildCalendar, type StoredEvent } from "../booking/ics.ts";

/** What a staff member sees of their feed (the secret never again). */
export interface CalendarFeedStatus {
  showClientNames: boolean;
  createdAt: Date;
}

/** The two spellings of a feed's address. */
export interface CalendarFeedUrls {
  https: string;
  webcal: string;
}

/** How often subscribers are asked to fetch the feed again. */
export const FEED_REFRESH_MINUTES = 15;

/** The most events one feed lists (the soonest first). */
const FEED_LIMIT = 1000;

/** The path of a feed, as its route (`routes/calendar/[feedId]/[file].ts`) reads it. */
export function calendarFeedUrls(
  appUrl: string,
  feedId: string,
  secret: string,
): CalendarFeedUrls {
  const https = `${appUrl}/calendar/${feedId}/${secret}.ics`;
  return { https, webcal: https.replace(/^https?:/, "webcal:") };
}

/** The staff member's feed, or null when they have none. */
export async function getCalendarFeed(
  db: Database,
  staffId: string,
): Promise<CalendarFeedStatus | null> {
  const row = await db.selectFrom("calendar_feeds")
    .select(["show_client_names", "created_at"])
    .where("staff_id", "=", staffId).executeTakeFirst();
  return row
    ? { showClientNames: row.show_client_names, createdAt: row.created_at }
    : null;
}

/**
 * Gives the staff member a new feed URL (the old one stops working at
 * once) and returns it: it is shown this once, as only its hash is kept.
 */
export async function rotateCalendarFeed(
  db: Database,
  actor: Actor,
  staffId: string,
  options: { showClientNames: boolean },
  env: { appUrl: string },
  now: Date,
): Promise<CalendarFeedUrls> {
  const feedId = crypto.randomUUID();
  const secret = randomToken(32);
  const row = {
    feed_id: feedId,
    secret_hash: await sha256Hex(secret),
    show_client_names: options.showClientNames,
    created_at: now,
  };
  await inTransaction(db, async (tx) => {
    await tx.insertInto("calendar_feeds").values({ staff_id: staffId, ...row })
      .onConflict((oc) => oc.column("staff_id").doUpdateSet(row)).execute();
    await recordAudit(tx, actor, "calendar_feed.rotate", "staff", staffId, {
      showClientNames: options.showClientNames,
    }, now);
  });
  return calendarFeedUrls(env.appUrl, feedId, secret);
}

/** Turns the staff member's feed off; its URL answers 404 from now on. */
export async function removeCalendarFeed(
  db: Database,
  actor: Actor,
  staffId: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.deleteFrom("calendar_feeds").where("staff_id", "=", staffId)
      .execute();
    await recordAudit(
      tx,
      actor,
      "calendar_feed.remove",
      "staff",
      staffId,
      {},
      now,
    );
  });
}

/** An upcoming booking as a staff member's calendar shows it. */
export interface StaffCalendarBooking {
  id: string;
  status: "pending" | "confirmed";
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
  sequence: number;
  serviceName: string;
  clientName: string;
  location: string;
}

/** The event of one booking in its staff member's own calendar. */
export function staffCalendarEvent(
  booking: StaffCalendarBooking,
  env: { appUrl: string; locale: Locale; showClientName: boolean },
): StoredEvent {
  const adminUrl = `${env.appUrl}/admin/booking/${booking.id}`;
  const title = env.showClientName
    ? `${booking.serviceName} · ${booking.clientName}`
    : booking.serviceName;
  const pending = booking.status === "pending";
  return {
    // Unlike the client's calendar file, so one calendar holding both
    // (a staff member who books themselves) keeps two events.
    uid: `staff-booking-${booking.id}@${new URL(env.appUrl).hostname}`,
    start: booking.startsAt,
    end: booking.endsAt,
    stamp: booking.updatedAt,
    sequence: booking.sequence,
    status: pending ? "TENTATIVE" : "CONFIRMED",
    summary: pending
      ? t(env.locale, "calendars.event.pendingTitle", { title })
      : title,
    description: `${t(env.locale, "calendars.event.open")}: ${adminUrl}`,
    url: adminUrl,
    location: booking.location || undefined,
  };
}

function staffBookingRows(db: Database) {
  return db.selectFrom("bookings as b")
    .innerJoin("services as s", "s.id", "b.service_id")
    .select([
      "b.id",
      "b.status",
      "b.starts_at",
      "b.ends_at",
      "b.updated_at",
      "b.calendar_sequence",
      "b.name",
      "s.name_en",
      "s.name_de",
      "s.location",
    ]);
}

type StaffBookingRow = Awaited<
  ReturnType<ReturnType<typeof staffBookingRows>["executeTakeFirstOrThrow"]>
>;

function staffCalendarBookingOf(
  row: StaffBookingRow,
  locale: Locale,
): StaffCalendarBooking {
  return {
    id: row.id,
    // Completed and no-show keep their time, as a confirmed booking does.
    status: row.status === "pending" ? "pending" : "confirmed",
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    updatedAt: row.updated_at,
    sequence: row.calendar_sequence,
    serviceName: locale === "de" ? row.name_de : row.name_en,
    clientName: row.name,
    location: row.location,
  };
}

/** One staff member's pending and confirmed bookings that end after `now`. */
export async function upcomingStaffBookings(
  db: Database,
  staffId: string,
  locale: Locale,
  now: Date,
  limit = FEED_LIMIT,
): Promise<StaffCalendarBooking[]> {
  const rows = await staffBookingRows(db)
    .where("b.staff_id", "=", staffId)
    .where("b.status", "in", ["pending", "confirmed"])
    .where("b.ends_at", ">", now)
    .orderBy("b.starts_at").limit(limit).execute();
  return rows.map((row) => staffCalendarBookingOf(row, locale));
}

/** One booking as its staff member's calendar shows it, unless cancelled. */
export async function staffCalendarBooking(
  db: Database,
  bookingId: string,
  locale: Locale,
): Promise<StaffCalendarBooking | undefined> {
  const row = await staffBookingRows(db).where("b.id", "=", bookingId)
    .where("b.status", "<>", "cancelled").executeTakeFirst();
  return row && staffCalendarBookingOf(row, locale);
}

/**
 * The feed behind a URL's feed id and secret, as an RFC 5545 calendar.
 * An unknown id and a wrong secret are the same NotFoundError.
 */
export async function calendarFeedIcs(
  db: Database,
  env: { appUrl: string; timeZone: string },
  feedId: string,
  secret: string,
  now: Date,
): Promise<string> {
  const feed = /^[0-9a-f-]{36}$/.test(feedId)
    ? await db.selectFrom("calendar_feeds as f")
      .innerJoin("staff as st", "st.id", "f.staff_id")
      .select([
        "f.staff_id",
        "f.secret_hash",
        "f.show_client_names",
        "st.name",
        "st.locale",
      ])
      .where("f.feed_id", "=", feedId).executeTakeFirst()
    : undefined;
  const offered = await sha256Hex(secret);
  // Hashes of equal length, compared in constant time: the answer's
  // timing tells nothing about how much of a guess was right.
  if (!feed || !timingSafeEqual(offered, feed.secret_hash)) {
    throw new NotFoundError("Unknown calendar feed.", "FEED_NOT_FOUND");
  }
  const bookings = await upcomingStaffBookings(
    db,
    feed.staff_id,
    feed.locale,
    now,
  );
  return buildCalendar({
    name: t(feed.locale, "calendars.feed.name", { name: feed.name }),
    timeZone: env.timeZone,
    refreshMinutes: FEED_REFRESH_MINUTES,
    events: bookings.map((booking) =>
      staffCalendarEvent(booking, {
        appUrl: env.appUrl,
        locale: feed.locale,
        showClientName: feed.show_client_names,
      })
    ),
  });
}
