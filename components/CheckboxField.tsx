import type { MessageKey, Translate } from "@/lib/i18n/mod.ts";
import type { FormState } from "@/lib/http/forms.ts";

interface CheckboxFieldProps extends FormState {
  t: Translate;
  name: string;
  label: MessageKey;
  hint?: string;
}

/** A checkbox with its label beside it; checked when the value is "on". */
export function CheckboxField(props: CheckboxFieldProps) {
  const { t, name, values = {} } = props;
  const id = `field-${name}`;
  return (
    <div class="field field-checkbox">
      <label>
        <input
          type="checkbox"
          id={id}
          name={name}
          checked={values[name] === "on"}
          aria-describedby={props.hint ? `${id}-hint` : undefined}
        />
        {t(props.label)}
      </label>
      {props.hint && <span class="hint" id={`${id}-hint`}>{props.hint}</span>}
    </div>
  );
}
