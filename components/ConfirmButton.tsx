import { CsrfField } from "./Field.tsx";

interface ConfirmButtonProps {
  csrf: string;
  /** The first button: it only opens the question. */
  label: string;
  /** What will happen, asked before it does. */
  question: string;
  /** The button that does it. */
  confirm: string;
  /** Where the form posts; the current page when absent. */
  action?: string;
  /** Hidden fields, e.g. `{ intent: "revoke" }`. */
  fields: Record<string, string>;
  /** Names what the button acts on for screen readers (one of many on a page). */
  ariaLabel?: string;
  disabled?: boolean;
}

/**
 * An irreversible action in two steps, without JavaScript: the first
 * button opens the question (a `<details>`), the second one posts.
 */
export function ConfirmButton(props: ConfirmButtonProps) {
  if (props.disabled) {
    return (
      <button type="button" class="button-danger" disabled>
        {props.label}
      </button>
    );
  }
  return (
    <details class="confirm-step">
      <summary class="button button-danger" aria-label={props.ariaLabel}>
        {props.label}
      </summary>
      <form method="post" action={props.action} class="form">
        <CsrfField token={props.csrf} />
        {Object.entries(props.fields).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <p>{props.question}</p>
        <div>
          <button type="submit" class="button-danger">{props.confirm}</button>
        </div>
      </form>
    </details>
  );
}
