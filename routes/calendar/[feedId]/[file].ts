import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { calendarFeedIcs } from "@/lib/calendars/feed.ts";
import { NotFoundError } from "@/lib/errors.ts";

/**
 * A staff member's calendar subscription feed: `/calendar/<feed id>/<secret>.ics`,
 * fetched by calendar apps with no session. The link is the credential.
 */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State>) {
    const { db, config, now } = ctx.state.services;
    const secret = ctx.params.file.match(/^([A-Za-z0-9_-]{43})\.ics$/)?.[1];
    if (!secret) {
      throw new NotFoundError("Unknown calendar feed.", "FEED_NOT_FOUND");
    }
    const { timeZone } = await ctx.state.business();
    const ics = await calendarFeedIcs(
      db,
      { appUrl: config.appUrl, timeZone },
      ctx.params.feedId,
      secret,
      now(),
    );
    return new Response(ics, {
      headers: {
        "content-type": "text/calendar; charset=utf-8",
        "content-disposition": 'inline; filename="appointments.ics"',
        // Only the subscriber's own copy: no shared cache keeps the feed.
        "cache-control": "private, max-age=300",
      },
    });
  },
};
