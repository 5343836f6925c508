/**
 * The booking module's admin side: the bookings list and detail, bookings
 * staff enter for a client, the agenda, and the settings. Services live in
 * `admin_services.ts`, working hours and time off in `admin_schedule.ts`.
 * Status changes go through `changeBookingStatus` in `bookings.ts`.
 */
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import type {
  ActorType,
  BookingAnswer,
  BookingStatus,
  Locale,
} from "../db/schema.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { containsPattern, type Paged, pageWindow } from "../db/paging.ts";
import { startOfDay } from "./availability.ts";
import {
  BOOKING_WITH_NAMES,
  type BookingEnv,
  createBooking,
} from "./bookings.ts";
import {
  type BookingSettings,
  getBookingSettings,
  saveBookingSettings,
} from "./settings.ts";
import { wallClockInstant } from "../wall_clock.ts";

export const BOOKINGS_PAGE_SIZE = 25;

/** Filters of the bookings list; dates are days in the business time zone. */
export interface BookingListQuery {
  status?: BookingStatus;
  staffId?: string;
  serviceId?: string;
  /** First day shown (inclusive). */
  from?: Temporal.PlainDate;
  /** Last day shown (inclusive). */
  to?: Temporal.PlainDate;
  /** Part of the client's name or email. */
  search?: string;
  page?: number;
  pageSize?: number;
}

/** One row of the bookings list. */
export interface BookingListRow {
  id: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  serviceNameEn: string;
  serviceNameDe: string;
  staffName: string;
  name: string;
  email: string;
}

/** Bookings matching the filters, latest start first, page by page. */
export async function listBookings(
  db: Database,
  query: BookingListQuery,
  timeZone: string,
): Promise<Paged<BookingListRow>> {
  const pageSize = query.pageSize ?? BOOKINGS_PAGE_SIZE;
  const search = query.search?.trim();
  const filtered = db.selectFrom("bookings as b")
    .$if(!!query.status, (qb) => qb.where("b.status", "=", query.status!))
    .$if(!!query.staffId, (qb) => qb.where("b.staff_id", "=", query.staffId!))
    .$if(
      !!query.serviceId,
      (qb) => qb.where("b.service_id", "=", query.serviceId!),
    )
    .$if(!!query.from, (qb) =>
      qb.where(
        "b.starts_at",
        ">=",
        new Date(startOfDay(query.from!, timeZone)),
      ))
    .$if(!!query.to, (qb) =>
      qb.where(
        "b.starts_at",
        "<",
        new Date(startOfDay(query.to!.add({ days: 1 }), timeZone)),
      ))
    .$if(!!search, (qb) =>
      qb.where((eb) =>
        eb.or([
          eb("b.name", "ilike", containsPattern(search!)),
          eb("b.email", "ilike", containsPattern(search!)),
        ])
      ));
  const { total } = await filtered
    .select((eb) => eb.fn.countAll<string>().as("total"))
    .executeTakeFirstOrThrow();
  const window = pageWindow(query.page ?? 1, Number(total), pageSize);
  const rows = await filtered
    .innerJoin("services as s", "s.id", "b.service_id")
    .innerJoin("staff as st", "st.id", "b.staff_id")
    .select(BOOKING_WITH_NAMES)
    .orderBy("b.starts_at", "desc").orderBy("b.id")
    .limit(pageSize).offset(window.offset)
    .execute();
  return { rows, total: Number(total), pageSize, ...window };
}

/** A staff member to pick in a filter or form. */
export interface StaffChoice {
  id: string;
  name: string;
  /** Inactive members stay in filters for old bookings, not in forms. */
  active: boolean;
}

/** A service to pick, with both names and whether it can be booked. */
export interface ServiceChoice {
  id: string;
  nameEn: string;
  nameDe: string;
  active: boolean;
}

/** What the filters and the new-booking form offer. */
export interface BookingChoices {
  staff: StaffChoice[];
  services: ServiceChoice[];
}

/** Every staff member and service, for filters and forms. */
export async function listBookingChoices(
  db: Database,
): Promise<BookingChoices> {
  const [staff, services] = await Promise.all([
    db.selectFrom("staff").select(["id", "name", "active"])
      .orderBy("name").orderBy("id").execute(),
    db.selectFrom("services")
      .select(["id", "name_en as nameEn", "name_de as nameDe", "active"])
      .orderBy("position").orderBy("name_en").execute(),
  ]);
  return { staff, services };
}

/** One step of a booking's status history. */
export interface BookingEventView {
  at: Date;
  fromStatus: BookingStatus | null;
  toStatus: BookingStatus;
  actorType: ActorType;
  /** The staff member's or contact's name; null for system, API or a manage link. */
  actorName: string | null;
  note: string | null;
  /** Set for a move: the start before and after (the status stays). */
  movedFrom: Date | null;
  movedTo: Date | null;
}

/** Everything the admin detail page shows about one booking. */
export interface BookingDetail extends BookingListRow {
  serviceId: string;
  staffId: string;
  phone: string | null;
  note: string | null;
  /** The answers to the service's questions, as asked when it was booked. */
  answers: BookingAnswer[];
  locale: Locale;
  cancelReason: string | null;
  contactId: string | null;
  createdAt: Date;
  events: BookingEventView[];
}

/** One booking with its history, or NotFoundError. */
export async function getBookingDetail(
  db: Database,
  bookingId: string,
): Promise<BookingDetail> {
  const booking = await db.selectFrom("bookings as b")
    .innerJoin("services as s", "s.id", "b.service_id")
    .innerJoin("staff as st", "st.id", "b.staff_id")
    .select([
      ...BOOKING_WITH_NAMES,
      "b.service_id as serviceId",
      "b.staff_id as staffId",
      "b.phone",
      "b.note",
      "b.answers",
      "b.locale",
      "b.cancel_reason as cancelReason",
      "b.contact_id as contactId",
      "b.created_at as createdAt",
    ])
    .where("b.id", "=", bookingId)
    .executeTakeFirst();
  if (!booking) {
    throw new NotFoundError("Unknown booking.", "BOOKING_NOT_FOUND");
  }
  const events = await db.selectFrom("booking_events as e")
    .leftJoin(
      "staff as st",
      (join) =>
        join.onRef("st.id", "=", "e.actor_id").on("e.actor_type", "=", "staff"),
    )
    .leftJoin(
      "contacts as c",
      (join) =>
        join.onRef("c.id", "=", "e.actor_id").on(
          "e.actor_type",
          "=",
          "contact",
        ),
    )
    .select((eb) => [
      "e.at",
      "e.from_status as fromStatus",
      "e.to_status as toStatus",
      "e.actor_type as actorType",
      "e.note",
      "e.moved_from as movedFrom",
      "e.moved_to as movedTo",
      eb.fn.coalesce("st.name", "c.name").as("actorName"),
    ])
    .where("e.booking_id", "=", bookingId)
    .orderBy("e.at").orderBy("e.id")
    .execute();
  return { ...booking, events };
}

/** A booking staff enter for a client, with the time as wall clock in the business zone. */
export interface StaffBookingInput {
  serviceId: string;
  staffId: string;
  date: Temporal.PlainDate;
  /** Minutes after midnight. */
  minute: number;
  name: string;
  email: string;
  phone?: string;
  note?: string;
  /** The answers to the service's questions, checked by the form. */
  answers?: BookingAnswer[];
  /** The language of the client's emails. */
  locale: Locale;
}

/**
 * Enters a booking for a client on behalf of `staffId` (the person signed
 * in). The offer rules (notice, working hours, grid) do not apply, but the
 * staff member must perform the service and the database still refuses an
 * overlap (SlotTakenError). The booking is confirmed at once.
 */
export async function createStaffBooking(
  db: Database,
  env: BookingEnv,
  input: StaffBookingInput,
  actorStaffId: string,
  now: Date,
): Promise<{ id: string }> {
  const qualified = await db.selectFrom("staff_services as ss")
    .innerJoin("services as s", "s.id", "ss.service_id")
    .innerJoin("staff as st", "st.id", "ss.staff_id")
    .select("s.id")
    .where("ss.service_id", "=", input.serviceId)
    .where("ss.staff_id", "=", input.staffId)
    .where("s.active", "=", true)
    .where("st.active", "=", true)
    .executeTakeFirst();
  if (!qualified) {
    throw new ValidationError(
      { staff: "bookingAdmin.new.staffNotForService" },
      "This staff member does not perform this service.",
    );
  }
  const booking = await createBooking(
    db,
    env,
    {
      serviceId: input.serviceId,
      staff: input.staffId,
      start: wallClockInstant(input.date, input.minute, env.settings.timeZone),
      name: input.name,
      email: input.email,
      phone: input.phone,
      note: input.note,
      answers: input.answers,
      locale: input.locale,
    },
    { type: "staff", id: actorStaffId },
    now,
  );
  return { id: booking.id };
}

/** Which days and whose agenda to show. */
export interface AgendaQuery {
  /** One staff member, or everyone active when absent. */
  staffId?: string;
  from: Temporal.PlainDate;
  days: number;
  timeZone: string;
}

/** A booking as the agenda lists it. */
export interface AgendaBooking {
  id: string;
  status: BookingStatus;
  startsAt: Date;
  endsAt: Date;
  serviceNameEn: string;
  serviceNameDe: string;
  name: string;
}

/** One staff member's day: working hours, time off and bookings. */
export interface AgendaColumn {
  staffId: string;
  staffName: string;
  /** Working hours that weekday, minutes after midnight, in order. */
  hours: { startMinute: number; endMinute: number }[];
  /** Time off on that day, cut to the day's bounds. */
  timeOff: { startsAt: Date; endsAt: Date; reason: string | null }[];
  bookings: AgendaBooking[];
}

export interface AgendaDay {
  date: Temporal.PlainDate;
  /** The day's first instant in the business zone. */
  startsAt: Date;
  /** The next day's first instant (days are 23–25 hours around DST). */
  endsAt: Date;
  columns: AgendaColumn[];
}

function isIdle(column: AgendaColumn): boolean {
  return !column.hours.length && !column.timeOff.length &&
    !column.bookings.length;
}

/**
 * The agenda of some days: per day and staff member their working hours,
 * time off (cut to the day) and the bookings that are not cancelled, in
 * time order. For everyone, members with nothing on any of the days are
 * left out, so that every day has the same columns.
 */
export async function loadAgenda(
  db: Database,
  query: AgendaQuery,
): Promise<AgendaDay[]> {
  const staff = await db.selectFrom("staff").select(["id", "name"])
    .where("active", "=", true)
    .$if(!!query.staffId, (qb) => qb.where("id", "=", query.staffId!))
    .orderBy("name").orderBy("id").execute();
  const staffIds = staff.map((member) => member.id);
  const from = new Date(startOfDay(query.from, query.timeZone));
  const to = new Date(
    startOfDay(query.from.add({ days: query.days }), query.timeZone),
  );
  const [hours, timeOff, bookings] = staffIds.length
    ? await Promise.all([
      db.selectFrom("availability")
        .select(["staff_id", "weekday", "start_minute", "end_minute"])
        .where("staff_id", "in", staffIds)
        .orderBy("start_minute").execute(),
      db.selectFrom("time_off")
        .select(["staff_id", "starts_at", "ends_at", "reason"])
        .where("staff_id", "in", staffIds)
        .where("ends_at", ">", from).where("starts_at", "<", to)
        .orderBy("starts_at").execute(),
      db.selectFrom("bookings as b")
        .innerJoin("services as s", "s.id", "b.service_id")
        .select([
          "b.id",
          "b.staff_id",
          "b.status",
          "b.starts_at as startsAt",
          "b.ends_at as endsAt",
          "s.name_en as serviceNameEn",
          "s.name_de as serviceNameDe",
          "b.name",
        ])
        .where("b.staff_id", "in", staffIds)
        .where("b.status", "<>", "cancelled")
        .where("b.starts_at", ">=", from).where("b.starts_at", "<", to)
        .orderBy("b.starts_at").execute(),
    ])
    : [[], [], []];
  const days = dayList(query.from, query.days).map((date) => {
    const dayStart = startOfDay(date, query.timeZone);
    const dayEnd = startOfDay(date.add({ days: 1 }), query.timeZone);
    const columns = staff.map((member): AgendaColumn => ({
      staffId: member.id,
      staffName: member.name,
      hours: hours
        .filter((h) => h.staff_id === member.id && h.weekday === date.dayOfWeek)
        .map((h) => ({ startMinute: h.start_minute, endMinute: h.end_minute })),
      timeOff: timeOff
        .filter((t) =>
          t.staff_id === member.id && t.ends_at.getTime() > dayStart &&
          t.starts_at.getTime() < dayEnd
        )
        .map((t) => ({
          startsAt: new Date(Math.max(t.starts_at.getTime(), dayStart)),
          endsAt: new Date(Math.min(t.ends_at.getTime(), dayEnd)),
          reason: t.reason,
        })),
      bookings: bookings
        .filter((b) =>
          b.staff_id === member.id && b.startsAt.getTime() >= dayStart &&
          b.startsAt.getTime() < dayEnd
        )
        .map(({ staff_id: _staffId, ...booking }) => booking),
    }));
    return {
      date,
      startsAt: new Date(dayStart),
      endsAt: new Date(dayEnd),
      columns,
    };
  });
  if (query.staffId) return days;
  // Every day has the same columns (a grid): the members with something
  // on at least one of the days.
  const busy = new Set(
    days.flatMap((day) =>
      day.columns.filter((column) => !isIdle(column)).map((c) => c.staffId)
    ),
  );
  return days.map((day) => ({
    ...day,
    columns: day.columns.filter((column) => busy.has(column.staffId)),
  }));
}

function dayList(from: Temporal.PlainDate, days: number): Temporal.PlainDate[] {
  return Array.from({ length: days }, (_, i) => from.add({ days: i }));
}

/** Saves the booking settings and records who changed which of them. */
export async function updateBookingSettings(
  db: Database,
  actor: Actor,
  settings: BookingSettings,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await getBookingSettings(tx);
    const changed = (Object.keys(settings) as (keyof BookingSettings)[])
      .filter((key) =>
        JSON.stringify(settings[key]) !== JSON.stringify(before[key])
      );
    await saveBookingSettings(tx, settings, now);
    await recordAudit(
      tx,
      actor,
      "booking.settings.update",
      "booking_settings",
      null,
      { changed },
      now,
    );
  });
}
