/**
 * Moves the keyboard focus to the step that just opened (its heading),
 * so that after each booking step a screen reader reads where the
 * visitor is and Tab goes on from there, not from the top of the page.
 * Renders nothing; without JavaScript the page simply starts at the top.
 */
import { useEffect } from "preact/hooks";

export interface StepFocusProps {
  /** The id of the element to focus: a heading with `tabindex="-1"`. */
  target: string;
}

export default function StepFocus(props: StepFocusProps) {
  useEffect(() => {
    document.getElementById(props.target)?.focus();
  }, []);
  return null;
}
