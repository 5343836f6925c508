import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import { listBookingChoices, type StaffChoice } from "@/lib/booking/admin.ts";
import { createService } from "@/lib/booking/admin_services.ts";
import { serviceForm } from "../(_shared)/forms.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { staffActor } from "@/lib/http/guards.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { ServiceForm } from "@/components/booking/ServiceForm.tsx";
import type { BookingAdminState } from "../_middleware.ts";

interface Data {
  staff: StaffChoice[];
  form: FormState;
}

type Ctx = FreshContext<BookingAdminState, Data>;

async function renderForm(ctx: Ctx, form: FormState, status = 200) {
  const { staff } = await listBookingChoices(ctx.state.services.db);
  return ctx.render({ staff, form }, { status });
}

/** A new service; 303 to the list, or 422 with the form. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    return renderForm(ctx, {
      values: {
        durationMinutes: "60",
        price: "0",
        currency: "EUR",
        position: "0",
        active: "on",
      },
    });
  },

  async POST(req: Request, ctx: Ctx) {
    const actor = staffActor(ctx.state);
    const { db, now } = ctx.state.services;
    return await submitForm(req, ctx.state.secure, {
      schema: serviceForm,
      run: (input) => createService(db, actor, input, now()),
      invalid: (form, status) => renderForm(ctx, form, status),
      done: (_, input) => ({
        to: "/admin/booking/services",
        flash: {
          kind: "success",
          message: "bookingAdmin.services.created",
          params: { name: input.nameEn },
        },
      }),
    });
  },
};

export default function NewServicePage(
  { state, data }: PageProps<Data, BookingAdminState>,
) {
  const { t } = state;
  return (
    <>
      <PageHeader
        title={t("bookingAdmin.services.new")}
        back={{
          href: "/admin/booking/services",
          label: t("bookingAdmin.nav.services"),
        }}
      />
      <ServiceForm
        staff={data.staff}
        form={data.form}
        csrf={state.csrf}
        submitLabel={t("bookingAdmin.services.create")}
        t={t}
      />
    </>
  );
}
