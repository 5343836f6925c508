import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import { z } from "zod";
import type { Service, ServiceQuestion } from "@/lib/db/schema.ts";
import type { BookingState } from "./_middleware.ts";
import { activeServices } from "@/lib/app/domains.ts";
import { slotPicker } from "./(_shared)/picker.ts";
import { embedQuery } from "./(_shared)/embed.ts";
import {
  getActiveService,
  listServiceStaff,
} from "@/lib/booking/availability.ts";
import { createBooking, SlotTakenError } from "@/lib/booking/bookings.ts";
import {
  answerFields,
  bookingAnswers,
  listQuestions,
} from "@/lib/booking/questions.ts";
import { displayZone, zoneInWords } from "@/lib/booking/time_zones.ts";
import { NotFoundError } from "@/lib/errors.ts";
import {
  emailField,
  formField,
  type FormState,
  type FormValues,
  optionalText,
  requiredText,
} from "@/lib/http/forms.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import { isoInstant, queryDate, queryMonth } from "@/lib/validation.ts";
import { consumeRateLimit } from "@/lib/rate_limit.ts";
import type { SlotPickerProps } from "@/islands/SlotPicker.tsx";
import {
  BookingSummary,
  ConflictChoices,
  DetailsForm,
  type DetailsInput,
  ServiceList,
  StaffChoice,
  type StepContext,
  TimeStep,
} from "@/components/booking/BookingSteps.tsx";
import StepFocus from "@/islands/StepFocus.tsx";

type Data =
  | { step: "service"; services: Service[] }
  | { step: "staff"; service: Service; staff: { id: string; name: string }[] }
  | {
    step: "time";
    service: Service;
    staffName?: string;
    staff: string;
    picker: SlotPickerProps;
  }
  | {
    step: "details";
    service: Service;
    staffName?: string;
    input: DetailsInput;
    questions: ServiceQuestion[];
    form: FormState;
  }
  | {
    step: "conflict";
    service: Service;
    staffName?: string;
    input: DetailsInput;
    questions: ServiceQuestion[];
    alternatives: string[];
    values: Record<string, string>;
  };

type Ctx = FreshContext<BookingState, Data>;

/** Bookings per address in ten minutes: plenty for people, a wall for scripts. */
export const BOOKING_RATE_LIMIT = { limit: 10, windowSeconds: 600 };

const stepQuery = z.object({
  service: z.uuid().optional(),
  staff: z.union([z.literal("any"), z.uuid()]).optional(),
  month: queryMonth().optional(),
  date: queryDate().optional(),
  start: z.iso.datetime({ offset: true }).optional(),
  // Checked where it is used: an unknown zone is said on the page.
  tz: z.string().optional(),
});

const bookingForm = z.object({
  service: z.uuid({ error: "form.invalid" }),
  staff: z.union([z.literal("any"), z.uuid()], { error: "form.invalid" }),
  // Years far off are no slot, and past 9999 no query could even ask.
  start: isoInstant({ minYear: 2000, maxYear: 2999 }, "booking.invalidSlot"),
  name: requiredText(200),
  email: emailField(),
  phone: optionalText(50),
  note: optionalText(2000),
  website: z.string().optional(),
  tz: z.string().optional(),
});

/** The service and staff member a details form names, as its page shows them. */
interface DetailsPage {
  service: Service;
  staffName?: string;
  input: DetailsInput;
  questions: ServiceQuestion[];
}

/** The details step's context from the fields as sent: 404 for an unknown service or staff member. */
async function detailsPage(ctx: Ctx, values: FormValues): Promise<DetailsPage> {
  const serviceId = z.uuid().safeParse(values.service);
  if (!serviceId.success) {
    throw new NotFoundError("Unknown service.", "SERVICE_NOT_FOUND");
  }
  const service = await getActiveService(
    ctx.state.services.db,
    serviceId.data,
  );
  const input: DetailsInput = {
    service: service.id,
    staff: values.staff ?? "any",
    start: values.start ?? "",
    tz: values.tz,
  };
  return {
    service,
    input,
    staffName: await staffName(ctx, service.id, input.staff),
    questions: await listQuestions(ctx.state.services.db, service.id),
  };
}

async function staffName(ctx: Ctx, serviceId: string, staff: string) {
  if (staff === "any") return undefined;
  const member = (await listServiceStaff(ctx.state.services.db, serviceId))
    .find((s) => s.id === staff);
  if (!member) {
    throw new NotFoundError("Unknown staff member.", "STAFF_NOT_FOUND");
  }
  return member.name;
}

function timeStep(
  ctx: Ctx,
  service: Service,
  staff: string,
  month?: string,
  date?: string,
  tz?: string,
): Promise<SlotPickerProps> {
  const query = new URLSearchParams({ service: service.id, staff });
  const zone = displayZone(tz, ctx.state.booking.settings.timeZone);
  if (zone.visitor) query.set("tz", zone.visitor);
  for (const [name, value] of new URLSearchParams(embedQuery(ctx.state))) {
    query.set(name, value);
  }
  return slotPicker(ctx.state.services.db, ctx.state.booking.settings, {
    t: ctx.state.t,
    locale: ctx.state.locale,
    now: ctx.state.services.now(),
  }, {
    service,
    staff,
    month,
    date,
    linkBase: `/booking?${query}`,
    displayZone: zone.zone,
  });
}

export const handler = {
  /** One page per step, chosen by what the query already says. */
  async GET(_req: Request, ctx: Ctx) {
    const { db } = ctx.state.services;
    const query = stepQuery.safeParse(Object.fromEntries(ctx.url.searchParams));
    if (!query.success) throw new NotFoundError();
    const { service: serviceId, staff, month, date, start, tz } = query.data;
    if (!serviceId) {
      return ctx.render({
        step: "service",
        services: await activeServices(ctx.state.services),
      });
    }
    const service = await getActiveService(db, serviceId);
    if (!staff) {
      return ctx.render({
        step: "staff",
        service,
        staff: await listServiceStaff(db, serviceId),
      });
    }
    const name = await staffName(ctx, serviceId, staff);
    if (start) {
      const input = {
        service: serviceId,
        staff,
        start: new Date(start).toISOString(),
        tz,
      };
      return ctx.render({
        step: "details",
        service,
        staffName: name,
        input,
        questions: await listQuestions(db, serviceId),
        form: {},
      });
    }
    const picker = await timeStep(ctx, service, staff, month, date, tz);
    return ctx.render({
      step: "time",
      service,
      staffName: name,
      staff,
      picker,
    });
  },

  /** Creates the booking: 303 to its page, 409 with nearby times, 422 with the form. */
  async POST(req: Request, ctx: Ctx) {
    const { db, now } = ctx.state.services;
    await consumeRateLimit(
      db,
      `booking:ip:${ctx.state.clientIp}`,
      BOOKING_RATE_LIMIT,
      now(),
    );
    let page: DetailsPage | undefined;
    // The service's questions decide how the rest of the form is checked,
    // so every error (details and answers) shows at once.
    const serviceId = z.uuid().safeParse(await formField(req, "service"));
    const questions = serviceId.success
      ? await listQuestions(db, serviceId.data)
      : [];
    return await submitForm(req, ctx.state.secure, {
      schema: bookingForm.extend(answerFields(questions)),
      async run(data, values) {
        page = await detailsPage(ctx, values);
        // The honeypot was filled in: a bot. Answer as if booked, store nothing.
        if (data.website) return null;
        return await createBooking(
          db,
          ctx.state.booking,
          {
            serviceId: page.service.id,
            staff: data.staff,
            start: new Date(data.start),
            name: data.name,
            email: data.email,
            phone: data.phone,
            note: data.note,
            answers: bookingAnswers(questions, data),
            locale: ctx.state.locale,
          },
          { type: "contact", id: ctx.state.contactSession?.user.id },
          now(),
        );
      },
      invalid: async (form, status) =>
        ctx.render({
          step: "details",
          ...await detailsPage(ctx, form.values ?? {}),
          form,
        }, { status }),
      refused: (error, _, values) =>
        error instanceof SlotTakenError && page
          ? ctx.render({
            step: "conflict",
            ...page,
            values,
            alternatives: error.alternatives.map((slot) =>
              new Date(slot.start).toISOString()
            ),
          }, { status: 409 })
          : undefined,
      done: (booking, data) => {
        const zone = displayZone(data.tz, ctx.state.booking.settings.timeZone);
        const embed = embedQuery(ctx.state);
        return {
          to: booking
            ? `/booking/manage/${booking.manageToken}?new=1${
              zone.visitor ? `&tz=${encodeURIComponent(zone.visitor)}` : ""
            }${embed && `&${embed}`}`
            : `/booking${embed && `?${embed}`}`,
        };
      },
    });
  },
};

/** The heading each step after the first opens with, focused on arrival. */
const STEP_HEADING = "booking-step-heading";

const STEP_TITLES = {
  service: "booking.step.service",
  staff: "booking.step.staff",
  time: "booking.step.time",
  details: "booking.step.details",
  conflict: "booking.conflict.title",
} as const;

export default function BookingPage(
  { state, data, url }: PageProps<Data, BookingState>,
) {
  const businessZone = state.booking.settings.timeZone;
  const zone = displayZone(
    url.searchParams.get("tz") ?? ("input" in data ? data.input.tz : undefined),
    businessZone,
  );
  const ctx: StepContext = {
    t: state.t,
    locale: state.locale,
    timeZone: zone.zone,
    businessZone,
    keep: (zone.visitor ? `&tz=${encodeURIComponent(zone.visitor)}` : "") +
      (state.embed ? `&${embedQuery(state)}` : ""),
    embed: embedQuery(state),
  };
  const { t } = state;
  const heading = t(STEP_TITLES[data.step]);
  return (
    <div class="booking">
      <Head>
        <title>{`${heading} · ${t("booking.title")}`}</title>
      </Head>
      <header class="booking-header">
        <h1>{t("booking.title")}</h1>
        {data.step === "service" && <p class="lead">{t("booking.intro")}</p>}
      </header>
      {zone.unknown && (
        <div class="alert alert-warning" role="alert">
          {t("booking.zoneUnknown", {
            zone: zoneInWords(state.locale, businessZone),
          })}
        </div>
      )}
      {data.step === "service"
        ? <ServiceList services={data.services} ctx={ctx} />
        : (
          <div class="booking-layout">
            <BookingSummary
              service={data.service}
              staffName={"staffName" in data ? data.staffName : undefined}
              staff={"input" in data
                ? data.input.staff
                : data.step === "time"
                ? data.staff
                : undefined}
              start={"input" in data && data.step === "details"
                ? new Date(data.input.start)
                : undefined}
              ctx={ctx}
            />
            <section class="booking-step">
              <h2 id={STEP_HEADING} tabIndex={-1}>{heading}</h2>
              <StepFocus target={STEP_HEADING} />
              {data.step === "staff" && (
                <StaffChoice
                  service={data.service}
                  staff={data.staff}
                  ctx={ctx}
                />
              )}
              {data.step === "time" && (
                <TimeStep
                  picker={data.picker}
                  service={data.service.id}
                  staff={data.staff}
                  ctx={ctx}
                />
              )}
              {data.step === "details" && (
                <DetailsForm
                  input={data.input}
                  questions={data.questions}
                  form={data.form}
                  csrf={state.csrf}
                  autoConfirm={state.booking.settings.autoConfirm}
                  ctx={ctx}
                />
              )}
              {data.step === "conflict" && (
                <ConflictChoices
                  input={data.input}
                  alternatives={data.alternatives}
                  values={data.values}
                  csrf={state.csrf}
                  ctx={ctx}
                />
              )}
            </section>
          </div>
        )}
    </div>
  );
}
