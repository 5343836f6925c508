import { zoneInWords } from "@/lib/booking/time_zones.ts";
/** The staff schedule editor: weekly working hours and time off. */
import type { TimeOffEntry } from "@/lib/booking/admin_schedule.ts";
import { weekdayField } from "@/lib/booking/admin_schedule.ts";
import { hoursFieldNames, hoursRowCount } from "./form_fields.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { CsrfField, errorText, Field, FormError } from "../Field.tsx";
import { PostButton } from "../PostButton.tsx";
import { type AdminView, formatPeriod, weekdayName } from "./labels.ts";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** One weekday: its ranges as pairs of time inputs, the error beside them. */
function WeekdayRanges(
  { weekday, form, view }: {
    weekday: number;
    form: FormState;
    view: AdminView;
  },
) {
  const { t } = view;
  const values = form.values ?? {};
  const errors = form.errors ?? {};
  const field = weekdayField(weekday);
  const error = errors[field];
  const firstInvalid = error !== undefined && Object.keys(errors)[0] === field;
  const name = weekdayName(t, weekday);
  const rows = Array.from(
    { length: hoursRowCount(values, weekday) },
    (_, row) => hoursFieldNames(weekday, row),
  );
  return (
    <fieldset
      class="hours-day"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${field}-error` : undefined}
    >
      <legend>{name}</legend>
      <div class="hours-ranges">
        {rows.map((names, row) => (
          <span class="hours-range">
            <input
              type="time"
              name={names.start}
              value={values[names.start]}
              aria-label={t("bookingAdmin.hours.from", { day: name })}
              autofocus={firstInvalid && row === 0}
            />
            <span aria-hidden="true">–</span>
            <input
              type="time"
              name={names.end}
              value={values[names.end]}
              aria-label={t("bookingAdmin.hours.until", { day: name })}
            />
          </span>
        ))}
      </div>
      {error && (
        <span class="field-error" id={`${field}-error`}>
          {errorText(t, error)}
        </span>
      )}
    </fieldset>
  );
}

/** Monday to Sunday; saving replaces all of the member's ranges at once. */
export function WeeklyHoursForm(
  { form, csrf, view }: { form: FormState; csrf: string; view: AdminView },
) {
  const { t } = view;
  return (
    <form method="post" class="hours-form" novalidate>
      <CsrfField token={csrf} />
      <input type="hidden" name="intent" value="hours" />
      <FormError t={t} errors={form.errors} />
      <p class="muted">
        {t("bookingAdmin.hours.intro", { zone: view.timeZone })}
      </p>
      {WEEKDAYS.map((weekday) => (
        <WeekdayRanges weekday={weekday} form={form} view={view} />
      ))}
      <div class="form-buttons">
        <button type="submit">{t("bookingAdmin.hours.save")}</button>
      </div>
    </form>
  );
}

/** Coming time off, each with a delete button, and the form to add more. */
export function TimeOffSection(
  { entries, form, csrf, view }: {
    entries: TimeOffEntry[];
    form: FormState;
    csrf: string;
    view: AdminView;
  },
) {
  const { t, locale, timeZone } = view;
  return (
    <>
      {entries.length
        ? (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("bookingAdmin.timeOff.period")}</th>
                  <th scope="col">{t("booking.field.reason")}</th>
                  <th scope="col">
                    <span class="visually-hidden">
                      {t("bookingAdmin.timeOff.delete")}
                    </span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr>
                    <td>
                      {formatPeriod(
                        locale,
                        entry.startsAt,
                        entry.endsAt,
                        timeZone,
                      )}
                    </td>
                    <td>{entry.reason ?? ""}</td>
                    <td>
                      <PostButton
                        csrf={csrf}
                        label={t("bookingAdmin.timeOff.delete")}
                        fields={{ intent: "deleteTimeOff", id: entry.id }}
                        variant="secondary"
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
        : <p class="muted">{t("bookingAdmin.timeOff.none")}</p>}
      <form method="post" class="form form-wide card-section" novalidate>
        <h3>{t("bookingAdmin.timeOff.add")}</h3>
        <CsrfField token={csrf} />
        <input type="hidden" name="intent" value="addTimeOff" />
        <FormError t={t} errors={form.errors} />
        <div class="field-row">
          <Field
            t={t}
            name="start"
            label="bookingAdmin.timeOff.start"
            type="datetime-local"
            required
            hint={t("booking.timeZone", {
              zone: zoneInWords(locale, timeZone),
            })}
            {...form}
          />
          <Field
            t={t}
            name="end"
            label="bookingAdmin.timeOff.end"
            type="datetime-local"
            required
            {...form}
          />
        </div>
        <Field
          t={t}
          name="reason"
          label="bookingAdmin.timeOff.reason"
          {...form}
        />
        <div>
          <button type="submit">{t("bookingAdmin.timeOff.addButton")}</button>
        </div>
      </form>
    </>
  );
}
