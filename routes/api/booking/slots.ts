import { z } from "zod";
import { findFreeSlots } from "@/lib/booking/availability.ts";
import { cachedBookingSettings } from "@/lib/app/business.ts";
import { queryDate } from "@/lib/validation.ts";
import { bookingApiGet } from "./(_shared)/read.ts";

const slotQuery = z.object({
  service: z.uuid(),
  staff: z.union([z.literal("any"), z.uuid()]).default("any"),
  from: queryDate(),
  days: z.coerce.number().int().min(1).max(62).default(7),
});

/** GET /api/booking/slots: free times of a service, as the booking page offers them. */
export const handler = {
  GET: bookingApiGet(
    slotQuery,
    "service (id) and from (YYYY-MM-DD) are required; staff (id or any) and days (1–62) are optional.",
    async (ctx, query) => {
      const { db, now } = ctx.state.services;
      const settings = await cachedBookingSettings(ctx.state.services);
      const slots = await findFreeSlots(db, settings, {
        serviceId: query.service,
        staff: query.staff,
        from: Temporal.PlainDate.from(query.from),
        days: query.days,
      }, now());
      return {
        time_zone: settings.timeZone,
        slots: slots.map((slot) => ({
          start: new Date(slot.start).toISOString(),
          end: new Date(slot.end).toISOString(),
          staff_ids: slot.staffIds,
        })),
      };
    },
  ),
};
