import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import {
  type BookingChoices,
  createStaffBooking,
  listBookingChoices,
} from "@/lib/booking/admin.ts";
import { dateIn } from "@/lib/wall_clock.ts";
import { SlotTakenError } from "@/lib/booking/bookings.ts";
import { staffBookingForm } from "./(_shared)/forms.ts";
import { redirect } from "@/lib/http/flash.ts";
import {
  domainFieldErrors,
  type FormState,
  parseForm,
} from "@/lib/http/forms.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { StaffBookingForm } from "@/components/booking/StaffBookingForm.tsx";
import type { BookingAdminState } from "./_middleware.ts";

interface Data {
  choices: BookingChoices;
  form: FormState;
}

type Ctx = FreshContext<BookingAdminState, Data>;

async function renderForm(ctx: Ctx, form: FormState, status = 200) {
  const choices = await listBookingChoices(ctx.state.services.db);
  return ctx.render({ choices, form }, { status });
}

/** A booking staff enter for a client; confirmed at once, the client is emailed. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    const { settings } = ctx.state.booking;
    const query = ctx.url.searchParams;
    return renderForm(ctx, {
      values: {
        service: query.get("service") ?? "",
        staff: query.get("staff") ?? "",
        date: query.get("date") ??
          dateIn(ctx.state.services.now(), settings.timeZone).toString(),
        time: query.get("time") ?? "",
        locale: ctx.state.locale,
      },
    });
  },

  /** 303 to the new booking; 422 with the form; 409 when the time is taken. */
  async POST(req: Request, ctx: Ctx) {
    const { db, now } = ctx.state.services;
    const form = await parseForm(req, staffBookingForm);
    if (!form.ok) return renderForm(ctx, form, 422);
    try {
      const booking = await createStaffBooking(
        db,
        ctx.state.booking,
        {
          serviceId: form.data.service,
          staffId: form.data.staff,
          date: form.data.date,
          minute: form.data.time,
          name: form.data.name,
          email: form.data.email,
          phone: form.data.phone,
          note: form.data.note,
          locale: form.data.locale,
        },
        ctx.state.staffSession.user.id,
        now(),
      );
      return redirect(`/admin/booking/${booking.id}`, {
        kind: "success",
        message: "bookingAdmin.new.created",
      }, ctx.state.secure);
    } catch (error) {
      if (error instanceof SlotTakenError) {
        return renderForm(ctx, {
          values: form.values,
          errors: { _form: "bookingAdmin.new.overlap" },
        }, 409);
      }
      return renderForm(ctx, {
        values: form.values,
        errors: domainFieldErrors(error),
      }, 422);
    }
  },
};

export default function NewBookingPage(
  { state, data }: PageProps<Data, BookingAdminState>,
) {
  const { t } = state;
  return (
    <>
      <PageHeader
        title={t("bookingAdmin.new.title")}
        intro={t("bookingAdmin.new.intro")}
        back={{ href: "/admin/booking", label: t("bookingAdmin.nav.bookings") }}
      />
      <StaffBookingForm
        choices={data.choices}
        form={data.form}
        csrf={state.csrf}
        view={{
          t,
          locale: state.locale,
          timeZone: state.booking.settings.timeZone,
        }}
      />
    </>
  );
}
