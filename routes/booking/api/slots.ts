import type { FreshContext } from "@/lib/web/mod.ts";
import { z } from "zod";
import { findFreeSlots } from "@/lib/booking/availability.ts";
import { findBookingByManageToken } from "@/lib/booking/bookings.ts";
import { jsonEndpoint } from "@/lib/http/api.ts";
import { InvalidQueryError, queryDate } from "@/lib/validation.ts";
import type { BookingState } from "../_middleware.ts";

const query = z.object({
  service: z.uuid(),
  staff: z.union([z.literal("any"), z.uuid()]),
  from: queryDate(),
  days: z.coerce.number().int().min(1).max(62).default(7),
  /** A booking's manage token: that booking is being moved, its time is free. */
  manage: z.string().max(100).optional(),
});

/** Free times as JSON for the SlotPicker island (and anyone else). */
export const handler = {
  GET: jsonEndpoint(async (_req: Request, ctx: FreshContext<BookingState>) => {
    const parsed = query.safeParse(Object.fromEntries(ctx.url.searchParams));
    if (!parsed.success) {
      throw new InvalidQueryError(
        "service, staff, from (YYYY-MM-DD, years 2000–2100) and days (1–62) are required; manage is optional.",
      );
    }
    const { service, staff, from, days, manage } = parsed.data;
    const { settings } = ctx.state.booking;
    const { db } = ctx.state.services;
    const moved = manage
      ? await findBookingByManageToken(db, manage)
      : undefined;
    const slots = await findFreeSlots(db, settings, {
      serviceId: service,
      staff,
      from: Temporal.PlainDate.from(from),
      days,
      ignoreBookingId: moved?.id,
    }, ctx.state.services.now());
    return Response.json({
      timeZone: settings.timeZone,
      slots: slots.map((slot) => ({
        start: new Date(slot.start).toISOString(),
        end: new Date(slot.end).toISOString(),
        staff: slot.staffIds[0],
      })),
    });
  }),
};
