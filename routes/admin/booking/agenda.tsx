import { zoneInWords } from "@/lib/booking/time_zones.ts";
import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import {
  type AgendaDay,
  listBookingChoices,
  loadAgenda,
  type StaffChoice,
} from "@/lib/booking/admin.ts";
import { dateIn } from "@/lib/wall_clock.ts";
import { agendaQuery } from "./(_shared)/forms.ts";
import type { FormValues } from "@/lib/http/forms.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import {
  AgendaFilters,
  AgendaGrid,
  AgendaStepper,
} from "@/components/booking/Agenda.tsx";
import type { BookingAdminState } from "./_middleware.ts";

interface Data {
  days: AgendaDay[];
  staff: StaffChoice[];
  values: FormValues;
  isWeek: boolean;
  today: string;
  links: { previous: string; today: string; next: string };
}

function agendaLink(
  values: { staff?: string; view: string },
  date: Temporal.PlainDate,
): string {
  const params = new URLSearchParams({ view: values.view, date: String(date) });
  if (values.staff) params.set("staff", values.staff);
  return `/admin/booking/agenda?${params}`;
}

/** A day or a week (Monday first) of one staff member or everyone. */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<BookingAdminState, Data>) {
    const query = agendaQuery.parse(Object.fromEntries(ctx.url.searchParams));
    const { timeZone } = ctx.state.booking.settings;
    const { db, now } = ctx.state.services;
    const today = dateIn(now(), timeZone);
    const date = query.date ? Temporal.PlainDate.from(query.date) : today;
    const isWeek = query.view === "week";
    const from = isWeek ? date.subtract({ days: date.dayOfWeek - 1 }) : date;
    const length = isWeek ? 7 : 1;
    const [days, choices] = await Promise.all([
      loadAgenda(db, { staffId: query.staff, from, days: length, timeZone }),
      listBookingChoices(db),
    ]);
    return ctx.render({
      days,
      staff: choices.staff,
      isWeek,
      today: today.toString(),
      values: {
        staff: query.staff ?? "",
        view: query.view,
        date: date.toString(),
      },
      links: {
        previous: agendaLink(query, from.subtract({ days: length })),
        today: agendaLink(query, today),
        next: agendaLink(query, from.add({ days: length })),
      },
    });
  },
};

export default function AgendaPage(
  { state, data }: PageProps<Data, BookingAdminState>,
) {
  const { t } = state;
  const view = {
    t,
    locale: state.locale,
    timeZone: state.booking.settings.timeZone,
  };
  return (
    <>
      <PageHeader
        title={t("bookingAdmin.agenda.title")}
        intro={t("booking.timeZone", {
          zone: zoneInWords(state.locale, view.timeZone),
        })}
      >
        <a class="button" href="/admin/booking/new">
          {t("bookingAdmin.bookings.new")}
        </a>
      </PageHeader>
      <AgendaFilters values={data.values} staff={data.staff} view={view} />
      <AgendaStepper {...data.links} isWeek={data.isWeek} view={view} />
      <AgendaGrid days={data.days} today={data.today} view={view} />
    </>
  );
}
