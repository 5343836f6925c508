import type { ComponentChildren } from "preact";

/** What an empty list shows instead: what is missing and what to do next. */
export function EmptyState(
  { title, text, children }: {
    title?: string;
    text: string;
    /** The next step, e.g. a button. */
    children?: ComponentChildren;
  },
) {
  return (
    <div class="empty-state">
      {title && <h2>{title}</h2>}
      <p>{text}</p>
      {children}
    </div>
  );
}
