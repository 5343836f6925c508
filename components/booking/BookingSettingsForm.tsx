import { linkFieldNames, linkRowCount } from "./form_fields.ts";
import type { FormState } from "@/lib/http/forms.ts";
import type { Translate } from "@/lib/i18n/mod.ts";
import { CsrfField, errorText, Field, FormError } from "../Field.tsx";
import { CheckboxField } from "../CheckboxField.tsx";
import { NumberFieldRow } from "../NumberFieldRow.tsx";
import { BOOKING_WINDOW_FIELDS } from "./form_fields.ts";

/** Label + URL rows of the header or footer links, spare rows included. */
function LinkRows(
  { list, form, t }: {
    list: "header" | "footer";
    form: FormState;
    t: Translate;
  },
) {
  const values = form.values ?? {};
  const errors = form.errors ?? {};
  const stored =
    Array.from({ length: 10 }, (_, row) => linkFieldNames(list, row))
      .filter((names) => values[names.label] || values[names.url]).length;
  const rows = Array.from(
    { length: linkRowCount(stored) },
    (_, row) => linkFieldNames(list, row),
  );
  return (
    <fieldset>
      <legend>
        {t(
          list === "header"
            ? "bookingAdmin.settings.headerLinks"
            : "bookingAdmin.settings.footerLinks",
        )}
      </legend>
      <span class="hint">{t("bookingAdmin.settings.linksHint")}</span>
      {rows.map((names, row) => {
        const error = errors[names.error];
        const firstInvalid = error !== undefined &&
          Object.keys(errors)[0] === names.error;
        return (
          <div class="link-row">
            <input
              type="text"
              name={names.label}
              value={values[names.label]}
              maxLength={60}
              aria-label={t("bookingAdmin.settings.linkLabel", {
                row: row + 1,
              })}
              placeholder={t("bookingAdmin.settings.linkLabelPlaceholder")}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${names.error}-error` : undefined}
              autofocus={firstInvalid}
            />
            {/* Text, not url: site-relative paths like /imprint are allowed. */}
            <input
              type="text"
              name={names.url}
              value={values[names.url]}
              maxLength={500}
              aria-label={t("bookingAdmin.settings.linkUrl", { row: row + 1 })}
              placeholder="https://…"
              aria-invalid={error ? true : undefined}
            />
            {error && (
              <span class="field-error" id={`${names.error}-error`}>
                {errorText(t, error)}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/** The booking settings: zone, offer rules, confirmation, cancellation, links. */
export function BookingSettingsForm(
  { form, timeZones, holidayRegions, csrf, t }: {
    form: FormState;
    timeZones: string[];
    /** Countries and German states whose public holidays can close the business. */
    holidayRegions: { value: string; label: string }[];
    csrf: string;
    t: Translate;
  },
) {
  return (
    <form method="post" class="form form-wide" novalidate>
      <CsrfField token={csrf} />
      <FormError t={t} errors={form.errors} />
      <fieldset>
        <legend>{t("bookingAdmin.settings.offer")}</legend>
        <Field
          t={t}
          name="timeZone"
          label="bookingAdmin.settings.timeZone"
          hint={t("bookingAdmin.settings.timeZoneHint")}
          options={Object.fromEntries(timeZones.map((zone) => [zone, zone]))}
          {...form}
        />
        <NumberFieldRow
          t={t}
          form={form}
          fields={[
            [
              "slotStepMinutes",
              "bookingAdmin.settings.slotStep",
              "bookingAdmin.settings.slotStepHint",
            ],
            ...BOOKING_WINDOW_FIELDS,
          ]}
        />
        <NumberFieldRow
          t={t}
          form={form}
          fields={[
            [
              "bufferBeforeMinutes",
              "bookingAdmin.settings.bufferBefore",
              "bookingAdmin.settings.bufferBeforeHint",
            ],
            [
              "bufferAfterMinutes",
              "bookingAdmin.settings.bufferAfter",
              "bookingAdmin.settings.bufferAfterHint",
            ],
          ]}
        />
      </fieldset>
      <fieldset>
        <legend>{t("bookingAdmin.settings.workflow")}</legend>
        <CheckboxField
          t={t}
          name="autoConfirm"
          label="bookingAdmin.settings.autoConfirm"
          hint={t("bookingAdmin.settings.autoConfirmHint")}
          {...form}
        />
        <Field
          t={t}
          name="cancelCutoffHours"
          label="bookingAdmin.settings.cancelCutoff"
          type="number"
          hint={t("bookingAdmin.settings.cancelCutoffHint")}
          {...form}
        />
      </fieldset>
      <fieldset>
        <legend>{t("bookingAdmin.settings.closed")}</legend>
        <Field
          t={t}
          name="closedDays"
          label="bookingAdmin.settings.closedDays"
          multiline
          hint={t("bookingAdmin.settings.closedDaysHint")}
          {...form}
        />
        <Field
          t={t}
          name="holidayRegion"
          label="bookingAdmin.settings.holidayRegion"
          options={{
            "": t("bookingAdmin.settings.holidayNone"),
            ...Object.fromEntries(
              holidayRegions.map((region) => [region.value, region.label]),
            ),
          }}
          hint={t("bookingAdmin.settings.holidayRegionHint")}
          {...form}
        />
      </fieldset>
      <fieldset>
        <legend>{t("bookingAdmin.settings.notify")}</legend>
        <Field
          t={t}
          name="notifyEmail"
          label="bookingAdmin.settings.notifyEmail"
          type="email"
          hint={t("bookingAdmin.settings.notifyEmailHint")}
          {...form}
        />
        <Field
          t={t}
          name="notifyLocale"
          label="bookingAdmin.settings.notifyLocale"
          options={{
            en: t("bookingAdmin.language.en"),
            de: t("bookingAdmin.language.de"),
          }}
          {...form}
        />
      </fieldset>
      <LinkRows list="header" form={form} t={t} />
      <LinkRows list="footer" form={form} t={t} />
      <div class="form-buttons">
        <button type="submit">{t("form.save")}</button>
      </div>
    </form>
  );
}
