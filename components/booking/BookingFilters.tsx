import type { Locale, Translate } from "@/lib/i18n/mod.ts";
import type { BookingChoices } from "@/lib/booking/admin.ts";
import type { FormValues } from "@/lib/http/forms.ts";
import { Field } from "../Field.tsx";
import { localized } from "./labels.ts";

/**
 * The filters above the bookings list: a GET form, so a filtered list is
 * a link that can be shared or bookmarked.
 */
export function BookingFilters(
  { values, choices, t, locale }: {
    /** The current query string. */
    values: FormValues;
    choices: BookingChoices;
    t: Translate;
    locale: Locale;
  },
) {
  const all = { "": t("bookingAdmin.filter.all") };
  return (
    <form
      method="get"
      action="/admin/booking"
      class="toolbar booking-filters"
      role="search"
    >
      <Field
        t={t}
        name="q"
        label="bookingAdmin.filter.search"
        type="search"
        values={values}
      />
      <Field
        t={t}
        name="status"
        label="booking.field.status"
        values={values}
        options={{
          ...all,
          pending: t("booking.status.pending"),
          confirmed: t("booking.status.confirmed"),
          cancelled: t("booking.status.cancelled"),
          completed: t("booking.status.completed"),
          no_show: t("booking.status.no_show"),
        }}
      />
      <Field
        t={t}
        name="staff"
        label="bookingAdmin.field.staff"
        values={values}
        options={{
          ...all,
          ...Object.fromEntries(choices.staff.map((s) => [s.id, s.name])),
        }}
      />
      <Field
        t={t}
        name="service"
        label="booking.field.service"
        values={values}
        options={{
          ...all,
          ...Object.fromEntries(
            choices.services.map((
              s,
            ) => [s.id, localized(locale, s.nameEn, s.nameDe)]),
          ),
        }}
      />
      <Field
        t={t}
        name="from"
        label="bookingAdmin.filter.from"
        type="date"
        values={values}
      />
      <Field
        t={t}
        name="to"
        label="bookingAdmin.filter.to"
        type="date"
        values={values}
      />
      <div class="toolbar-actions">
        <button type="submit">{t("bookingAdmin.filter.apply")}</button>
        <a class="button button-secondary" href="/admin/booking">
          {t("bookingAdmin.filter.reset")}
        </a>
      </div>
    </form>
  );
}
