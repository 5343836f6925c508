/**
 * The public booking steps. Every step is a server-rendered page of plain
 * links and forms; the time step embeds the SlotPicker island.
 */
import type { Service, ServiceQuestion } from "@/lib/db/schema.ts";
import { isAnswerField } from "@/lib/booking/questions.ts";
import { QuestionFields } from "./QuestionFields.tsx";
import {
  formatDateTime,
  formatMoney,
  type Locale,
  type Translate,
} from "@/lib/i18n/mod.ts";
import type { FormState } from "@/lib/http/forms.ts";
import SlotPicker, { type SlotPickerProps } from "@/islands/SlotPicker.tsx";
import { businessTimeZones, dateIn } from "@/lib/wall_clock.ts";
import { zoneInWords } from "@/lib/booking/time_zones.ts";
import VisitorTimeZone from "@/islands/VisitorTimeZone.tsx";
import { CsrfField, Field, FormError } from "../Field.tsx";

export interface StepContext {
  t: Translate;
  locale: Locale;
  /** The zone times are shown in (the visitor's, else the business zone). */
  timeZone: string;
  businessZone?: string;
  /** Query every link of the steps keeps (`&tz=…`), or "". */
  keep?: string;
  /** The widget's query (`embed=1&accent=…`) its forms keep, or "". */
  embed?: string;
}

/** Where the steps' forms post: `/booking`, in the widget if shown in it. */
function bookingAction(ctx: StepContext): string {
  return ctx.embed ? `/booking?${ctx.embed}` : "/booking";
}

/** The widget's query as hidden fields, for a GET form (which drops the action's query). */
function EmbedFields({ ctx }: { ctx: StepContext }) {
  return (
    <>
      {[...new URLSearchParams(ctx.embed ?? "")].map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/** `/booking` with `query` and what every step keeps. */
function bookingHref(ctx: StepContext, query: string): string {
  const all = `${query}${ctx.keep ?? ""}`.replace(/^&/, "");
  return all ? `/booking?${all}` : "/booking";
}

function serviceName(service: Service, locale: Locale): string {
  return locale === "de" ? service.name_de : service.name_en;
}

function serviceDescription(service: Service, locale: Locale): string {
  return locale === "de" ? service.description_de : service.description_en;
}

function Price({ service, ctx }: { service: Service; ctx: StepContext }) {
  return (
    <span>
      {service.price_cents === 0
        ? ctx.t("booking.free")
        : formatMoney(ctx.locale, service.price_cents, service.currency)}
    </span>
  );
}

/** Step 1: the active services. */
export function ServiceList(
  { services, ctx }: { services: Service[]; ctx: StepContext },
) {
  if (!services.length) {
    return <p class="empty-state">{ctx.t("booking.noServices")}</p>;
  }
  return (
    <ul class="choice-list">
      {services.map((service) => (
        <li>
          <a
            class="card card-link choice"
            href={bookingHref(ctx, `service=${service.id}`)}
          >
            <span class="choice-title">{serviceName(service, ctx.locale)}</span>
            <span class="choice-meta">
              {ctx.t("booking.minutes", { minutes: service.duration_minutes })}
              {" "}
              · <Price service={service} ctx={ctx} />
            </span>
            {serviceDescription(service, ctx.locale) && (
              <span class="choice-text">
                {serviceDescription(service, ctx.locale)}
              </span>
            )}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The summary beside every later step: what, with whom, when. Each choice
 * has its own "Change", which goes back to that step and keeps the
 * choices before it.
 */
export function BookingSummary(
  { service, staffName, staff, start, ctx }: {
    service: Service;
    staffName?: string;
    /** The staff choice made so far: an id or "any". */
    staff?: string;
    start?: Date;
    ctx: StepContext;
  },
) {
  const { t } = ctx;
  const change = (href: string) => (
    <a class="summary-change" href={href}>{t("booking.change")}</a>
  );
  const hasStart = start && !Number.isNaN(start.getTime());
  const day = hasStart ? dateIn(start, ctx.timeZone).toString() : undefined;
  return (
    <aside class="booking-summary card">
      <h2>{serviceName(service, ctx.locale)}</h2>
      <p class="choice-meta">
        {t("booking.minutes", { minutes: service.duration_minutes })} ·{" "}
        <Price service={service} ctx={ctx} />
      </p>
      {serviceDescription(service, ctx.locale) && (
        <p class="muted">{serviceDescription(service, ctx.locale)}</p>
      )}
      <p>{change(bookingHref(ctx, ""))}</p>
      <dl class="details">
        {staff && (
          <>
            <dt>{t("booking.field.staff")}</dt>
            <dd>
              {staffName ?? t("booking.anyStaff")}{" "}
              {change(bookingHref(ctx, `service=${service.id}`))}
            </dd>
          </>
        )}
        {staff && hasStart && day && (
          <>
            <dt>{t("booking.field.when")}</dt>
            <dd>
              {formatDateTime(ctx.locale, start, ctx.timeZone)} {change(
                `/booking?service=${service.id}&staff=${staff}&month=${
                  day.slice(0, 7)
                }&date=${day}`,
              )}
            </dd>
          </>
        )}
      </dl>
      <p class="muted small">
        {t("booking.timeZone", { zone: zoneInWords(ctx.locale, ctx.timeZone) })}
        {ctx.businessZone && ctx.businessZone !== ctx.timeZone && (
          <>
            {" "}
            {t("booking.timeZoneBusiness", {
              zone: zoneInWords(ctx.locale, ctx.businessZone),
            })}
          </>
        )}
      </p>
    </aside>
  );
}

/** Step 2: a staff member, or whoever is free. */
export function StaffChoice(
  { service, staff, ctx }: {
    service: Service;
    staff: { id: string; name: string }[];
    ctx: StepContext;
  },
) {
  const link = (id: string) =>
    bookingHref(ctx, `service=${service.id}&staff=${id}`);
  return (
    <ul class="choice-list">
      <li>
        <a class="card card-link choice" href={link("any")}>
          <span class="choice-title">{ctx.t("booking.anyStaff")}</span>
          <span class="choice-text">{ctx.t("booking.anyStaffText")}</span>
        </a>
      </li>
      {staff.map((member) => (
        <li>
          <a class="card card-link choice" href={link(member.id)}>
            <span class="choice-title">{member.name}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * Step 3: the month calendar and times (an island with a no-JS fallback),
 * in the visitor's zone once the VisitorTimeZone island has found it, or
 * in the one chosen below without JavaScript.
 */
export function TimeStep(
  { picker, service, staff, ctx }: {
    picker: SlotPickerProps;
    service: string;
    staff: string;
    ctx: StepContext;
  },
) {
  const { t } = ctx;
  const business = ctx.businessZone ?? ctx.timeZone;
  const zones = businessTimeZones();
  return (
    <>
      <VisitorTimeZone businessZone={business} />
      <SlotPicker {...picker} />
      <form method="get" action="/booking" class="zone-choice">
        <EmbedFields ctx={ctx} />
        <input type="hidden" name="service" value={service} />
        <input type="hidden" name="staff" value={staff} />
        <input type="hidden" name="month" value={picker.month} />
        <label for="field-tz">{t("booking.zoneChoice")}</label>
        <select id="field-tz" name="tz">
          {[business, ...zones.filter((zone) => zone !== business)].map(
            (zone) => (
              <option value={zone} selected={zone === ctx.timeZone}>
                {zone === business
                  ? `${zoneInWords(ctx.locale, zone)} (${zone})`
                  : zone}
              </option>
            ),
          )}
        </select>
        <button type="submit" class="button-secondary">
          {t("booking.zoneShow")}
        </button>
      </form>
    </>
  );
}

export interface DetailsInput {
  service: string;
  staff: string;
  start: string;
  /** The visitor's zone, kept for the pages after this one. */
  tz?: string;
}

function HiddenBookingFields({ input }: { input: DetailsInput }) {
  return (
    <>
      <input type="hidden" name="service" value={input.service} />
      <input type="hidden" name="staff" value={input.staff} />
      {input.tz && <input type="hidden" name="tz" value={input.tz} />}
    </>
  );
}

/** Step 4: who is booking; posts to /booking. */
export function DetailsForm(
  { input, questions, form, csrf, autoConfirm, ctx }: {
    input: DetailsInput;
    questions: ServiceQuestion[];
    form: FormState;
    csrf: string;
    autoConfirm: boolean;
    ctx: StepContext;
  },
) {
  const { t } = ctx;
  const errors = form.errors ?? {};
  return (
    <form method="post" action={bookingAction(ctx)} class="form" novalidate>
      <CsrfField token={csrf} />
      <HiddenBookingFields input={input} />
      <input type="hidden" name="start" value={input.start} />
      <FormError
        t={t}
        errors={errors.start ? { _form: errors.start } : errors}
      />
      <Field
        t={t}
        name="name"
        label="booking.name"
        autocomplete="name"
        required
        {...form}
      />
      <Field
        t={t}
        name="email"
        label="booking.email"
        type="email"
        autocomplete="email"
        required
        {...form}
      />
      <Field
        t={t}
        name="phone"
        label="booking.phone"
        type="tel"
        autocomplete="tel"
        {...form}
      />
      <Field t={t} name="note" label="booking.note" multiline {...form} />
      <QuestionFields questions={questions} form={form} t={t} />
      {/* A field people never see: bots fill it in, and their request is dropped. */}
      <div class="honeypot" aria-hidden="true">
        <label for="field-website">Website</label>
        <input
          id="field-website"
          type="text"
          name="website"
          tabIndex={-1}
          autocomplete="off"
        />
      </div>
      <button type="submit">
        {t(autoConfirm ? "booking.submitConfirm" : "booking.submit")}
      </button>
    </form>
  );
}

/** The details a "pick another time" button sends again, besides the answers. */
const KEPT_DETAILS = ["name", "email", "phone", "note"];

/** The 409 answer: the nearest free times, each one click to book with the same details. */
export function ConflictChoices(
  { input, alternatives, values, csrf, ctx }: {
    input: DetailsInput;
    alternatives: string[];
    values: Record<string, string>;
    csrf: string;
    ctx: StepContext;
  },
) {
  const { t } = ctx;
  return (
    <div class="conflict">
      <div class="alert alert-warning" role="alert">
        <strong>{t("booking.conflict.title")}</strong>
        <p>
          {t(
            alternatives.length
              ? "booking.conflict.text"
              : "booking.conflict.none",
          )}
        </p>
      </div>
      <ul class="time-list">
        {alternatives.map((start) => (
          <li>
            <form method="post" action={bookingAction(ctx)}>
              <CsrfField token={csrf} />
              <HiddenBookingFields input={input} />
              <input type="hidden" name="start" value={start} />
              {Object.keys(values).filter((name) =>
                KEPT_DETAILS.includes(name) || isAnswerField(name)
              ).map((name) =>
                values[name]
                  ? (
                    <input
                      key={name}
                      type="hidden"
                      name={name}
                      value={values[name]}
                    />
                  )
                  : null
              )}
              <button type="submit" class="time">
                {formatDateTime(ctx.locale, new Date(start), ctx.timeZone)}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <p>
        <a
          href={bookingHref(
            ctx,
            `service=${input.service}&staff=${input.staff}`,
          )}
        >
          {t("booking.step.time")}
        </a>
      </p>
    </div>
  );
}
