import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import { type BookingDetail, getBookingDetail } from "@/lib/booking/admin.ts";
import { changeBookingStatus } from "@/lib/booking/bookings.ts";
import { ConflictError } from "@/lib/errors.ts";
import { statusChangeForm } from "./(_shared)/forms.ts";
import { redirect } from "@/lib/http/flash.ts";
import { safeRedirectPath } from "@/lib/http/redirects.ts";
import { type FormState, parseForm } from "@/lib/http/forms.ts";
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
}

type Ctx = FreshContext<BookingAdminState, Data>;

/** One booking: details, history, and confirming or cancelling it. */
export const handler = {
  async GET(_req: Request, ctx: Ctx) {
    const booking = await getBookingDetail(
      ctx.state.services.db,
      uuidParam(ctx.params.id),
    );
    return ctx.render({ booking, form: {} });
  },

  /** Confirm or cancel: the client is emailed, then 303 back here (or to `back`). */
  async POST(req: Request, ctx: Ctx) {
    const bookingId = uuidParam(ctx.params.id);
    const { db, now } = ctx.state.services;
    const form = await parseForm(req, statusChangeForm);
    if (!form.ok) {
      const booking = await getBookingDetail(db, bookingId);
      return ctx.render({ booking, form }, { status: 422 });
    }
    const to = form.data.intent === "confirm" ? "confirmed" : "cancelled";
    const back = safeRedirectPath(form.data.back, ctx.url.pathname);
    try {
      await changeBookingStatus(
        db,
        ctx.state.booking,
        bookingId,
        to,
        staffActor(ctx.state),
        now(),
        {
          reason: form.data.intent === "cancel" ? form.data.reason : undefined,
        },
      );
    } catch (error) {
      // A stale page (someone else changed it meanwhile): say so, show it again.
      if (!(error instanceof ConflictError)) throw error;
      return redirect(back, {
        kind: "error",
        message: "bookingAdmin.detail.notChanged",
      }, ctx.state.secure);
    }
    return redirect(back, {
      kind: "success",
      message: to === "confirmed"
        ? "bookingAdmin.detail.confirmedFlash"
        : "bookingAdmin.detail.cancelledFlash",
    }, ctx.state.secure);
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
          csrf={state.csrf}
          view={view}
        />
      </div>
      <BookingHistory events={data.booking.events} view={view} />
    </>
  );
}
