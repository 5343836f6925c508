/**
 * Moving a booking, for the client (manage link) and for staff (admin):
 * pick a free time, confirm the move, or — when someone was quicker —
 * choose one of the nearest free times, one click each.
 */
import type { FormState } from "@/lib/http/forms.ts";
import { formatDateTime } from "@/lib/i18n/mod.ts";
import type { SlotPickerProps } from "@/islands/SlotPicker.tsx";
import SlotPicker from "@/islands/SlotPicker.tsx";
import { CsrfField, FormError } from "../Field.tsx";
import type { StepContext } from "./BookingSteps.tsx";

/** Which part of the move a page shows. */
export type RescheduleStep =
  | { step: "pick"; picker: SlotPickerProps }
  | { step: "confirm"; start: string; form: FormState }
  | { step: "conflict"; alternatives: string[] };

function MoveForm(
  { action, start, csrf, label, className }: {
    action: string;
    start: string;
    csrf: string;
    label: string;
    className?: string;
  },
) {
  return (
    <form method="post" action={action}>
      <CsrfField token={csrf} />
      <input type="hidden" name="start" value={start} />
      <button type="submit" class={className}>{label}</button>
    </form>
  );
}

/** The step's content; `action` is where the move is posted, `pickUrl` the picker. */
export function Reschedule(
  { data, previousStart, action, pickUrl, csrf, ctx }: {
    data: RescheduleStep;
    previousStart: Date;
    action: string;
    pickUrl: string;
    csrf: string;
    ctx: StepContext;
  },
) {
  const { t, locale, timeZone } = ctx;
  const when = (iso: string) => formatDateTime(locale, new Date(iso), timeZone);
  return (
    <div class="reschedule">
      <p class="muted">
        {t("booking.reschedule.current", {
          when: formatDateTime(locale, previousStart, timeZone),
        })}
      </p>
      {data.step === "pick" && <SlotPicker {...data.picker} />}
      {data.step === "confirm" && (
        <div class="form">
          <FormError
            t={t}
            errors={data.form.errors?.start
              ? { _form: data.form.errors.start }
              : data.form.errors ?? {}}
          />
          {!data.form.errors && (
            <p>
              {t("booking.reschedule.confirmText", { when: when(data.start) })}
            </p>
          )}
          <div class="form-actions">
            {!data.form.errors && (
              <MoveForm
                action={action}
                start={data.start}
                csrf={csrf}
                label={t("booking.reschedule.submit")}
              />
            )}
            <a href={pickUrl}>{t("booking.reschedule.pickOther")}</a>
          </div>
        </div>
      )}
      {data.step === "conflict" && (
        <div class="conflict">
          <div class="alert alert-warning" role="alert">
            <strong>{t("booking.conflict.title")}</strong>
            <p>
              {t(
                data.alternatives.length
                  ? "booking.reschedule.conflictText"
                  : "booking.conflict.none",
              )}
            </p>
          </div>
          <ul class="time-list">
            {data.alternatives.map((start) => (
              <li>
                <MoveForm
                  action={action}
                  start={start}
                  csrf={csrf}
                  label={when(start)}
                  className="time"
                />
              </li>
            ))}
          </ul>
          <p>
            <a href={pickUrl}>{t("booking.reschedule.pickOther")}</a>
          </p>
        </div>
      )}
    </div>
  );
}
