import { type AppProps, asset } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import ThemeToggle from "@/islands/ThemeToggle.tsx";
import { LanguageSwitcher } from "@/components/LanguageSwitcher.tsx";
import { FlashMessage } from "@/components/FlashMessage.tsx";

/** The document around every page; the admin area adds its own navigation. */
export default function App({ Component, state, url }: AppProps<State>) {
  const { t } = state;
  const admin = url.pathname === "/admin" || url.pathname.startsWith("/admin/");
  const links = (
    <>
      <a href="/booking">{t("nav.booking")}</a>
      <a href="/shop">{t("nav.shop")}</a>
      <a href="/clients">{t("nav.portal")}</a>
    </>
  );
  if (state.embed) return <EmbeddedApp Component={Component} state={state} />;
  return (
    <html lang={state.locale} data-theme={state.theme}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={asset("/styles.css")} />
        <link rel="icon" href={asset("/favicon.svg")} type="image/svg+xml" />
      </head>
      <body class={admin ? "area-admin" : undefined}>
        <a class="skip-link" href="#main">{t("nav.skip")}</a>
        <header class="site-header">
          <a class="brand" href={admin ? "/admin" : "/"}>{t("app.name")}</a>
          {!admin && (
            <nav aria-label={t("nav.main")} class="site-nav">
              <div class="nav-expanded">{links}</div>
              {/* Phones: the links behind one button (no JavaScript needed). */}
              <details class="nav-collapse">
                <summary class="button button-secondary">
                  {t("nav.menu")}
                </summary>
                <div class="nav-panel">{links}</div>
              </details>
            </nav>
          )}
          <div class="header-tools">
            {state.csrf && (
              <LanguageSwitcher
                locale={state.locale}
                t={t}
                csrf={state.csrf}
                back={url.pathname + url.search}
              />
            )}
            <ThemeToggle
              initial={state.theme ?? null}
              label={t("theme.dark")}
            />
          </div>
        </header>
        {admin ? <Component /> : (
          <main id="main">
            <FlashMessage flash={state.flash} t={t} />
            <Component />
          </main>
        )}
      </body>
    </html>
  );
}

/**
 * The booking widget inside another site's frame: the page alone, in the
 * site's accent colour (a stylesheet, as the CSP allows no inline style),
 * with the script that tells the frame its height.
 */
function EmbeddedApp(
  { Component, state }: Pick<AppProps<State>, "Component" | "state">,
) {
  const accent = state.embed?.accent;
  return (
    <html lang={state.locale} data-theme={state.theme}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={asset("/styles.css")} />
        {accent && (
          <link
            rel="stylesheet"
            href={`/booking/accent.css?accent=${accent}`}
          />
        )}
        <script src={asset("/embed-frame.js")} defer />
      </head>
      <body class="embedded">
        <main id="main">
          <FlashMessage flash={state.flash} t={state.t} />
          <Component />
        </main>
      </body>
    </html>
  );
}
