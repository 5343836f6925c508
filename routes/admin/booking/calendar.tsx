import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { formIntent } from "@/lib/http/forms.ts";
import { staffActor } from "@/lib/http/guards.ts";
import {
  type CalendarFeedStatus,
  type CalendarFeedUrls,
  getCalendarFeed,
  removeCalendarFeed,
  rotateCalendarFeed,
} from "@/lib/calendars/feed.ts";
import { removeFeedForm, rotateFeedForm } from "./(_shared)/calendar_forms.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { CalendarFeedSection } from "@/components/calendars/CalendarFeedSection.tsx";
import type { BookingAdminState } from "./_middleware.ts";

interface Data {
  feed: CalendarFeedStatus | null;
  createdFeed?: CalendarFeedUrls;
}

type Ctx = FreshContext<BookingAdminState, Data>;

async function renderPage(ctx: Ctx, extra: Partial<Data> = {}, status = 200) {
  const { db } = ctx.state.services;
  const feed = await getCalendarFeed(db, ctx.state.staffSession.user.id);
  return ctx.render({ feed, ...extra }, { status });
}

/** The signed-in staff member's own calendar: subscription feed. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    return renderPage(ctx);
  },

  async POST(req: Request, ctx: Ctx) {
    const { db, config, now } = ctx.state.services;
    const actor = staffActor(ctx.state);
    const staffId = ctx.state.staffSession.user.id;
    if (await formIntent(req) === "removeFeed") {
      return await submitForm(req, ctx.state.secure, {
        schema: removeFeedForm,
        run: () => removeCalendarFeed(db, actor, staffId, now()),
        invalid: (_, status) => renderPage(ctx, {}, status),
        done: () => ({
          to: ctx.url.pathname,
          flash: { kind: "success", message: "calendars.feed.removed" },
        }),
      });
    }
    return await submitForm(req, ctx.state.secure, {
      schema: rotateFeedForm,
      run: (input) =>
        rotateCalendarFeed(
          db,
          actor,
          staffId,
          {
            showClientNames: input.show_client_names,
          },
          { appUrl: config.appUrl },
          now(),
        ),
      invalid: (_, status) => renderPage(ctx, {}, status),
      // The secret is shown on this answer only, never in a redirect.
      done: (createdFeed) => renderPage(ctx, { createdFeed }),
    });
  },
};

export default function StaffCalendarPage(
  { state, data }: PageProps<Data, BookingAdminState>,
) {
  const { t } = state;
  return (
    <>
      <PageHeader title={t("calendars.title")} intro={t("calendars.intro")} />
      <CalendarFeedSection
        feed={data.feed}
        created={data.createdFeed}
        csrf={state.csrf}
        t={t}
        locale={state.locale}
        timeZone={state.booking.settings.timeZone}
      />
    </>
  );
}
