import { type AppProps, asset } from "@/lib/web/mod.ts";
import type { State } from "@/lib/state.ts";
import ThemeToggle from "@/islands/ThemeToggle.tsx";

/** The document around every page. */
export default function App({ Component, state }: AppProps<State>) {
  return (
    <html lang="en" data-theme={state.theme}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={asset("/styles.css")} />
        <link rel="icon" href={asset("/favicon.svg")} type="image/svg+xml" />
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <a class="brand" href="/">Portico</a>
          <nav aria-label="Main">
            <a href="/booking">Book</a>
            <a href="/shop">Shop</a>
            <a href="/clients">Client portal</a>
          </nav>
          <ThemeToggle initial={state.theme ?? null} />
        </header>
        <main id="main">
          <Component />
        </main>
      </body>
    </html>
  );
}
