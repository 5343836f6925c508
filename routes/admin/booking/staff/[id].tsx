import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import {
  addTimeOff,
  deleteTimeOff,
  getStaffSchedule,
  replaceWeeklyHours,
  type StaffSchedule,
} from "@/lib/booking/admin_schedule.ts";
import { localDateTimeInstant } from "@/lib/wall_clock.ts";
import {
  clearDateHoursForm,
  dateHoursForm,
  deleteTimeOffForm,
  timeOffForm,
  weeklyHoursForm,
  weeklyHoursFormValues,
} from "../(_shared)/forms.ts";
import { formIntent, type FormState } from "@/lib/http/forms.ts";
import { staffActor } from "@/lib/http/guards.ts";
import type { MessageKey } from "@/lib/i18n/mod.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { DateHoursSection } from "@/components/booking/DateHoursSection.tsx";
import {
  clearDateHours,
  type DateHours,
  listDateHours,
  setDateHours,
} from "@/lib/booking/date_hours.ts";
import { dateIn } from "@/lib/wall_clock.ts";
import {
  TimeOffSection,
  WeeklyHoursForm,
} from "@/components/booking/StaffSchedule.tsx";
import type { BookingAdminState } from "../_middleware.ts";

interface Data {
  schedule: StaffSchedule;
  hoursForm: FormState;
  timeOffForm: FormState;
  dateHours: DateHours[];
  dateHoursForm: FormState;
}

type Ctx = FreshContext<BookingAdminState, Data>;

async function renderPage(
  ctx: Ctx,
  staffId: string,
  forms: { hours?: FormState; timeOff?: FormState; dates?: FormState } = {},
  status = 200,
) {
  const { db, now } = ctx.state.services;
  const today = dateIn(now(), ctx.state.booking.settings.timeZone).toString();
  const [schedule, dateHours] = await Promise.all([
    getStaffSchedule(db, staffId, now()),
    listDateHours(db, staffId, today),
  ]);
  return ctx.render({
    dateHours,
    dateHoursForm: forms.dates ?? {},
    schedule,
    hoursForm: forms.hours ??
      { values: weeklyHoursFormValues(schedule.ranges) },
    timeOffForm: forms.timeOff ?? {},
  }, { status });
}

/** One staff member's weekly hours and time off. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    return renderPage(ctx, uuidParam(ctx.params.id));
  },

  /** Saves the hours, adds or deletes time off; 303 back, or 422 with the form. */
  async POST(req: Request, ctx: Ctx) {
    const staffId = uuidParam(ctx.params.id);
    const { db, now } = ctx.state.services;
    const actor = staffActor(ctx.state);
    const { timeZone } = ctx.state.booking.settings;
    const saved = (message: MessageKey): FormDone => ({
      to: ctx.url.pathname,
      flash: { kind: "success", message },
    });
    switch (await formIntent(req)) {
      case "hours": {
        return await submitForm(req, ctx.state.secure, {
          schema: weeklyHoursForm,
          run: (input) => replaceWeeklyHours(db, actor, staffId, input, now()),
          invalid: (hours, status) =>
            renderPage(ctx, staffId, { hours }, status),
          done: () => saved("bookingAdmin.hours.saved"),
        });
      }
      case "addTimeOff": {
        return await submitForm(req, ctx.state.secure, {
          schema: timeOffForm,
          run: (input) =>
            addTimeOff(db, actor, staffId, {
              startsAt: localDateTimeInstant(input.start, timeZone),
              endsAt: localDateTimeInstant(input.end, timeZone),
              reason: input.reason,
            }, now()),
          invalid: (timeOff, status) =>
            renderPage(ctx, staffId, { timeOff }, status),
          done: () => saved("bookingAdmin.timeOff.added"),
        });
      }
      case "setDateHours": {
        return await submitForm(req, ctx.state.secure, {
          schema: dateHoursForm,
          run: ({ date, ranges }) =>
            setDateHours(db, actor, staffId, date, ranges, now()),
          invalid: (dates, status) =>
            renderPage(ctx, staffId, { dates }, status),
          done: () => saved("bookingAdmin.dateHours.saved"),
        });
      }
      case "clearDateHours": {
        return await submitForm(req, ctx.state.secure, {
          schema: clearDateHoursForm,
          run: ({ date }) => clearDateHours(db, actor, staffId, date, now()),
          invalid: (dates, status) =>
            renderPage(ctx, staffId, { dates }, status),
          done: () => saved("bookingAdmin.dateHours.cleared"),
        });
      }
      default: {
        return await submitForm(req, ctx.state.secure, {
          schema: deleteTimeOffForm,
          run: ({ id }) => deleteTimeOff(db, actor, staffId, id, now()),
          invalid: (_, status) =>
            renderPage(ctx, staffId, {
              timeOff: { errors: { _form: "form.invalid" } },
            }, status),
          done: () => saved("bookingAdmin.timeOff.deleted"),
        });
      }
    }
  },
};

export default function StaffSchedulePage(
  { state, data }: PageProps<Data, BookingAdminState>,
) {
  const { t } = state;
  const view = {
    t,
    locale: state.locale,
    timeZone: state.booking.settings.timeZone,
  };
  const { schedule } = data;
  return (
    <>
      <PageHeader
        title={schedule.member.name}
        back={{
          href: "/admin/booking/staff",
          label: t("bookingAdmin.nav.staff"),
        }}
      >
        <a
          class="button button-secondary"
          href={`/admin/booking/agenda?staff=${schedule.member.id}`}
        >
          {t("bookingAdmin.staff.agenda")}
        </a>
      </PageHeader>
      <section class="card admin-section">
        <h2>{t("bookingAdmin.hours.title")}</h2>
        <WeeklyHoursForm form={data.hoursForm} csrf={state.csrf} view={view} />
      </section>
      <section class="card admin-section">
        <h2>{t("bookingAdmin.timeOff.title")}</h2>
        <TimeOffSection
          entries={schedule.timeOff}
          form={data.timeOffForm}
          csrf={state.csrf}
          view={view}
        />
      </section>
      <section class="card admin-section">
        <h2>{t("bookingAdmin.dateHours.title")}</h2>
        <DateHoursSection
          entries={data.dateHours}
          form={data.dateHoursForm}
          csrf={state.csrf}
          t={t}
          locale={state.locale}
        />
      </section>
    </>
  );
}
import { type FormDone, submitForm } from "@/lib/http/form_action.ts";
