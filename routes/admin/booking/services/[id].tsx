import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { Service, ServiceQuestion } from "@/lib/db/schema.ts";
import { listBookingChoices, type StaffChoice } from "@/lib/booking/admin.ts";
import {
  getService,
  setServiceActive,
  updateService,
} from "@/lib/booking/admin_services.ts";
import {
  addQuestion,
  listQuestions,
  removeQuestion,
} from "@/lib/booking/questions.ts";
import {
  questionForm,
  removeQuestionForm,
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
import { ServiceQuestions } from "@/components/booking/ServiceQuestions.tsx";
import { localized } from "@/components/booking/labels.ts";
import type { BookingAdminState } from "../_middleware.ts";

interface Data {
  service: Service;
  staff: StaffChoice[];
  form: FormState;
  questions: ServiceQuestion[];
  questionForm: FormState;
}

type Ctx = FreshContext<BookingAdminState, Data>;

/** The page, with the errors of whichever of its forms was sent. */
async function renderForm(
  ctx: Ctx,
  serviceId: string,
  forms: { form?: FormState; questionForm?: FormState } = {},
  status = 200,
) {
  const { db } = ctx.state.services;
  const [{ service, staffIds }, { staff }, questions] = await Promise.all([
    getService(db, serviceId),
    listBookingChoices(db),
    listQuestions(db, serviceId),
  ]);
  return ctx.render({
    service,
    staff,
    form: forms.form ?? {
      values: serviceFormValues(service, staffIds, ctx.state.locale),
    },
    questions,
    questionForm: forms.questionForm ?? {},
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
    const intent = await formIntent(req);
    if (intent === "addQuestion") {
      return await submitForm(req, ctx.state.secure, {
        schema: questionForm,
        run: (input) => addQuestion(db, actor, serviceId, input, now()),
        invalid: (questionForm, status) =>
          renderForm(ctx, serviceId, { questionForm }, status),
        done: () => ({
          to: `${back}#questions`,
          flash: { kind: "success", message: "bookingAdmin.question.added" },
        }),
      });
    }
    if (intent === "removeQuestion") {
      return await submitForm(req, ctx.state.secure, {
        schema: removeQuestionForm,
        run: ({ question }) =>
          removeQuestion(db, actor, serviceId, question, now()),
        invalid: (questionForm, status) =>
          renderForm(ctx, serviceId, { questionForm }, status),
        done: () => ({
          to: `${back}#questions`,
          flash: { kind: "success", message: "bookingAdmin.question.removed" },
        }),
      });
    }
    if (intent !== "save") {
      return await submitForm(req, ctx.state.secure, {
        schema: serviceActiveForm,
        run: ({ intent }) =>
          setServiceActive(db, actor, serviceId, intent === "activate", now()),
        invalid: (form, status) => renderForm(ctx, serviceId, { form }, status),
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
      invalid: (form, status) => renderForm(ctx, serviceId, { form }, status),
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
      <ServiceQuestions
        questions={data.questions}
        form={data.questionForm}
        csrf={state.csrf}
        t={t}
      />
    </>
  );
}
import { submitForm } from "@/lib/http/form_action.ts";
