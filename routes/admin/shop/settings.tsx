import { z } from "zod";
import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { assertAdmin, staffActor } from "@/lib/http/guards.ts";
import { checkbox, type FormValues } from "@/lib/http/forms.ts";
import { currencyCode, wholeNumber } from "@/lib/http/form_fields.ts";
import {
  generateWebhookSecret,
  getShopSettingsView,
  type ShopSettingsView,
  updateShopSettings,
} from "@/lib/shop/settings.ts";
import type { Translate } from "@/lib/i18n/mod.ts";
import { CheckboxField } from "@/components/CheckboxField.tsx";
import { CsrfField, Field, FormError } from "@/components/Field.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { LicenseKey } from "@/components/licensing/LicenseBadges.tsx";

/** A secret typed into a write-only field: empty keeps the stored one. */
const newSecret = () =>
  z.preprocess(
    (value) =>
      typeof value === "string" && value.trim() === "" ? undefined : value,
    z.string().trim().min(16, "shopAdmin.settings.secretTooShort")
      .max(500, "form.tooLong").optional(),
  );

/** The shop settings form. */
const shopSettingsForm = z.object({
  licenseServerUrl: z.string().trim().max(500, "form.tooLong")
    .refine(
      (url) => url === "" || /^https?:\/\/[^\s/]+(\/\S*)?$/.test(url),
      "shopAdmin.settings.urlInvalid",
    )
    .transform((url) => url.replace(/\/+$/, "")),
  licenseServerApiKey: newSecret(),
  currency: currencyCode(),
  invoicePrefix: z.string({ error: "form.required" }).trim().toUpperCase()
    .regex(/^[A-Z0-9-]{1,12}$/, "shopAdmin.settings.prefixInvalid"),
  paymentTermDays: wholeNumber(0, 120),
  webhookSecret: newSecret(),
  generateWebhookSecret: checkbox(),
}).refine(
  (form) => !(form.generateWebhookSecret && form.webhookSecret),
  { path: ["webhookSecret"], message: "shopAdmin.settings.secretOrGenerate" },
);

/** Stored settings as form values (secrets are never put back into a page). */
function shopSettingsFormValues(
  settings: ShopSettingsView,
): FormValues {
  return {
    licenseServerUrl: settings.licenseServerUrl,
    currency: settings.currency,
    invoicePrefix: settings.invoicePrefix,
    paymentTermDays: String(settings.paymentTermDays),
  };
}

interface SettingsPageData {
  settings: ShopSettingsView;
  form: FormState;
  webhookUrl: string;
  /** A webhook secret just generated, in the one response that shows it. */
  generatedSecret?: string;
}

type Ctx = FreshContext<State, SettingsPageData>;

const PAGE = "/admin/shop/settings";

async function showSettings(
  ctx: Ctx,
  extra: { form?: FormState; generatedSecret?: string } = {},
  status = 200,
) {
  const settings = await getShopSettingsView(ctx.state.services.db);
  return ctx.render({
    settings,
    form: extra.form ??
      { values: shopSettingsFormValues(settings) },
    webhookUrl: `${ctx.state.services.config.appUrl}/api/payments/webhook`,
    generatedSecret: extra.generatedSecret,
    // A generated secret is in this page once: no cache may keep a copy.
  }, { status, headers: { "cache-control": "no-store" } });
}

/** Admin → Shop → Settings (administrators): license server, invoices, webhook. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    return showSettings(ctx);
  },
  async POST(req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    const { db, keys, now } = ctx.state.services;
    return await submitForm(req, ctx.state.secure, {
      schema: shopSettingsForm,
      async run({ generateWebhookSecret: generate, ...fields }) {
        const webhookSecret = generate
          ? generateWebhookSecret()
          : fields.webhookSecret;
        await updateShopSettings(db, keys, staffActor(ctx.state), {
          ...fields,
          webhookSecret,
        }, now());
        return generate ? webhookSecret : undefined;
      },
      invalid: (form, status) => showSettings(ctx, { form }, status),
      done: async (generatedSecret) =>
        generatedSecret
          // Rendered, not redirected: a secret must not travel in a URL or a cookie.
          ? await showSettings(ctx, { generatedSecret })
          : {
            to: PAGE,
            flash: { kind: "success", message: "shopAdmin.settings.saved" },
          },
    });
  },
};

/** Whether a write-only secret is stored, as the hint under its field. */
function secretHint(t: Translate, set: boolean): string {
  return t(
    set ? "shopAdmin.settings.secretSet" : "shopAdmin.settings.secretNotSet",
  );
}

export default function ShopSettingsPage(
  { state, data }: PageProps<SettingsPageData, State>,
) {
  const { t, csrf } = state;
  const { settings, form } = data;
  return (
    <>
      <PageHeader
        title={t("shopAdmin.settings.title")}
        intro={t("shopAdmin.settings.intro")}
      />
      {data.generatedSecret && (
        <section class="card section api-key-created" role="status">
          <h2>{t("shopAdmin.settings.generatedTitle")}</h2>
          <p>{t("shopAdmin.settings.generatedText")}</p>
          <LicenseKey value={data.generatedSecret} />
        </section>
      )}
      <form method="post" class="form form-wide" novalidate>
        <CsrfField token={csrf} />
        <FormError t={t} errors={form.errors} />
        <fieldset class="card">
          <legend>{t("shopAdmin.settings.licenseServer")}</legend>
          <p class="muted">{t("shopAdmin.settings.licenseServerIntro")}</p>
          <Field
            t={t}
            name="licenseServerUrl"
            label="shopAdmin.settings.licenseServerUrl"
            type="url"
            hint={t("shopAdmin.settings.licenseServerUrlHint")}
            {...form}
          />
          <Field
            t={t}
            name="licenseServerApiKey"
            label="shopAdmin.settings.licenseServerApiKey"
            type="password"
            autocomplete="new-password"
            hint={secretHint(t, settings.licenseServerApiKeySet)}
            {...form}
          />
        </fieldset>
        <fieldset class="card">
          <legend>{t("shopAdmin.settings.invoices")}</legend>
          <Field
            t={t}
            name="currency"
            label="shopAdmin.settings.currency"
            required
            hint={t("shopAdmin.settings.currencyHint")}
            {...form}
          />
          <div class="field-row">
            <Field
              t={t}
              name="invoicePrefix"
              label="shopAdmin.settings.invoicePrefix"
              required
              hint={t("shopAdmin.settings.invoicePrefixHint")}
              {...form}
            />
            <Field
              t={t}
              name="paymentTermDays"
              label="shopAdmin.settings.paymentTermDays"
              type="number"
              required
              hint={t("shopAdmin.settings.paymentTermDaysHint")}
              {...form}
            />
          </div>
        </fieldset>
        <fieldset class="card">
          <legend>{t("shopAdmin.settings.webhook")}</legend>
          <p class="muted">
            {t("shopAdmin.settings.webhookIntro")}{" "}
            <code>{data.webhookUrl}</code>
          </p>
          <Field
            t={t}
            name="webhookSecret"
            label="shopAdmin.settings.webhookSecret"
            type="password"
            autocomplete="new-password"
            hint={secretHint(t, settings.webhookSecretSet)}
            {...form}
          />
          <CheckboxField
            t={t}
            name="generateWebhookSecret"
            label="shopAdmin.settings.generateWebhookSecret"
            hint={t("shopAdmin.settings.generateWebhookSecretHint")}
            {...form}
          />
        </fieldset>
        <div class="form-actions">
          <button type="submit">{t("form.save")}</button>
        </div>
      </form>
    </>
  );
}
