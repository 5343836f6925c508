import { LicensePanel } from "@/components/licensing/LicensePanel.tsx";
import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import { updateBookingSettings } from "@/lib/booking/admin.ts";
import { bookingSettingsForm, settingsFormValues } from "./(_shared)/forms.ts";
import { businessTimeZones } from "@/lib/wall_clock.ts";
import { holidayRegions } from "@/lib/booking/closed_days.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { assertAdmin, staffActor } from "@/lib/http/guards.ts";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { BookingSettingsForm } from "@/components/booking/BookingSettingsForm.tsx";
import type { BookingAdminState } from "./_middleware.ts";

interface Data {
  form: FormState;
  timeZones: string[];
  holidayRegions: { value: string; label: string }[];
}

type Ctx = FreshContext<BookingAdminState, Data>;

function renderForm(ctx: Ctx, form: FormState, status = 200) {
  const zones = businessTimeZones();
  const current = ctx.state.booking.settings.timeZone;
  // A zone saved under an older name stays selectable.
  const timeZones = zones.includes(current) ? zones : [current, ...zones];
  return ctx.render({
    form,
    timeZones,
    holidayRegions: holidayRegions(ctx.state.locale),
  }, { status });
}

/** The booking settings; administrators only. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    return renderForm(ctx, {
      values: settingsFormValues(ctx.state.booking.settings),
    });
  },

  async POST(req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    const { db, now } = ctx.state.services;
    return await submitForm(req, ctx.state.secure, {
      schema: bookingSettingsForm,
      run: (input) =>
        updateBookingSettings(db, staffActor(ctx.state), input, now()),
      invalid: (form, status) => renderForm(ctx, form, status),
      done: () => ({
        to: ctx.url.pathname,
        flash: { kind: "success", message: "bookingAdmin.settings.saved" },
      }),
    });
  },
};

export default function BookingSettingsPage(
  { state, data }: PageProps<Data, BookingAdminState>,
) {
  const { t } = state;
  return (
    <>
      <PageHeader title={t("bookingAdmin.settings.title")} />
      {state.moduleLicense && (
        <LicensePanel
          module="booking"
          state={state.moduleLicense.state}
          ownServer={state.moduleLicense.ownServer}
          t={t}
          locale={state.locale}
          csrf={state.csrf}
          back="/admin/booking/settings"
        />
      )}
      <section class="card admin-section">
        <h2>{t("bookingAdmin.settings.booking")}</h2>
        <BookingSettingsForm
          form={data.form}
          timeZones={data.timeZones}
          holidayRegions={data.holidayRegions}
          csrf={state.csrf}
          t={t}
        />
      </section>
    </>
  );
}
import { submitForm } from "@/lib/http/form_action.ts";
