import type { FormState } from "@/lib/http/forms.ts";
import type { MessageKey, Translate } from "@/lib/i18n/mod.ts";
import { Field } from "./Field.tsx";

/** A number field of a row: its name, label, hint and whether it must be filled. */
export type NumberFieldSpec = [
  name: string,
  label: MessageKey,
  hint: MessageKey,
  required?: boolean,
];

/** Number fields side by side, each with its hint (settings and rules). */
export function NumberFieldRow(
  { t, form, fields }: {
    t: Translate;
    form: FormState;
    fields: NumberFieldSpec[];
  },
) {
  return (
    <div class="field-row">
      {fields.map(([name, label, hint, required]) => (
        <Field
          t={t}
          name={name}
          label={label}
          type="number"
          required={required}
          hint={t(hint)}
          {...form}
        />
      ))}
    </div>
  );
}
