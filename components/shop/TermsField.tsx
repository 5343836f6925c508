import type { ComponentChildren } from "preact";
import type { FieldErrors } from "@/lib/errors.ts";
import type { FormValues } from "@/lib/http/forms.ts";
import type { MessageKey, Translate } from "@/lib/i18n/mod.ts";
import { errorText } from "@/components/Field.tsx";

interface CheckboxProps {
  t: Translate;
  errors?: FieldErrors;
  values?: FormValues;
}

/** A checkbox the order needs, ticked again after an error if it was. */
function RequiredCheckbox(
  { t, errors, values, name, label, children }: CheckboxProps & {
    name: string;
    label: MessageKey;
    children?: ComponentChildren;
  },
) {
  const id = `field-${name}`;
  const error = errors?.[name];
  return (
    <div class="field checkbox-field">
      <label>
        <input
          type="checkbox"
          id={id}
          name={name}
          checked={values?.[name] === "on"}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />{" "}
        {t(label)}
      </label>
      {children}
      {error && (
        <span class="field-error" id={`${id}-error`}>
          {errorText(t, error)}
        </span>
      )}
    </div>
  );
}

/**
 * "I accept the terms of sale and have read the privacy policy", with
 * links to both (opened beside the form, so nothing typed is lost).
 */
export function TermsField(props: CheckboxProps) {
  const { t } = props;
  return (
    <RequiredCheckbox {...props} name="terms" label="shop.field.terms">
      <span class="hint">
        <a href="/legal/terms" target="_blank">{t("shop.terms.title")}</a>
        {" · "}
        <a href="/legal/privacy" target="_blank">{t("shop.privacy.title")}</a>
      </span>
    </RequiredCheckbox>
  );
}

/**
 * A consumer's consent to immediate delivery of digital content,
 * acknowledging the loss of the right of withdrawal (§356 (5) BGB).
 */
export function WithdrawalConsentField(props: CheckboxProps) {
  return (
    <RequiredCheckbox
      {...props}
      name="withdrawal_consent"
      label="shop.consent.withdrawal"
    />
  );
}
