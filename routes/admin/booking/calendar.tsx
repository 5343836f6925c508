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
import {
  caldavActionForm,
  connectCaldavForm,
  removeFeedForm,
  rotateFeedForm,
} from "./(_shared)/calendar_forms.ts";
import {
  type CaldavStatus,
  connectCaldav,
  disconnectCaldav,
  getCaldavStatus,
  pushCalendarWrites,
  refreshBusyTimes,
} from "@/lib/calendars/caldav.ts";
import { caldavEnv } from "@/lib/app/domains.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { CalendarFeedSection } from "@/components/calendars/CalendarFeedSection.tsx";
import { CaldavSection } from "@/components/calendars/CaldavSection.tsx";
import type { BookingAdminState } from "./_middleware.ts";

interface Data {
  feed: CalendarFeedStatus | null;
  createdFeed?: CalendarFeedUrls;
  caldav: CaldavStatus | null;
  caldavForm: FormState;
}

type Ctx = FreshContext<BookingAdminState, Data>;

async function renderPage(ctx: Ctx, extra: Partial<Data> = {}, status = 200) {
  const { db } = ctx.state.services;
  const staffId = ctx.state.staffSession.user.id;
  const [feed, caldav] = await Promise.all([
    getCalendarFeed(db, staffId),
    getCaldavStatus(db, staffId),
  ]);
  return ctx.render({ feed, caldav, caldavForm: {}, ...extra }, { status });
}

/** The signed-in staff member's own calendar: subscription feed and CalDAV sync. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    return renderPage(ctx);
  },

  async POST(req: Request, ctx: Ctx) {
    const { db, config, now } = ctx.state.services;
    const actor = staffActor(ctx.state);
    const staffId = ctx.state.staffSession.user.id;
    const intent = await formIntent(req);
    if (intent === "connectCaldav") {
      return await submitForm(req, ctx.state.secure, {
        schema: connectCaldavForm,
        run: async (input) => {
          const env = await caldavEnv(ctx.state.services);
          await connectCaldav(db, env, actor, staffId, {
            serverUrl: input.server_url,
            username: input.username,
            password: input.password,
          }, now());
          // The first read and writes right away; the job retries failures.
          await refreshBusyTimes(db, env, staffId, now());
          await pushCalendarWrites(db, env, now());
        },
        invalid: (caldavForm, status) =>
          renderPage(ctx, { caldavForm }, status),
        done: () => ({
          to: ctx.url.pathname,
          flash: { kind: "success", message: "calendars.caldav.connected" },
        }),
      });
    }
    if (intent === "syncCaldav" || intent === "disconnectCaldav") {
      return await submitForm(req, ctx.state.secure, {
        schema: caldavActionForm,
        run: async ({ intent }) => {
          if (intent === "disconnectCaldav") {
            await disconnectCaldav(db, actor, staffId, now());
            return true;
          }
          const env = await caldavEnv(ctx.state.services);
          await pushCalendarWrites(db, env, now());
          return await refreshBusyTimes(db, env, staffId, now());
        },
        invalid: (_, status) => renderPage(ctx, {}, status),
        done: (worked, { intent }) => ({
          to: ctx.url.pathname,
          flash: intent === "disconnectCaldav"
            ? { kind: "success", message: "calendars.caldav.disconnected" }
            : worked
            ? { kind: "success", message: "calendars.caldav.synced" }
            : { kind: "error", message: "calendars.caldav.syncFailed" },
        }),
      });
    }
    if (intent === "removeFeed") {
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
      <CaldavSection
        status={data.caldav}
        form={data.caldavForm}
        csrf={state.csrf}
        t={t}
        locale={state.locale}
        timeZone={state.booking.settings.timeZone}
      />
    </>
  );
}
