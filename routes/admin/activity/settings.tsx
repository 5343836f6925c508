import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import { updateActivitySettings } from "@/lib/activity/admin.ts";
import { z } from "zod";
import {
  ACTIVITY_LIMITS,
  type ActivitySettings,
} from "@/lib/activity/settings.ts";
import {
  type FormState,
  type FormValues,
  requiredText,
} from "@/lib/http/forms.ts";
import { wholeNumber } from "@/lib/http/form_fields.ts";
import { assertAdmin, staffActor } from "@/lib/http/guards.ts";
import type { MessageKey, Translate } from "@/lib/i18n/mod.ts";
import { CsrfField, Field, FormError } from "@/components/Field.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { LicensePanel } from "@/components/licensing/LicensePanel.tsx";
import type { ActivityAdminState } from "./_middleware.ts";

type Ctx = FreshContext<ActivityAdminState, FormState>;

/** A numeric setting in the range the tracker accepts; the error names it. */
const limited = (field: keyof typeof ACTIVITY_LIMITS) =>
  wholeNumber(
    ACTIVITY_LIMITS[field].min,
    ACTIVITY_LIMITS[field].max,
    `activity.settings.${field}.invalid`,
  );

const activitySettingsForm = z.object({
  inactivityMinutes: limited("inactivityMinutes"),
  onlineWindowSeconds: limited("onlineWindowSeconds"),
  retentionDays: limited("retentionDays"),
  policyVersion: requiredText(40),
});

/** The stored settings as the form's initial values. */
function activitySettingsValues(settings: ActivitySettings): FormValues {
  return {
    inactivityMinutes: String(settings.inactivityMinutes),
    onlineWindowSeconds: String(settings.onlineWindowSeconds),
    retentionDays: String(settings.retentionDays),
    policyVersion: settings.policyVersion,
  };
}

/** The tracker's settings and its license; administrators only. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    return ctx.render({
      values: activitySettingsValues(ctx.state.activitySettings),
    });
  },

  async POST(req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    const { db, now } = ctx.state.services;
    return await submitForm(req, ctx.state.secure, {
      schema: activitySettingsForm,
      run: (input) =>
        updateActivitySettings(db, staffActor(ctx.state), input, now()),
      invalid: (form, status) => ctx.render(form, { status }),
      done: () => ({
        to: ctx.url.pathname,
        flash: { kind: "success", message: "activity.settings.saved" },
      }),
    });
  },
};

/** A whole-number setting with its allowed range in the hint. */
function LimitedField(
  { name, label, hint, form, t }: {
    name: keyof typeof ACTIVITY_LIMITS;
    label: MessageKey;
    hint: MessageKey;
    form: FormState;
    t: Translate;
  },
) {
  const { min, max } = ACTIVITY_LIMITS[name];
  return (
    <Field
      {...form}
      t={t}
      name={name}
      label={label}
      type="number"
      required
      hint={t(hint, { min, max })}
    />
  );
}

export default function ActivitySettingsPage(
  { state, data }: PageProps<FormState, ActivityAdminState>,
) {
  const { t } = state;
  return (
    <>
      <PageHeader
        title={t("activity.settings.title")}
        back={{ href: "/admin/activity", label: t("activity.title") }}
      />
      {state.moduleLicense && (
        <LicensePanel
          module="activity"
          state={state.moduleLicense.state}
          ownServer={state.moduleLicense.ownServer}
          t={t}
          locale={state.locale}
          csrf={state.csrf}
          back="/admin/activity/settings"
        />
      )}
      <section class="card admin-section" aria-labelledby="tracking-settings">
        <h2 id="tracking-settings">{t("activity.settings.tracking")}</h2>
        <form method="post" class="form" novalidate>
          <CsrfField token={state.csrf} />
          <FormError t={t} errors={data.errors} />
          <LimitedField
            name="inactivityMinutes"
            label="activity.settings.inactivityMinutes"
            hint="activity.settings.inactivityMinutes.hint"
            form={data}
            t={t}
          />
          <LimitedField
            name="onlineWindowSeconds"
            label="activity.settings.onlineWindowSeconds"
            hint="activity.settings.onlineWindowSeconds.hint"
            form={data}
            t={t}
          />
          <LimitedField
            name="retentionDays"
            label="activity.settings.retentionDays"
            hint="activity.settings.retentionDays.hint"
            form={data}
            t={t}
          />
          <Field
            {...data}
            t={t}
            name="policyVersion"
            label="activity.settings.policyVersion"
            required
            hint={t("activity.settings.policyVersion.hint")}
          />
          <div class="form-actions">
            <button type="submit">{t("activity.settings.save")}</button>
          </div>
        </form>
      </section>
    </>
  );
}
import { submitForm } from "@/lib/http/form_action.ts";
