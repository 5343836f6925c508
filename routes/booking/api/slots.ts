import type { FreshContext } from "@/lib/web/mod.ts";
import { z } from "zod";
import { findFreeSlots } from "@/lib/booking/availability.ts";
import { DomainError } from "@/lib/errors.ts";
import { jsonError } from "@/lib/http/json.ts";
import type { BookingState } from "../_middleware.ts";

const query = z.object({
  service: z.uuid(),
  staff: z.union([z.literal("any"), z.uuid()]),
  from: z.iso.date(),
  days: z.coerce.number().int().min(1).max(62).default(7),
});

/** Free times as JSON for the SlotPicker island (and anyone else). */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<BookingState>) {
    const parsed = query.safeParse(Object.fromEntries(ctx.url.searchParams));
    if (!parsed.success) {
      return jsonError(
        400,
        "INVALID_QUERY",
        "service, staff, from (YYYY-MM-DD) and days are required.",
      );
    }
    const { service, staff, from, days } = parsed.data;
    const { settings } = ctx.state.booking;
    try {
      const slots = await findFreeSlots(ctx.state.services.db, settings, {
        serviceId: service,
        staff,
        from: Temporal.PlainDate.from(from),
        days,
      }, ctx.state.services.now());
      return Response.json({
        timeZone: settings.timeZone,
        slots: slots.map((slot) => ({
          start: new Date(slot.start).toISOString(),
          end: new Date(slot.end).toISOString(),
          staff: slot.staffIds[0],
        })),
      });
    } catch (error) {
      if (error instanceof DomainError) {
        return jsonError(error.status, error.code, error.message);
      }
      throw error;
    }
  },
};
