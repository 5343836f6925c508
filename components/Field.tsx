import type { JSX } from "preact";
import type { FieldErrors, FieldMessage } from "@/lib/errors.ts";
import type { MessageKey, Translate } from "@/lib/i18n/mod.ts";
import type { FormState } from "@/lib/http/forms.ts";

export type { FormState };

/** The text of a field error in the page's language, its limits filled in. */
export function errorText(
  t: Translate,
  error: string | FieldMessage,
): string {
  return typeof error === "string"
    ? t(error as MessageKey)
    : t(error.key as MessageKey, error.params);
}

interface FieldProps extends FormState {
  t: Translate;
  name: string;
  label: MessageKey;
  type?: string;
  hint?: string;
  required?: boolean;
  autocomplete?: string;
  /** Renders a textarea instead of an input. */
  multiline?: boolean;
  /** Options for a select: value → label. */
  options?: Record<string, string>;
  inputProps?: JSX.HTMLAttributes<HTMLInputElement>;
}

/**
 * A labelled field with its error beside it. The first invalid field of a
 * form gets `autofocus`, so the browser puts the cursor there without JS.
 */
export function Field(props: FieldProps) {
  const { t, name, errors = {}, values = {} } = props;
  const error = errors[name];
  const firstInvalid = error !== undefined && Object.keys(errors)[0] === name;
  const id = `field-${name}`;
  const common = {
    id,
    name,
    required: props.required,
    autocomplete: props.autocomplete,
    autofocus: firstInvalid,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error
      ? `${id}-error`
      : props.hint
      ? `${id}-hint`
      : undefined,
  };
  const value = props.type === "password" ? undefined : values[name];
  return (
    <div class="field">
      <label for={id}>{t(props.label)}</label>
      {props.options
        ? (
          <select {...common}>
            {Object.entries(props.options).map(([option, label]) => (
              <option value={option} selected={option === value}>
                {label}
              </option>
            ))}
          </select>
        )
        : props.multiline
        ? <textarea {...common}>{value}</textarea>
        : (
          <input
            {...common}
            type={props.type ?? "text"}
            value={value}
            {...props.inputProps}
          />
        )}
      {props.hint && !error && (
        <span class="hint" id={`${id}-hint`}>{props.hint}</span>
      )}
      {error && (
        <span class="field-error" id={`${id}-error`}>
          {errorText(t, error)}
        </span>
      )}
    </div>
  );
}

/** The hidden CSRF field every state-changing form carries. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A form-level error summary (e.g. wrong password), if any. */
export function FormError(
  { t, errors }: { t: Translate; errors?: FieldErrors },
) {
  const message = errors?._form;
  if (!message) return null;
  return (
    <div class="alert alert-error" role="alert">{errorText(t, message)}</div>
  );
}
