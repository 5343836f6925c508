/** A staff member's hours on particular dates: the list and the form. */
import type { DateHours } from "@/lib/booking/date_hours.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { formatDate, type Locale, type Translate } from "@/lib/i18n/mod.ts";
import { formatClock } from "@/lib/wall_clock.ts";
import { CsrfField, Field, FormError } from "../Field.tsx";
import { PostButton } from "../PostButton.tsx";

export function DateHoursSection(
  { entries, form, csrf, t, locale }: {
    entries: DateHours[];
    form: FormState;
    csrf: string;
    t: Translate;
    locale: Locale;
  },
) {
  return (
    <>
      <p class="muted">{t("bookingAdmin.dateHours.intro")}</p>
      {entries.length > 0 && (
        <table class="table">
          <tbody>
            {entries.map((entry) => (
              <tr>
                <td>
                  {formatDate(
                    locale,
                    new Date(`${entry.date}T12:00:00Z`),
                    "UTC",
                  )}
                </td>
                <td>
                  {entry.ranges.length
                    ? entry.ranges.map((r) =>
                      `${formatClock(r.startMinute)}–${
                        formatClock(r.endMinute)
                      }`
                    ).join(", ")
                    : t("bookingAdmin.dateHours.off")}
                </td>
                <td>
                  <PostButton
                    csrf={csrf}
                    label={t("bookingAdmin.dateHours.clear")}
                    fields={{ intent: "clearDateHours", date: entry.date }}
                    variant="secondary"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="post" class="form" novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="intent" value="setDateHours" />
        <FormError t={t} errors={form.errors} />
        <div class="field-row">
          <Field
            t={t}
            name="date"
            label="bookingAdmin.dateHours.date"
            type="date"
            required
            {...form}
          />
          <Field
            t={t}
            name="dateRanges"
            label="bookingAdmin.dateHours.ranges"
            hint={t("bookingAdmin.dateHours.rangesHint")}
            {...form}
          />
        </div>
        <button type="submit">{t("bookingAdmin.dateHours.save")}</button>
      </form>
    </>
  );
}
