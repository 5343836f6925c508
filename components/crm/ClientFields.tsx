import type { Translate } from "@/lib/i18n/mod.ts";
import type { FormState } from "@/lib/http/forms.ts";
import { Field } from "../Field.tsx";

interface FieldsProps extends FormState {
  t: Translate;
}

// Staff type other people's details here: the browser must not offer the
// staff member's own name and address.
const NO_AUTOFILL = "off";

/** A client's company and address fields (new client and edit forms). */
export function ClientFields({ t, ...form }: FieldsProps) {
  return (
    <>
      <Field
        t={t}
        name="company"
        label="crm.client.company"
        hint={t("crm.client.companyHint")}
        autocomplete={NO_AUTOFILL}
        {...form}
      />
      <Field
        t={t}
        name="vat_number"
        label="crm.client.vatNumber"
        autocomplete={NO_AUTOFILL}
        {...form}
      />
      <Field
        t={t}
        name="address"
        label="crm.client.address"
        autocomplete={NO_AUTOFILL}
        {...form}
      />
      <div class="field-row">
        <Field
          t={t}
          name="postal_code"
          label="crm.client.postalCode"
          autocomplete={NO_AUTOFILL}
          {...form}
        />
        <Field
          t={t}
          name="city"
          label="crm.client.city"
          autocomplete={NO_AUTOFILL}
          {...form}
        />
      </div>
      <div class="field-row">
        <Field
          t={t}
          name="country"
          label="crm.client.country"
          hint={t("crm.client.countryHint")}
          autocomplete={NO_AUTOFILL}
          {...form}
        />
        <Field
          t={t}
          name="phone"
          label="crm.phone"
          type="tel"
          autocomplete={NO_AUTOFILL}
          {...form}
        />
      </div>
      <Field
        t={t}
        name="buyer_reference"
        label="crm.client.buyerReference"
        hint={t("crm.client.buyerReferenceHint")}
        autocomplete={NO_AUTOFILL}
        {...form}
      />
    </>
  );
}

/** A contact's name, email, phone and language (`contact_` fields). */
export function ContactFields({ t, ...form }: FieldsProps) {
  return (
    <>
      <Field
        t={t}
        name="contact_name"
        label="auth.name"
        required
        autocomplete={NO_AUTOFILL}
        {...form}
      />
      <Field
        t={t}
        name="contact_email"
        label="auth.email"
        type="email"
        required
        autocomplete={NO_AUTOFILL}
        {...form}
      />
      <div class="field-row">
        <Field
          t={t}
          name="contact_phone"
          label="crm.phone"
          type="tel"
          autocomplete={NO_AUTOFILL}
          {...form}
        />
        <LocaleField t={t} name="contact_locale" {...form} />
      </div>
    </>
  );
}

/** The language emails to this person are written in. */
export function LocaleField(
  { t, name, ...form }: FieldsProps & { name: string },
) {
  return (
    <Field
      t={t}
      name={name}
      label="crm.language"
      options={{ en: t("crm.locale.en"), de: t("crm.locale.de") }}
      {...form}
    />
  );
}
