import { useEffect, useState } from "preact/hooks";

type Theme = "light" | "dark";

interface Props {
  /** The theme the server rendered, or null when following the system. */
  initial: Theme | null;
  /** Accessible name, in the page's language. */
  label: string;
}

function systemTheme(): Theme {
  return globalThis.matchMedia?.("(prefers-color-scheme: dark)").matches
    ? "dark"
    : "light";
}

/** Switches between light and dark; the choice is kept in a cookie. */
export default function ThemeToggle({ initial, label }: Props) {
  const [theme, setTheme] = useState<Theme | null>(initial);
  // Until hydration the button cannot work, so it starts disabled (and
  // hidden by the stylesheet); the system's scheme is known only then.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  // What the page shows now: the choice, else the system's scheme.
  const shown: Theme | null = theme ?? (ready ? systemTheme() : null);

  function toggle() {
    const next: Theme = (theme ?? systemTheme()) === "dark" ? "light" : "dark";
    document.documentElement.dataset.theme = next;
    document.cookie = `theme=${next}; path=/; max-age=31536000; samesite=lax`;
    setTheme(next);
  }

  return (
    <button
      type="button"
      class="theme-toggle"
      aria-pressed={shown === "dark"}
      disabled={!ready}
      onClick={toggle}
      title={label}
    >
      <span aria-hidden="true">{shown === "dark" ? "☾" : "☀"}</span>
      <span class="visually-hidden">{label}</span>
    </button>
  );
}
