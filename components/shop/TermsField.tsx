import type { FieldErrors } from "@/lib/errors.ts";
import type { Translate } from "@/lib/i18n/mod.ts";

/** The "I accept the terms of sale" checkbox every order form ends with. */
export function TermsField(
  { t, errors }: { t: Translate; errors?: FieldErrors },
) {
  return (
    <div class="field checkbox-field">
      <label>
        <input
          type="checkbox"
          name="terms"
          required
          aria-invalid={errors?.terms ? true : undefined}
        />{" "}
        {t("shop.field.terms")}
      </label>
      {errors?.terms && <span class="field-error">{t("shop.mustAccept")}</span>}
    </div>
  );
}
