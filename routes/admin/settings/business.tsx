import type { FreshContext, PageProps } from "@/lib/web/mod.ts";
import { z } from "zod";
import type { State } from "@/lib/http/state.ts";
import {
  getSellerSettings,
  saveSellerSettings,
  type SellerSettings,
} from "@/lib/billing/seller.ts";
import { countryName } from "@/lib/billing/countries.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import {
  checkbox,
  type FormState,
  type FormValues,
  optionalText,
} from "@/lib/http/forms.ts";
import { assertAdmin, staffActor } from "@/lib/http/guards.ts";
import { LOCALES, type MessageKey, type Translate } from "@/lib/i18n/mod.ts";
import { CheckboxField } from "@/components/CheckboxField.tsx";
import { CsrfField, Field, FormError } from "@/components/Field.tsx";
import { PageHeader } from "@/components/admin/PageHeader.tsx";
import { PostButton } from "@/components/PostButton.tsx";
import { sellerLogoVersion } from "@/lib/billing/logo.ts";

interface Data {
  form: FormState;
  /** The logo's version when one is set. */
  logoVersion: number | null;
}

type Ctx = FreshContext<State, Data>;

const PAGE = "/admin/settings/business";

const text = (max: number) => optionalText(max).transform((v) => v ?? "");

const sellerForm = z.object({
  legalName: text(200),
  street: text(200),
  postalCode: text(20),
  city: text(100),
  vatId: text(20),
  taxNumber: text(30),
  registerCourt: text(100),
  registerNumber: text(50),
  managingDirector: text(200),
  email: z.preprocess(
    (value) => typeof value === "string" ? value.trim().toLowerCase() : value,
    z.union([z.literal(""), z.email("form.email").max(254, "form.tooLong")]),
  ),
  phone: text(50),
  iban: text(42),
  bic: text(14),
  bankName: text(100),
  invoiceFooter: text(1000),
  smallBusiness: checkbox(),
  belowOssThreshold: checkbox(),
  defaultLocale: z.enum(LOCALES, { error: "form.invalid" }),
});

const FLAGS = ["smallBusiness", "belowOssThreshold"] as const;

function formValues(settings: SellerSettings): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(settings)) {
    if (typeof value === "string") values[key] = value;
  }
  for (const flag of FLAGS) if (settings[flag]) values[flag] = "on";
  return values;
}

async function show(ctx: Ctx, form?: FormState, status = 200) {
  const { db } = ctx.state.services;
  const [settings, logoVersion] = await Promise.all([
    getSellerSettings(db),
    sellerLogoVersion(db),
  ]);
  return ctx.render({
    form: form ?? { values: formValues(settings) },
    logoVersion,
  }, { status });
}

/** Admin → Settings → Business (administrators): the seller on every invoice. */
export const handler = {
  GET(_req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    return show(ctx);
  },
  async POST(req: Request, ctx: Ctx) {
    assertAdmin(ctx.state);
    const { db, now } = ctx.state.services;
    return await submitForm(req, ctx.state.secure, {
      schema: sellerForm,
      run: (data) => saveSellerSettings(db, staffActor(ctx.state), data, now()),
      invalid: (form, status) => show(ctx, form, status),
      done: () => ({
        to: PAGE,
        flash: { kind: "success", message: "billing.settings.saved" },
      }),
    });
  },
};

function Fields(
  { t, form, names, required = [] }: {
    t: Translate;
    form: FormState;
    names: string[];
    required?: string[];
  },
) {
  return (
    <>
      {names.map((name) => (
        <Field
          t={t}
          name={name}
          label={`billing.field.${name}` as MessageKey}
          required={required.includes(name)}
          {...form}
        />
      ))}
    </>
  );
}

export default function BusinessSettingsPage(
  { state, data }: PageProps<Data, State>,
) {
  const { t, csrf, locale } = state;
  const { form } = data;
  return (
    <>
      <PageHeader
        title={t("billing.settings.title")}
        intro={t("billing.settings.intro")}
      />
      <form method="post" class="form form-wide" novalidate>
        <CsrfField token={csrf} />
        <FormError t={t} errors={form.errors} />
        <fieldset class="card">
          <legend>{t("billing.settings.identity")}</legend>
          <Fields
            t={t}
            form={form}
            names={["legalName", "street", "postalCode", "city"]}
            required={["legalName", "street", "postalCode", "city"]}
          />
          <div class="field">
            <label for="field-country">{t("billing.field.country")}</label>
            <input
              type="text"
              id="field-country"
              value={countryName("DE", locale)}
              readOnly
              aria-describedby="field-country-hint"
            />
            <span class="hint" id="field-country-hint">
              {t("billing.field.countryHint")}
            </span>
          </div>
          <Fields
            t={t}
            form={form}
            names={[
              "registerCourt",
              "registerNumber",
              "managingDirector",
              "email",
              "phone",
            ]}
            required={["email"]}
          />
        </fieldset>
        <fieldset class="card">
          <legend>{t("billing.settings.tax")}</legend>
          <p class="muted">{t("billing.settings.taxIntro")}</p>
          <Fields t={t} form={form} names={["vatId", "taxNumber"]} />
          {FLAGS.map((flag) => (
            <CheckboxField
              t={t}
              name={flag}
              label={`billing.field.${flag}`}
              hint={t(`billing.field.${flag}Hint`)}
              {...form}
            />
          ))}
        </fieldset>
        <fieldset class="card">
          <legend>{t("billing.settings.bank")}</legend>
          <Fields
            t={t}
            form={form}
            names={["iban", "bic", "bankName"]}
            required={["iban"]}
          />
        </fieldset>
        <fieldset class="card">
          <legend>{t("billing.settings.invoice")}</legend>
          <Field
            t={t}
            name="invoiceFooter"
            label="billing.field.invoiceFooter"
            multiline
            hint={t("billing.field.invoiceFooterHint")}
            {...form}
          />
        </fieldset>
        <fieldset class="card">
          <legend>{t("billing.settings.language")}</legend>
          <Field
            t={t}
            name="defaultLocale"
            label="billing.field.defaultLocale"
            options={Object.fromEntries(
              LOCALES.map((code) => [code, t(`billing.locale.${code}`)]),
            )}
            hint={t("billing.field.defaultLocaleHint")}
            {...form}
          />
        </fieldset>
        <div class="form-actions">
          <button type="submit">{t("form.save")}</button>
        </div>
      </form>
      <LogoForm t={t} csrf={csrf} version={data.logoVersion} />
    </>
  );
}

/** The logo: the current one, an upload, and removing it. */
function LogoForm(
  { t, csrf, version }: {
    t: Translate;
    csrf: string;
    version: number | null;
  },
) {
  return (
    <section class="card section" id="logo">
      <h2>{t("billing.logo.title")}</h2>
      {version !== null && (
        <p>
          <img
            src={`/seller-logo?v=${version}`}
            alt={t("billing.logo.current")}
            class="invoice-logo"
          />
        </p>
      )}
      <form
        method="post"
        action="/admin/settings/logo"
        enctype="multipart/form-data"
        class="form"
      >
        <CsrfField token={csrf} />
        <div class="field">
          <label for="field-logo">{t("billing.logo.file")}</label>
          <input
            id="field-logo"
            type="file"
            name="logo"
            accept="image/png,image/jpeg"
            required
            aria-describedby="field-logo-hint"
          />
          <span class="hint" id="field-logo-hint">
            {t("billing.logo.hint")}
          </span>
        </div>
        <div class="form-actions">
          <button type="submit">{t("billing.logo.upload")}</button>
        </div>
      </form>
      {version !== null && (
        <PostButton
          csrf={csrf}
          action="/admin/settings/logo"
          label={t("billing.logo.remove")}
          fields={{ intent: "remove" }}
          variant="danger"
        />
      )}
    </section>
  );
}
