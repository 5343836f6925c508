import { zoneInWords } from "@/lib/booking/time_zones.ts";
import type { BookingChoices } from "@/lib/booking/admin.ts";
import type { ServiceQuestion } from "@/lib/db/schema.ts";
import { QuestionFields } from "./QuestionFields.tsx";
import type { FormState } from "@/lib/http/forms.ts";
import { CsrfField, Field, FormError } from "../Field.tsx";
import { type AdminView, localized } from "./labels.ts";

/**
 * Staff enter a booking for a client: what, who, when (wall clock in the
 * business time zone), the client's details and the answers to the chosen
 * service's questions (`asked`; the form names that service, so a form
 * sent for another one is asked again).
 */
export function StaffBookingForm(
  { choices, form, asked, csrf, view }: {
    choices: BookingChoices;
    form: FormState;
    asked?: { serviceId: string; questions: ServiceQuestion[] };
    csrf: string;
    view: AdminView;
  },
) {
  const { t, locale, timeZone } = view;
  const services = choices.services.filter((service) => service.active);
  const staff = choices.staff.filter((member) => member.active);
  return (
    <form method="post" class="form form-wide" novalidate>
      <CsrfField token={csrf} />
      {asked && <input type="hidden" name="asked" value={asked.serviceId} />}
      <FormError t={t} errors={form.errors} />
      <fieldset>
        <legend>{t("bookingAdmin.new.appointment")}</legend>
        <Field
          t={t}
          name="service"
          label="booking.field.service"
          required
          options={{
            "": t("bookingAdmin.form.choose"),
            ...Object.fromEntries(
              services.map((
                s,
              ) => [s.id, localized(locale, s.nameEn, s.nameDe)]),
            ),
          }}
          {...form}
        />
        <Field
          t={t}
          name="staff"
          label="bookingAdmin.field.staff"
          required
          options={{
            "": t("bookingAdmin.form.choose"),
            ...Object.fromEntries(staff.map((s) => [s.id, s.name])),
          }}
          {...form}
        />
        <div class="field-row">
          <Field
            t={t}
            name="date"
            label="bookingAdmin.field.date"
            type="date"
            required
            {...form}
          />
          <Field
            t={t}
            name="time"
            label="bookingAdmin.field.time"
            type="time"
            required
            hint={t("booking.timeZone", {
              zone: zoneInWords(locale, timeZone),
            })}
            {...form}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("bookingAdmin.field.client")}</legend>
        <Field t={t} name="name" label="booking.name" required {...form} />
        <Field
          t={t}
          name="email"
          label="booking.email"
          type="email"
          required
          {...form}
        />
        <Field
          t={t}
          name="phone"
          label="bookingAdmin.field.phone"
          type="tel"
          {...form}
        />
        <Field
          t={t}
          name="locale"
          label="bookingAdmin.field.language"
          hint={t("bookingAdmin.new.languageHint")}
          options={{
            en: t("bookingAdmin.language.en"),
            de: t("bookingAdmin.language.de"),
          }}
          {...form}
        />
        <Field
          t={t}
          name="note"
          label="bookingAdmin.field.note"
          multiline
          {...form}
        />
      </fieldset>
      {asked && asked.questions.length > 0 && (
        <fieldset>
          <legend>{t("bookingAdmin.question.title")}</legend>
          <QuestionFields questions={asked.questions} form={form} t={t} />
        </fieldset>
      )}
      <p class="muted small">{t("bookingAdmin.new.confirmedHint")}</p>
      <div class="form-buttons">
        <button type="submit">{t("bookingAdmin.new.submit")}</button>
        <a class="button button-secondary" href="/admin/booking">
          {t("form.cancel")}
        </a>
      </div>
    </form>
  );
}
