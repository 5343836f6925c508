import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import { z } from "zod";
import {
  type BookingChoices,
  createStaffBooking,
  listBookingChoices,
} from "@/lib/booking/admin.ts";
import { dateIn } from "@/lib/wall_clock.ts";
import { SlotTakenError } from "@/lib/booking/bookings.ts";
import { bookingAnswers, listQuestions } from "@/lib/booking/questions.ts";
import type { ServiceQuestion } from "@/lib/db/schema.ts";
import { staffBookingForm } from "./(_shared)/forms.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { formField, type FormState } from "@/lib/http/forms.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { StaffBookingForm } from "@/components/booking/StaffBookingForm.tsx";
import type { BookingAdminState } from "./_middleware.ts";

interface Data {
  choices: BookingChoices;
  form: FormState;
  /** The chosen service and its questions, asked on the form. */
  asked?: { serviceId: string; questions: ServiceQuestion[] };
}

type Ctx = FreshContext<BookingAdminState, Data>;

/** The questions of the service a form names, if it names one. */
async function questionsOf(ctx: Ctx, service: unknown) {
  const id = z.uuid().safeParse(service);
  if (!id.success) return undefined;
  return {
    serviceId: id.data,
    questions: await listQuestions(ctx.state.services.db, id.data),
  };
}

async function renderForm(ctx: Ctx, form: FormState, status = 200) {
  const [choices, asked] = await Promise.all([
    listBookingChoices(ctx.state.services.db),
    questionsOf(ctx, form.values?.service),
  ]);
  return ctx.render({ choices, form, asked }, { status });
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
    const questions =
      (await questionsOf(ctx, await formField(req, "service")))?.questions ??
        [];
    return await submitForm(req, ctx.state.secure, {
      schema: staffBookingForm(questions),
      run: (data) =>
        createStaffBooking(
          db,
          ctx.state.booking,
          {
            serviceId: data.service,
            staffId: data.staff,
            date: data.date,
            minute: data.time,
            name: data.name,
            email: data.email,
            phone: data.phone,
            note: data.note,
            answers: bookingAnswers(questions, data),
            locale: data.locale,
          },
          ctx.state.staffSession.user.id,
          now(),
        ),
      invalid: (form, status) => renderForm(ctx, form, status),
      refused: (error, _, values) =>
        error instanceof SlotTakenError
          ? renderForm(ctx, {
            values,
            errors: { _form: "bookingAdmin.new.overlap" },
          }, 409)
          : undefined,
      done: (booking) => ({
        to: `/admin/booking/${booking.id}`,
        flash: { kind: "success", message: "bookingAdmin.new.created" },
      }),
    });
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
        asked={data.asked}
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
