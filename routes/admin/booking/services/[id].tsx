import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { Service } from "@/lib/db/schema.ts";
import { listBookingChoices, type StaffChoice } from "@/lib/booking/admin.ts";
import {
  getService,
  setServiceActive,
  updateService,
} from "@/lib/booking/admin_services.ts";
import {
  serviceActiveForm,
  serviceForm,
  serviceFormValues,
} from "../(_shared)/forms.ts";
import { formIntent, type FormState } from "@/lib/http/forms.ts";
import { staffActor } from "@/lib/http/guards.ts";
import { uuidParam } from "@/lib/http/params.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { PostButton } from "@/components/PostButton.tsx";
import { ServiceForm } from "@/components/booking/ServiceForm.tsx";
import { localized } from "@/components/booking/labels.ts";
import type { BookingAdminState } from "../_middleware.ts";

interface Data {
  service: Service;
  staff: StaffChoice[];
  form: FormState;
}

type Ctx = FreshContext<BookingAdminState, Data>;

async function renderForm(
  ctx: Ctx,
  serviceId: string,
  form?: FormState,
  status = 200,
) {
  const { db } = ctx.state.services;
  const [{ service, staffIds }, { staff }] = await Promise.all([
    getService(db, serviceId),
    listBookingChoices(db),
  ]);
  return ctx.render({
    service,
    staff,
    form: form ?? {
      values: serviceFormValues(service, staffIds, ctx.state.locale),
    },
  }, { status });
}

/** Editing a service, and switching it off or on. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    return renderForm(ctx, uuidParam(ctx.params.id));
  },

  async POST(req: Request, ctx: Ctx) {
    const serviceId = uuidParam(ctx.params.id);
    const { db, now } = ctx.state.services;
    const actor = staffActor(ctx.state);
    const back = `/admin/booking/services/${serviceId}`;
    if (await formIntent(req) !== "save") {
      return await submitForm(req, ctx.state.secure, {
        schema: serviceActiveForm,
        run: ({ intent }) =>
          setServiceActive(db, actor, serviceId, intent === "activate", now()),
        invalid: (form, status) => renderForm(ctx, serviceId, form, status),
        done: (_, { intent }) => ({
          to: back,
          flash: {
            kind: "success",
            message: intent === "activate"
              ? "bookingAdmin.services.activated"
              : "bookingAdmin.services.deactivated",
          },
        }),
      });
    }
    return await submitForm(req, ctx.state.secure, {
      schema: serviceForm,
      run: (input) => updateService(db, actor, serviceId, input, now()),
      invalid: (form, status) => renderForm(ctx, serviceId, form, status),
      done: () => ({
        to: back,
        flash: { kind: "success", message: "bookingAdmin.services.saved" },
      }),
    });
  },
};

export default function EditServicePage(
  { state, data }: PageProps<Data, BookingAdminState>,
) {
  const { t, locale } = state;
  const { service } = data;
  return (
    <>
      <PageHeader
        title={localized(locale, service.name_en, service.name_de)}
        back={{
          href: "/admin/booking/services",
          label: t("bookingAdmin.nav.services"),
        }}
      >
        <PostButton
          csrf={state.csrf}
          label={t(
            service.active
              ? "bookingAdmin.services.deactivate"
              : "bookingAdmin.services.activate",
          )}
          fields={{ intent: service.active ? "deactivate" : "activate" }}
          variant="secondary"
        />
      </PageHeader>
      {!service.active && (
        <p class="alert alert-warning">
          {t("bookingAdmin.services.inactiveNote")}
        </p>
      )}
      <ServiceForm
        staff={data.staff}
        form={data.form}
        csrf={state.csrf}
        submitLabel={t("form.save")}
        t={t}
      />
    </>
  );
}
import { submitForm } from "@/lib/http/form_action.ts";
