import { CsrfField } from "./Field.tsx";

interface PostButtonProps {
  csrf: string;
  label: string;
  /** Where the form posts; the current page when absent. */
  action?: string;
  /** Hidden fields, e.g. `{ intent: "invite", contact_id }`. */
  fields: Record<string, string>;
  variant?: "secondary" | "danger";
}

/** A one-button form for a row action (works without JavaScript). */
export function PostButton(props: PostButtonProps) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <CsrfField token={props.csrf} />
      {Object.entries(props.fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        class={props.variant ? `button-${props.variant}` : undefined}
      >
        {props.label}
      </button>
    </form>
  );
}
