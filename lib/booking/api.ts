/**
 * The read-only booking API (`/api/booking/…`): its answer shapes as zod
 * schemas (the OpenAPI document is generated from them) and the queries
 * behind it. A key needs the `bookings:read` scope.
 */
import { z } from "zod";
import type { Database } from "../db/database.ts";
import type { BookingStatus, Service } from "../db/schema.ts";
import { NotFoundError } from "../errors.ts";
import type { RateLimit } from "../rate_limit.ts";

export const BOOKING_STATUSES = [
  "pending",
  "confirmed",
  "cancelled",
  "completed",
  "no_show",
] as const satisfies readonly BookingStatus[];

export const apiBooking = z.object({
  id: z.uuid(),
  status: z.enum(BOOKING_STATUSES),
  service_id: z.uuid(),
  staff_id: z.uuid(),
  starts_at: z.string().describe("ISO 8601 instant"),
  ends_at: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const bookingListAnswer = z.object({
  bookings: z.array(apiBooking),
  /** Pass as `offset` for the next page; null on the last one. */
  next_offset: z.number().int().nullable(),
});

export const apiService = z.object({
  id: z.uuid(),
  name: z.object({ en: z.string(), de: z.string() }),
  description: z.object({ en: z.string(), de: z.string() }),
  duration_minutes: z.number().int(),
  price_cents: z.number().int(),
  currency: z.string(),
});

export const serviceListAnswer = z.object({ services: z.array(apiService) });

export const slotListAnswer = z.object({
  time_zone: z.string(),
  slots: z.array(z.object({
    start: z.string(),
    end: z.string(),
    staff_ids: z.array(z.uuid()),
  })),
});

/**
 * Calls per client address (counted before the key is looked at, so no
 * one can try keys at speed) and per key, whatever the address; both as
 * the license API's, and counted in Postgres so they hold across instances.
 */
export const BOOKING_API_LIMITS: Record<"ip" | "key", RateLimit> = {
  ip: { limit: 120, windowSeconds: 60 },
  key: { limit: 60, windowSeconds: 60 },
};

/** Every error answer of the booking API, with its stable codes. */
export const apiError = z.object({
  error: z.object({
    code: z.enum([
      "UNAUTHORIZED",
      "SCOPE_MISSING",
      "INVALID_QUERY",
      "BOOKING_NOT_FOUND",
      "SERVICE_NOT_FOUND",
      "STAFF_NOT_FOUND",
      "METHOD_NOT_ALLOWED",
      "RATE_LIMITED",
      "SERVICE_UNAVAILABLE",
      "INTERNAL",
    ]),
    message: z.string(),
  }),
});

/** The list's query: a window on the start, a status, a page. */
export const bookingListQuery = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  status: z.enum(BOOKING_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

function bookingRows(db: Database) {
  return db.selectFrom("bookings").select([
    "id",
    "status",
    "service_id",
    "staff_id",
    "starts_at",
    "ends_at",
    "name",
    "email",
    "phone",
    "note",
    "created_at",
    "updated_at",
  ]);
}

type BookingRow = Awaited<
  ReturnType<ReturnType<typeof bookingRows>["executeTakeFirstOrThrow"]>
>;

function toApi(row: BookingRow): z.infer<typeof apiBooking> {
  return {
    ...row,
    phone: row.phone ?? null,
    note: row.note ?? null,
    starts_at: row.starts_at.toISOString(),
    ends_at: row.ends_at.toISOString(),
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** Bookings by start time (then id), in the window and status asked for. */
export async function listBookingsForApi(
  db: Database,
  query: z.infer<typeof bookingListQuery>,
): Promise<z.infer<typeof bookingListAnswer>> {
  let select = bookingRows(db);
  if (query.from) {
    select = select.where("starts_at", ">=", new Date(query.from));
  }
  if (query.to) select = select.where("starts_at", "<", new Date(query.to));
  if (query.status) select = select.where("status", "=", query.status);
  // One more than asked tells whether a next page exists.
  const rows = await select.orderBy("starts_at").orderBy("id")
    .limit(query.limit + 1).offset(query.offset).execute();
  return {
    bookings: rows.slice(0, query.limit).map(toApi),
    next_offset: rows.length > query.limit ? query.offset + query.limit : null,
  };
}

/** One booking, or NotFoundError. */
export async function getBookingForApi(
  db: Database,
  id: string,
): Promise<z.infer<typeof apiBooking>> {
  const row = await bookingRows(db).where("id", "=", id).executeTakeFirst();
  if (!row) {
    throw new NotFoundError("No booking has this id.", "BOOKING_NOT_FOUND");
  }
  return toApi(row);
}

/** A bookable service as the API shows it. */
export function serviceForApi(service: Service): z.infer<typeof apiService> {
  return {
    id: service.id,
    name: { en: service.name_en, de: service.name_de },
    description: { en: service.description_en, de: service.description_de },
    duration_minutes: service.duration_minutes,
    price_cents: service.price_cents,
    currency: service.currency,
  };
}
