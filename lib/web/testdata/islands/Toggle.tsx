import { useState } from "preact/hooks";

export default function Toggle() {
  const [on, setOn] = useState(false);
  return (
    <button type="button" aria-pressed={on} onClick={() => setOn(!on)}>
      toggle
    </button>
  );
}
