import type { AppProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import type { MessageKey } from "@/lib/i18n/mod.ts";
import { CsrfField } from "@/components/Field.tsx";
import { FlashMessage } from "@/components/FlashMessage.tsx";

/** The left navigation; `adminOnly` entries are hidden from other staff. */
const NAV: { href: string; label: MessageKey; adminOnly?: boolean }[] = [
  { href: "/admin", label: "admin.nav.dashboard" },
  { href: "/admin/booking", label: "admin.nav.booking" },
  { href: "/admin/shop", label: "admin.nav.shop" },
  { href: "/admin/invoices", label: "admin.nav.invoices" },
  { href: "/admin/licenses", label: "admin.nav.licenses" },
  { href: "/admin/activity", label: "admin.nav.activity" },
  { href: "/admin/clients", label: "admin.nav.clients" },
  { href: "/admin/emails", label: "admin.nav.emails", adminOnly: true },
  { href: "/admin/webhooks", label: "admin.nav.webhooks", adminOnly: true },
  { href: "/admin/jobs", label: "admin.nav.jobs" },
  { href: "/admin/staff", label: "admin.nav.staff", adminOnly: true },
  { href: "/admin/audit", label: "admin.nav.audit" },
  { href: "/admin/settings", label: "admin.nav.settings", adminOnly: true },
];

function isCurrent(href: string, path: string): boolean {
  return href === "/admin"
    ? path === "/admin"
    : path === href || path.startsWith(href + "/");
}

/** The admin frame: left navigation once signed in; just the page otherwise. */
export default function AdminLayout(
  { Component, state, url }: AppProps<State>,
) {
  const session = state.staffSession;
  if (!session) {
    return (
      <main id="main">
        <FlashMessage flash={state.flash} t={state.t} />
        <Component />
      </main>
    );
  }
  const t = state.t;
  const menu = (
    <>
      <ul>
        {NAV.filter((entry) =>
          !entry.adminOnly || session.user.role === "admin"
        ).map(({ href, label }) => (
          <li>
            <a
              href={href}
              aria-current={isCurrent(href, url.pathname) ? "page" : undefined}
            >
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
      <div class="admin-user">
        <span>{t("admin.signedInAs", { name: session.user.name })}</span>
        <form method="post" action="/admin/logout">
          <CsrfField token={state.csrf} />
          <button type="submit" class="button-link">
            {t("auth.signOut")}
          </button>
        </form>
        <form method="post" action="/admin/logout">
          <CsrfField token={state.csrf} />
          <input type="hidden" name="everywhere" value="1" />
          <button type="submit" class="button-link">
            {t("auth.signOutEverywhere")}
          </button>
        </form>
      </div>
    </>
  );
  return (
    <div class="admin-shell">
      <nav class="admin-nav" aria-label={t("admin.nav")}>
        <div class="nav-expanded">{menu}</div>
        {/* Phones: the same menu behind one button (no JavaScript needed). */}
        <details class="nav-collapse">
          <summary class="button button-secondary">{t("nav.menu")}</summary>
          {menu}
        </details>
      </nav>
      <main id="main" class="admin-main">
        <FlashMessage flash={state.flash} t={t} />
        {state.moduleLicense?.state.status === "grace" && (
          <div class="alert alert-warning" role="status">
            {t("license.banner.grace", {
              module: t(`license.module.${state.moduleLicense.module}`),
              days: state.moduleLicense.state.graceDaysLeft ?? 0,
            })}
          </div>
        )}
        <Component />
      </main>
    </div>
  );
}
