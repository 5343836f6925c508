import { z } from "zod";
import { serviceForApi } from "@/lib/booking/api.ts";
import { activeServices } from "@/lib/app/domains.ts";
import { bookingApiGet } from "./(_shared)/read.ts";

/** GET /api/booking/services: the services that can be booked. */
export const handler = {
  GET: bookingApiGet(z.object({}), "", async (ctx) => ({
    services: (await activeServices(ctx.state.services)).map(serviceForApi),
  })),
};
