import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { bookingEnv } from "@/lib/app/domains.ts";
import type { BookingEnv } from "@/lib/booking/bookings.ts";
import { getEmbedOrigins, parseAccent } from "@/lib/booking/embed.ts";
import { framablePolicy } from "@/lib/http/security_headers.ts";
import { widgetFormToken } from "@/lib/http/csrf.ts";

export type BookingState = State & { booking: BookingEnv };

/**
 * Loads the booking settings once per request for the pages and layout.
 * A page asked for as the widget (`?embed=1`) gets the minimal layout and
 * may be framed by the origins listed for it (Admin → Booking → Embed);
 * its forms carry the widget's own token, as a frame on another site gets
 * no CSRF cookie (lib/http/csrf.ts).
 */
export async function handler(_req: Request, ctx: FreshContext<BookingState>) {
  ctx.state.booking = await bookingEnv(ctx.state.services);
  if (ctx.url.searchParams.get("embed") !== "1") return await ctx.next();
  ctx.state.embed = { accent: parseAccent(ctx.url.searchParams.get("accent")) };
  const services = ctx.state.services;
  ctx.state.csrf = await widgetFormToken(services.keys, services.now());
  const [res, origins] = await Promise.all([
    ctx.next(),
    services.cache.get(
      "booking.embed",
      ["options"],
      () => getEmbedOrigins(services.db),
    ),
  ]);
  // Pages only: a redirect (immutable headers) is never shown in a frame.
  if (res.headers.get("content-type")?.startsWith("text/html")) {
    res.headers.set("content-security-policy", framablePolicy(origins));
  }
  return res;
}
