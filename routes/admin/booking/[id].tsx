import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import { type BookingDetail, getBookingDetail } from "@/lib/booking/admin.ts";
import { changeBookingStatus } from "@/lib/booking/bookings.ts";
import { ConflictError } from "@/lib/errors.ts";
import { statusChangeForm } from "./(_shared)/forms.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { safeRedirectPath } from "@/lib/http/redirects.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { staffActor } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import {
  BookingActions,
  BookingFacts,
  BookingHistory,
} from "@/components/booking/BookingDetail.tsx";
import type { BookingAdminState } from "./_middleware.ts";

interface Data {
  booking: BookingDetail;
  form: FormState;
  /** Begun: its outcome can be recorded. */
  started: boolean;
}

type Ctx = FreshContext<BookingAdminState, Data>;

/** Each button's status, and what the page says afterwards. */
const TARGET = {
  confirm: "confirmed",
  cancel: "cancelled",
  completed: "completed",
  no_show: "no_show",
} as const;
const FLASH = {
  confirm: "bookingAdmin.detail.confirmedFlash",
  cancel: "bookingAdmin.detail.cancelledFlash",
  completed: "bookingAdmin.detail.outcomeFlash",
  no_show: "bookingAdmin.detail.outcomeFlash",
} as const;

/** One booking: details, history, and confirming or cancelling it. */
export const handler = {
  async GET(_req: Request, ctx: Ctx) {
    const booking = await getBookingDetail(
      ctx.state.services.db,
      uuidParam(ctx.params.id),
    );
    return ctx.render({
      booking,
      form: {},
      started: booking.startsAt <= ctx.state.services.now(),
    });
  },

  /** Confirm or cancel: the client is emailed, then 303 back here (or to `back`). */
  async POST(req: Request, ctx: Ctx) {
    const bookingId = uuidParam(ctx.params.id);
    const { db, now } = ctx.state.services;
    // The page the change was made from (the dashboard), else this one.
    const back = (data: { back?: string }) =>
      safeRedirectPath(data.back, ctx.url.pathname);
    return await submitForm(req, ctx.state.secure, {
      schema: statusChangeForm,
      run: (data) =>
        changeBookingStatus(
          db,
          ctx.state.booking,
          bookingId,
          TARGET[data.intent],
          staffActor(ctx.state),
          now(),
          { reason: data.intent === "cancel" ? data.reason : undefined },
        ),
      invalid: async (form, status) => {
        const booking = await getBookingDetail(db, bookingId);
        return ctx.render({
          booking,
          form,
          started: booking.startsAt <= now(),
        }, { status });
      },
      // A stale page (someone else changed it meanwhile): say so, show it again.
      refused: (error, data) =>
        error instanceof ConflictError
          ? {
            to: back(data),
            flash: { kind: "error", message: "bookingAdmin.detail.notChanged" },
          }
          : undefined,
      done: (_, data) => ({
        to: back(data),
        flash: {
          kind: "success",
          message: FLASH[data.intent],
        },
      }),
    });
  },
};

export default function BookingDetailPage(
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
        title={t("bookingAdmin.detail.title", { name: data.booking.name })}
        back={{ href: "/admin/booking", label: t("bookingAdmin.nav.bookings") }}
      />
      <div class="admin-columns">
        <BookingFacts booking={data.booking} view={view} />
        <BookingActions
          booking={data.booking}
          form={data.form}
          started={data.started}
          csrf={state.csrf}
          view={view}
        />
      </div>
      <BookingHistory events={data.booking.events} view={view} />
    </>
  );
}
