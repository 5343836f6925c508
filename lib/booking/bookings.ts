/**
 * Bookings: creation (one transaction; the exclusion constraint settles
 * races), the status workflow with its history, cancellation by the client
 * (manage link or portal) and by staff, and the 24-hour reminders. Every
 * change that tells the client something queues the email in the same
 * transaction.
 */
import type { Database } from "../db/database.ts";
import type {
  ActorType,
  BookingAnswer,
  BookingStatus,
  Locale,
  Service,
  ServiceLocationKind,
} from "../db/schema.ts";
import type { Keyring } from "../crypto.ts";
import { sha256Hex } from "../crypto.ts";
import { jsonb } from "../db/json.ts";
import { inTransaction } from "../db/transaction.ts";
import { CommitSignal, raise } from "../db/after_commit.ts";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import type { Mailbox } from "../mail/address.ts";
import {
  bookingSpan,
  getActiveService,
  loadSchedules,
  nearestFreeSlots,
  slotsFor,
  startOfDay,
} from "./availability.ts";
import { dateIn } from "../wall_clock.ts";
import {
  bookingCalendarEvent,
  bookingEmail,
  type BookingEmailKind,
} from "./emails.tsx";
import { buildIcs } from "./ics.ts";
import { t } from "../i18n/mod.ts";
import { staffNotice, type StaffNoticeKind } from "./staff_notices.tsx";
import type { BookingSettings } from "./settings.ts";
import type { Slot } from "./slots.ts";
import { queueWebhookEvent } from "../webhooks/events.ts";

/** What booking code needs besides the database and the clock. */
export interface BookingEnv {
  keys: Keyring;
  /** Public base URL for links in emails. */
  appUrl: string;
  /** The sender of booking emails, and organizer of their calendar files. */
  organizer: Mailbox;
  settings: BookingSettings;
}

export interface BookingActor {
  type: ActorType;
  id?: string | null;
}

export interface NewBooking {
  serviceId: string;
  /** A staff id, or "any". */
  staff: string;
  start: Date;
  name: string;
  email: string;
  phone?: string;
  note?: string;
  /** The answers to the service's questions, checked by the form. */
  answers?: BookingAnswer[];
  locale: Locale;
}

/**
 * A booking was made or changed (time or status). Raised in its
 * transaction, so that what follows a commit (its calendar writes) runs
 * once it committed, never on a rollback.
 */
export const BOOKING_CHANGED = new CommitSignal("booking changed");

/** The time was free when the page was shown but is taken now. */
export class SlotTakenError extends ConflictError {
  constructor(readonly alternatives: Slot[]) {
    super("This time was just taken.", "SLOT_TAKEN");
  }
}

function isOverlapViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === "23P01";
}

/** The most bookings a staff member takes in one day, and that day's bounds. */
interface DailyLimit {
  limit: number;
  from: Date;
  to: Date;
}

/** The service's daily maximum on the day of `start`, if it has one. */
function dailyLimitOn(
  service: Service,
  settings: BookingSettings,
  start: Date,
): DailyLimit | undefined {
  if (!service.max_per_day) return undefined;
  const day = dateIn(start, settings.timeZone);
  return {
    limit: service.max_per_day,
    from: new Date(startOfDay(day, settings.timeZone)),
    to: new Date(startOfDay(day.add({ days: 1 }), settings.timeZone)),
  };
}

/** The staff member's day already holds as many bookings as the service allows. */
class DayFullError extends Error {}

/**
 * Inside the booking's (or move's) transaction: with the staff row
 * locked, so two bookings of one person's day are counted one after the
 * other, refuses one more than the day may hold. A booking being moved
 * (`movingId`) does not count against its new day.
 */
async function assertDayHasRoom(
  db: Database,
  staffId: string,
  daily: DailyLimit,
  movingId?: string,
): Promise<void> {
  await db.selectFrom("staff").select("id").where("id", "=", staffId)
    .forUpdate().execute();
  const { count } = await db.selectFrom("bookings")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("staff_id", "=", staffId).where("status", "<>", "cancelled")
    .$if(!!movingId, (qb) => qb.where("id", "<>", movingId!))
    .where("starts_at", ">=", daily.from).where("starts_at", "<", daily.to)
    .executeTakeFirstOrThrow();
  if (Number(count) >= daily.limit) throw new DayFullError();
}

/** The token in a booking's manage link: an HMAC of its id, never stored. */
export function manageToken(keys: Keyring, bookingId: string): Promise<string> {
  return keys.sign("booking-manage", bookingId);
}

function manageUrl(appUrl: string, token: string): string {
  return `${appUrl}/booking/manage/${token}`;
}

/** What a booking's emails say, read inside the writing transaction. */
async function emailFacts(db: Database, bookingId: string) {
  return await db.selectFrom("bookings as b")
    .innerJoin("services as s", "s.id", "b.service_id")
    .innerJoin("staff as st", "st.id", "b.staff_id")
    .select([
      "b.id",
      "b.name",
      "b.email",
      "b.phone",
      "b.note",
      "b.locale",
      "b.status",
      "b.starts_at",
      "b.ends_at",
      "b.cancel_reason",
      "b.calendar_sequence",
      "b.answers",
      "s.name_en",
      "s.name_de",
      "s.location",
      "st.name as staff_name",
      "st.email as staff_email",
      "st.locale as staff_locale",
    ])
    .where("b.id", "=", bookingId)
    .executeTakeFirstOrThrow();
}

/**
 * Queues the client's email for `kind` about a booking, inside the
 * caller's transaction. A move can happen more than once, so its key
 * carries the calendar version.
 */
async function queueBookingEmail(
  db: Database,
  env: BookingEnv,
  bookingId: string,
  kind: BookingEmailKind,
  now: Date,
  previousStartsAt?: Date,
): Promise<void> {
  const row = await emailFacts(db, bookingId);
  const token = await manageToken(env.keys, row.id);
  const message = bookingEmail(kind, {
    id: row.id,
    name: row.name,
    email: row.email,
    locale: row.locale,
    status: row.status,
    serviceName: row.locale === "de" ? row.name_de : row.name_en,
    staffName: row.staff_name,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    timeZone: env.settings.timeZone,
    manageUrl: manageUrl(env.appUrl, token),
    cancelReason: row.cancel_reason,
    previousStartsAt,
    location: row.location,
    answers: row.answers,
    sequence: row.calendar_sequence,
    organizer: env.organizer,
    appHost: new URL(env.appUrl).hostname,
    now,
  });
  const key = kind === "rescheduled"
    ? `booking:${bookingId}:${kind}:${row.calendar_sequence}`
    : `booking:${bookingId}:${kind}`;
  await enqueueEmail(db, key, message);
}

/**
 * The `.ics` of a booking's current version, for "Add to calendar" on its
 * page: the same UID and SEQUENCE as its emails, published rather than
 * sent, so a calendar that already has it updates it.
 */
export async function bookingCalendarFile(
  db: Database,
  env: BookingEnv,
  bookingId: string,
  now: Date,
): Promise<string> {
  const row = await emailFacts(db, bookingId);
  const token = await manageToken(env.keys, row.id);
  return buildIcs(bookingCalendarEvent(
    {
      id: row.id,
      name: row.name,
      email: row.email,
      status: row.status,
      serviceName: row.locale === "de" ? row.name_de : row.name_en,
      staffName: row.staff_name,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      manageUrl: manageUrl(env.appUrl, token),
      location: row.location,
      sequence: row.calendar_sequence,
      organizer: env.organizer,
      appHost: new URL(env.appUrl).hostname,
      now,
    },
    "PUBLISH",
    t(row.locale, "booking.email.manage"),
  ));
}

/**
 * Queues the staff notices of a booking event: to the assigned staff
 * member in their language, and to the settings' notification address
 * (unless it is the same person).
 */
async function queueStaffNotices(
  db: Database,
  env: BookingEnv,
  bookingId: string,
  kind: StaffNoticeKind,
  previousStartsAt?: Date,
): Promise<void> {
  const row = await emailFacts(db, bookingId);
  const readers = [{ to: row.staff_email, locale: row.staff_locale }];
  const { notifyEmail, notifyLocale } = env.settings;
  if (
    notifyEmail && notifyEmail.toLowerCase() !== row.staff_email.toLowerCase()
  ) {
    readers.push({ to: notifyEmail, locale: notifyLocale });
  }
  for (const reader of readers) {
    const message = staffNotice(kind, {
      ...reader,
      bookingId,
      status: row.status,
      serviceNameEn: row.name_en,
      serviceNameDe: row.name_de,
      staffName: row.staff_name,
      clientName: row.name,
      clientEmail: row.email,
      clientPhone: row.phone,
      clientNote: row.note,
      answers: row.answers,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
      previousStartsAt,
      cancelReason: row.cancel_reason,
      timeZone: env.settings.timeZone,
      appUrl: env.appUrl,
    });
    await enqueueEmail(
      db,
      `booking:${bookingId}:staff:${kind}:${row.calendar_sequence}:${reader.to.toLowerCase()}`,
      message,
    );
  }
}

async function insertBooking(
  db: Database,
  env: BookingEnv,
  input: NewBooking,
  staffId: string,
  span: ReturnType<typeof bookingSpan>,
  actor: BookingActor,
  now: Date,
  daily?: DailyLimit,
): Promise<{ id: string; status: BookingStatus; manageToken: string }> {
  const id = crypto.randomUUID();
  const token = await manageToken(env.keys, id);
  const status: BookingStatus =
    env.settings.autoConfirm || actor.type === "staff"
      ? "confirmed"
      : "pending";
  await inTransaction(db, async (tx) => {
    if (daily) await assertDayHasRoom(tx, staffId, daily);
    const contact = await tx.selectFrom("contacts").select("id")
      .where("email", "=", input.email).executeTakeFirst();
    await tx.insertInto("bookings").values({
      id,
      service_id: input.serviceId,
      staff_id: staffId,
      contact_id: contact?.id ?? null,
      name: input.name,
      email: input.email,
      phone: input.phone ?? null,
      note: input.note ?? null,
      answers: jsonb(input.answers ?? []),
      starts_at: input.start,
      ends_at: span.endsAt,
      blocked_from: span.blockedFrom,
      blocked_until: span.blockedUntil,
      status,
      locale: input.locale,
      manage_token_hash: await sha256Hex(token),
      created_at: now,
      updated_at: now,
    }).execute();
    await tx.insertInto("booking_events").values({
      booking_id: id,
      at: now,
      from_status: null,
      to_status: status,
      actor_type: actor.type,
      actor_id: actor.id ?? null,
    }).execute();
    await raise(tx, BOOKING_CHANGED);
    await queueBookingEmail(
      tx,
      env,
      id,
      status === "confirmed" ? "confirmed" : "received",
      now,
    );
    await queueStaffNotices(tx, env, id, "new");
    await queueWebhookEvent(tx, "booking.created", id, now);
  });
  return { id, status, manageToken: token };
}

/**
 * Books a free time. The time must be one the page offers (else a
 * ValidationError); if it was taken meanwhile, or another request wins the
 * race at the database, a SlotTakenError carries the nearest free times.
 * With `staff: "any"` the least busy free member gets it. Staff entering a
 * booking for a client skip the offer rules (notice, hours) but never the
 * no-overlap rule.
 */
export async function createBooking(
  db: Database,
  env: BookingEnv,
  input: NewBooking,
  actor: BookingActor,
  now: Date,
): Promise<{ id: string; status: BookingStatus; manageToken: string }> {
  const service = await getActiveService(db, input.serviceId);
  const span = bookingSpan(env.settings, service, input.start);
  const search = {
    serviceId: input.serviceId,
    staff: input.staff,
    from: dateIn(input.start, env.settings.timeZone),
    days: 1,
  };
  const byStaff = actor.type === "staff";
  let candidates = [input.staff];
  if (!byStaff) {
    // One load serves both questions: is the time offered at all (ignoring
    // bookings), and who is still free for it.
    const schedules = await loadSchedules(db, search, env.settings.timeZone);
    const at = input.start.getTime();
    const unbooked = schedules.map((s) => ({ ...s, bookings: [] }));
    if (
      !slotsFor(env.settings, search, now, service, unbooked)
        .some((slot) => slot.start === at)
    ) {
      throw new ValidationError(
        { start: "booking.invalidSlot" },
        "This time is not offered.",
      );
    }
    candidates = slotsFor(env.settings, search, now, service, schedules)
      .find((slot) => slot.start === at)?.staffIds ?? [];
  }
  // Staff entering a booking decide for themselves how full a day gets.
  const daily = byStaff
    ? undefined
    : dailyLimitOn(service, env.settings, input.start);
  for (const staffId of candidates) {
    try {
      return await insertBooking(
        db,
        env,
        input,
        staffId,
        span,
        actor,
        now,
        daily,
      );
    } catch (error) {
      if (!isOverlapViolation(error) && !(error instanceof DayFullError)) {
        throw error;
      }
    }
  }
  const alternatives = byStaff ? [] : await nearestFreeSlots(
    db,
    env.settings,
    { serviceId: input.serviceId, staff: input.staff },
    input.start,
    now,
    service,
  );
  throw new SlotTakenError(alternatives);
}

const TRANSITIONS: Record<BookingStatus, BookingStatus[]> = {
  pending: ["confirmed", "cancelled"],
  confirmed: ["cancelled", "completed", "no_show"],
  cancelled: [],
  // A slip of the hand is set right, from one outcome to the other.
  completed: ["no_show"],
  no_show: ["completed"],
};

/** The statuses staff record once an appointment has begun. */
export const OUTCOMES = ["completed", "no_show"] as const;
export type BookingOutcome = typeof OUTCOMES[number];

function isOutcome(status: BookingStatus): status is BookingOutcome {
  return (OUTCOMES as readonly string[]).includes(status);
}

/**
 * Moves a booking to `to`, records the change and emails the client (not
 * for an outcome: completed and no-show are staff's record, set only once
 * the appointment has begun). The same status again is a no-op, so a
 * repeated click changes nothing.
 */
export async function changeBookingStatus(
  db: Database,
  env: BookingEnv,
  bookingId: string,
  to: Exclude<BookingStatus, "pending">,
  actor: BookingActor,
  now: Date,
  options: { reason?: string; enforceCutoff?: boolean } = {},
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const booking = await tx.selectFrom("bookings").select([
      "status",
      "starts_at",
    ])
      .where("id", "=", bookingId).forUpdate().executeTakeFirst();
    if (!booking) {
      throw new NotFoundError("Unknown booking.", "BOOKING_NOT_FOUND");
    }
    if (booking.status === to) return;
    if (!TRANSITIONS[booking.status].includes(to)) {
      throw new ConflictError(
        `A ${booking.status} booking cannot become ${to}.`,
        "BAD_TRANSITION",
      );
    }
    if (isOutcome(to) && now < booking.starts_at) {
      throw new ConflictError(
        "An appointment has an outcome only once it has begun.",
        "NOT_STARTED",
      );
    }
    if (
      options.enforceCutoff &&
      !canStillCancel(booking.starts_at, env.settings, now)
    ) {
      throw new ConflictError("Too late to cancel online.", "CANCEL_CUTOFF");
    }
    await tx.updateTable("bookings").set((eb) => ({
      status: to,
      cancel_reason: to === "cancelled" ? options.reason ?? null : undefined,
      // The client's calendar takes the new status only from a higher
      // SEQUENCE; an outcome sends no calendar file.
      calendar_sequence: isOutcome(to)
        ? undefined
        : eb("calendar_sequence", "+", 1),
      updated_at: now,
    })).where("id", "=", bookingId).execute();
    await tx.insertInto("booking_events").values({
      booking_id: bookingId,
      at: now,
      from_status: booking.status,
      to_status: to,
      actor_type: actor.type,
      actor_id: actor.id ?? null,
      note: options.reason ?? null,
    }).execute();
    await raise(tx, BOOKING_CHANGED);
    if (to === "confirmed" || to === "cancelled") {
      await queueWebhookEvent(tx, `booking.${to}`, bookingId, now);
    }
    if (isOutcome(to)) return;
    await queueBookingEmail(tx, env, bookingId, to, now);
    if (to === "cancelled") {
      await queueStaffNotices(tx, env, bookingId, "cancelled");
    }
  });
}

/** Until when a client may cancel or move a booking online. */
export function changeDeadline(
  startsAt: Date,
  settings: BookingSettings,
): Date {
  return new Date(startsAt.getTime() - settings.cancelCutoffHours * 3600_000);
}

/** Clients may cancel (or move) until the cutoff before the start. */
export function canStillCancel(
  startsAt: Date,
  settings: BookingSettings,
  now: Date,
): boolean {
  return now.getTime() < changeDeadline(startsAt, settings).getTime();
}

/** A booking that can no longer change: it is cancelled. */
export class BookingCancelledError extends ConflictError {
  constructor() {
    super("This booking is cancelled.", "BOOKING_CANCELLED");
  }
}

/**
 * Moves a booking to another free time of the same staff member, under the
 * rules of booking (offered, notice, horizon, hours; its own old time
 * counts as free). The booking keeps its id and history; the move is one
 * event, its calendar file a higher SEQUENCE, and the reminder is due
 * again. The old time is freed by the same update that takes the new one,
 * so a lost race (the exclusion constraint) leaves the booking where it was
 * and answers a SlotTakenError with the nearest free times; so does a
 * day that filled up meanwhile (its count taken, as for a booking, with
 * the staff row locked). Clients are held to the cancellation cutoff
 * (`enforceCutoff`).
 */
export async function rescheduleBooking(
  db: Database,
  env: BookingEnv,
  bookingId: string,
  start: Date,
  actor: BookingActor,
  now: Date,
  options: { enforceCutoff?: boolean } = {},
): Promise<void> {
  const booking = await db.selectFrom("bookings")
    .select(["status", "service_id", "staff_id", "starts_at"])
    .where("id", "=", bookingId).executeTakeFirst();
  if (!booking) {
    throw new NotFoundError("Unknown booking.", "BOOKING_NOT_FOUND");
  }
  if (booking.status === "cancelled") throw new BookingCancelledError();
  if (isOutcome(booking.status)) {
    throw new ConflictError("This appointment is over.", "BAD_TRANSITION");
  }
  if (
    options.enforceCutoff &&
    !canStillCancel(booking.starts_at, env.settings, now)
  ) {
    throw new ConflictError("Too late to change online.", "CANCEL_CUTOFF");
  }
  if (booking.starts_at.getTime() === start.getTime()) return;
  const service = await getActiveService(db, booking.service_id);
  const search = {
    serviceId: booking.service_id,
    staff: booking.staff_id,
    from: dateIn(start, env.settings.timeZone),
    days: 1,
    ignoreBookingId: bookingId,
  };
  const schedules = await loadSchedules(db, search, env.settings.timeZone);
  const at = start.getTime();
  const unbooked = schedules.map((s) => ({ ...s, bookings: [] }));
  if (
    !slotsFor(env.settings, search, now, service, unbooked)
      .some((slot) => slot.start === at)
  ) {
    throw new ValidationError(
      { start: "booking.invalidSlot" },
      "This time is not offered.",
    );
  }
  const taken = async () =>
    new SlotTakenError(
      await nearestFreeSlots(
        db,
        env.settings,
        {
          serviceId: booking.service_id,
          staff: booking.staff_id,
          ignoreBookingId: bookingId,
        },
        start,
        now,
        service,
      ),
    );
  if (
    !slotsFor(env.settings, search, now, service, schedules)
      .some((slot) => slot.start === at)
  ) {
    throw await taken();
  }
  const span = bookingSpan(env.settings, service, start);
  const daily = dailyLimitOn(service, env.settings, start);
  try {
    await inTransaction(db, async (tx) => {
      // The staff row before the booking's: the order a new booking takes.
      if (daily) await assertDayHasRoom(tx, booking.staff_id, daily, bookingId);
      const current = await tx.selectFrom("bookings")
        .select(["status", "starts_at"])
        .where("id", "=", bookingId).forUpdate().executeTakeFirstOrThrow();
      if (current.status === "cancelled") throw new BookingCancelledError();
      if (isOutcome(current.status)) {
        throw new ConflictError("This appointment is over.", "BAD_TRANSITION");
      }
      await tx.updateTable("bookings").set((eb) => ({
        starts_at: start,
        ends_at: span.endsAt,
        blocked_from: span.blockedFrom,
        blocked_until: span.blockedUntil,
        reminder_sent_at: null,
        calendar_sequence: eb("calendar_sequence", "+", 1),
        updated_at: now,
      })).where("id", "=", bookingId).execute();
      await tx.insertInto("booking_events").values({
        booking_id: bookingId,
        at: now,
        from_status: current.status,
        to_status: current.status,
        actor_type: actor.type,
        actor_id: actor.id ?? null,
        moved_from: current.starts_at,
        moved_to: start,
      }).execute();
      await raise(tx, BOOKING_CHANGED);
      await queueBookingEmail(
        tx,
        env,
        bookingId,
        "rescheduled",
        now,
        current.starts_at,
      );
      await queueStaffNotices(
        tx,
        env,
        bookingId,
        "rescheduled",
        current.starts_at,
      );
      await queueWebhookEvent(tx, "booking.rescheduled", bookingId, now, {
        movedFrom: current.starts_at,
      });
    });
  } catch (error) {
    if (!isOverlapViolation(error) && !(error instanceof DayFullError)) {
      throw error;
    }
    throw await taken();
  }
}

/** A booking with the names a page shows. */
export interface BookingView {
  id: string;
  serviceId: string;
  staffId: string;
  durationMinutes: number;
  priceCents: number;
  currency: string;
  locationKind: ServiceLocationKind;
  location: string;
  calendarSequence: number;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  serviceNameEn: string;
  serviceNameDe: string;
  staffName: string;
  name: string;
  email: string;
  cancelReason: string | null;
  /** The answers to the service's questions, as asked when it was booked. */
  answers: BookingAnswer[];
}

/**
 * The columns of a booking as lists and pages show it, from `bookings as
 * b` joined with its `services as s` and `staff as st`.
 */
export const BOOKING_WITH_NAMES = [
  "b.id",
  "b.status",
  "b.starts_at as startsAt",
  "b.ends_at as endsAt",
  "s.name_en as serviceNameEn",
  "s.name_de as serviceNameDe",
  "st.name as staffName",
  "b.name",
  "b.email",
] as const;

function bookingViews(db: Database) {
  return db.selectFrom("bookings as b")
    .innerJoin("services as s", "s.id", "b.service_id")
    .innerJoin("staff as st", "st.id", "b.staff_id")
    .select([
      ...BOOKING_WITH_NAMES,
      "b.service_id as serviceId",
      "b.staff_id as staffId",
      "s.duration_minutes as durationMinutes",
      "s.price_cents as priceCents",
      "s.currency",
      "s.location_kind as locationKind",
      "s.location",
      "b.calendar_sequence as calendarSequence",
      "b.cancel_reason as cancelReason",
      "b.answers",
    ]);
}

/** The booking behind a manage link, or NotFoundError. */
export async function findBookingByManageToken(
  db: Database,
  token: string,
): Promise<BookingView> {
  const booking = await bookingViews(db)
    .where("b.manage_token_hash", "=", await sha256Hex(token))
    .executeTakeFirst();
  if (!booking) {
    throw new NotFoundError("Unknown booking.", "BOOKING_NOT_FOUND");
  }
  return booking;
}

/** A portal contact's bookings: linked to them, or made with their email before. */
export async function listContactBookings(
  db: Database,
  contact: { id: string; email: string },
): Promise<BookingView[]> {
  return await bookingViews(db)
    .where((eb) =>
      eb.or([
        eb("b.contact_id", "=", contact.id),
        eb("b.email", "=", contact.email),
      ])
    )
    .orderBy("b.starts_at", "desc")
    .execute();
}

/** Cancels a contact's own booking; another contact's is NotFoundError. */
export async function cancelContactBooking(
  db: Database,
  env: BookingEnv,
  contact: { id: string; email: string },
  bookingId: string,
  now: Date,
  reason?: string,
): Promise<void> {
  const own = await db.selectFrom("bookings").select("id")
    .where("id", "=", bookingId)
    .where((eb) =>
      eb.or([
        eb("contact_id", "=", contact.id),
        eb("email", "=", contact.email),
      ])
    )
    .executeTakeFirst();
  if (!own) throw new NotFoundError("Unknown booking.", "BOOKING_NOT_FOUND");
  await changeBookingStatus(
    db,
    env,
    bookingId,
    "cancelled",
    { type: "contact", id: contact.id },
    now,
    { enforceCutoff: true, reason },
  );
}

/**
 * Queues the reminder for confirmed bookings starting within 24 hours.
 * Marking and queueing happen in one transaction with a conditional
 * update, so each booking is reminded once however often this runs.
 */
export async function sendBookingReminders(
  db: Database,
  env: BookingEnv,
  now: Date,
): Promise<number> {
  return await inTransaction(db, async (tx) => {
    const due = await tx.updateTable("bookings")
      .set({ reminder_sent_at: now })
      .where("status", "=", "confirmed")
      .where("reminder_sent_at", "is", null)
      .where("starts_at", ">", now)
      .where("starts_at", "<=", new Date(now.getTime() + 24 * 3600_000))
      .returning("id")
      .execute();
    for (const { id } of due) {
      await queueBookingEmail(tx, env, id, "reminder", now);
    }
    return due.length;
  });
}
