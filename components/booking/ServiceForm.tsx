import type { StaffChoice } from "@/lib/booking/admin.ts";
import { BOOKING_WINDOW_FIELDS, performerField } from "./form_fields.ts";
import { NumberFieldRow } from "../NumberFieldRow.tsx";
import type { FormState } from "@/lib/http/forms.ts";
import type { Translate } from "@/lib/i18n/mod.ts";
import { CsrfField, errorText, Field, FormError } from "../Field.tsx";
import { CheckboxField } from "../CheckboxField.tsx";

/** Who performs the service: one checkbox per staff member. */
function PerformerChoice(
  { staff, form, t }: { staff: StaffChoice[]; form: FormState; t: Translate },
) {
  const values = form.values ?? {};
  const error = form.errors?.staff;
  return (
    <fieldset aria-describedby="field-staff-hint">
      <legend>{t("bookingAdmin.service.staff")}</legend>
      <span class="hint" id="field-staff-hint">
        {t("bookingAdmin.service.staffHint")}
      </span>
      {staff.length === 0 && (
        <p class="muted">{t("bookingAdmin.service.noStaff")}</p>
      )}
      <div class="checkbox-list">
        {staff.map((member) => (
          <label>
            <input
              type="checkbox"
              name={performerField(member.id)}
              checked={values[performerField(member.id)] === "on"}
            />
            {member.name}
            {!member.active && (
              <span class="muted small">
                {` (${t("bookingAdmin.staff.inactive")})`}
              </span>
            )}
          </label>
        ))}
      </div>
      {error && <span class="field-error">{errorText(t, error)}</span>}
    </fieldset>
  );
}

/** Creating or editing a service, in both languages. */
export function ServiceForm(
  { staff, form, csrf, submitLabel, t }: {
    staff: StaffChoice[];
    form: FormState;
    csrf: string;
    submitLabel: string;
    t: Translate;
  },
) {
  return (
    <form method="post" class="form form-wide" novalidate>
      <CsrfField token={csrf} />
      <input type="hidden" name="intent" value="save" />
      <FormError t={t} errors={form.errors} />
      <fieldset>
        <legend>{t("bookingAdmin.service.texts")}</legend>
        <div class="field-row">
          <Field
            t={t}
            name="nameEn"
            label="bookingAdmin.service.nameEn"
            required
            {...form}
          />
          <Field
            t={t}
            name="nameDe"
            label="bookingAdmin.service.nameDe"
            required
            {...form}
          />
        </div>
        <div class="field-row">
          <Field
            t={t}
            name="descriptionEn"
            label="bookingAdmin.service.descriptionEn"
            multiline
            {...form}
          />
          <Field
            t={t}
            name="descriptionDe"
            label="bookingAdmin.service.descriptionDe"
            multiline
            {...form}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("bookingAdmin.service.timeAndPrice")}</legend>
        <NumberFieldRow
          t={t}
          form={form}
          fields={[
            [
              "durationMinutes",
              "bookingAdmin.service.duration",
              "bookingAdmin.service.durationHint",
              true,
            ],
            [
              "bufferBeforeMinutes",
              "bookingAdmin.service.bufferBefore",
              "bookingAdmin.service.bufferBeforeHint",
            ],
            [
              "bufferMinutes",
              "bookingAdmin.service.buffer",
              "bookingAdmin.service.bufferHint",
            ],
          ]}
        />
        <div class="field-row">
          <Field
            t={t}
            name="price"
            label="bookingAdmin.service.price"
            required
            hint={t("bookingAdmin.service.priceHint")}
            inputProps={{ inputMode: "decimal" }}
            {...form}
          />
          <Field
            t={t}
            name="currency"
            label="bookingAdmin.service.currency"
            required
            hint={t("bookingAdmin.service.currencyHint")}
            {...form}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("bookingAdmin.service.rules")}</legend>
        <p class="hint">{t("bookingAdmin.service.rulesHint")}</p>
        <NumberFieldRow
          t={t}
          form={form}
          fields={[
            ...BOOKING_WINDOW_FIELDS,
            [
              "maxPerDay",
              "bookingAdmin.service.maxPerDay",
              "bookingAdmin.service.maxPerDayHint",
            ],
          ]}
        />
      </fieldset>
      <fieldset>
        <legend>{t("bookingAdmin.service.place")}</legend>
        <div class="field-row">
          <Field
            t={t}
            name="locationKind"
            label="bookingAdmin.service.locationKind"
            options={{
              none: t("bookingAdmin.service.location.none"),
              address: t("bookingAdmin.service.location.address"),
              phone: t("bookingAdmin.service.location.phone"),
              video: t("bookingAdmin.service.location.video"),
            }}
            {...form}
          />
          <Field
            t={t}
            name="location"
            label="bookingAdmin.service.location"
            hint={t("bookingAdmin.service.locationHint")}
            {...form}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("bookingAdmin.service.display")}</legend>
        <Field
          t={t}
          name="position"
          label="bookingAdmin.service.position"
          type="number"
          required
          hint={t("bookingAdmin.service.positionHint")}
          {...form}
        />
        <CheckboxField
          t={t}
          name="active"
          label="bookingAdmin.service.active"
          hint={t("bookingAdmin.service.activeHint")}
          {...form}
        />
      </fieldset>
      <PerformerChoice staff={staff} form={form} t={t} />
      <div class="form-buttons">
        <button type="submit">{submitLabel}</button>
        <a class="button button-secondary" href="/admin/booking/services">
          {t("form.cancel")}
        </a>
      </div>
    </form>
  );
}
