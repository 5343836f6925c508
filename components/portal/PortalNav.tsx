import type { MessageKey, Translate } from "@/lib/i18n/mod.ts";

/** The portal's sections, in the order of its navigation. */
const LINKS: [href: string, label: MessageKey][] = [
  ["/clients", "portal.nav.home"],
  ["/clients/booking", "portal.nav.bookings"],
  ["/clients/licenses", "portal.nav.licenses"],
  ["/clients/orders", "shopAdmin.portal.navOrders"],
  ["/clients/invoices", "shopAdmin.portal.navInvoices"],
  ["/clients/privacy", "portal.nav.privacy"],
];

/** The portal's sections, the current one marked. */
export function PortalNav({ path, t }: { path: string; t: Translate }) {
  return (
    <nav class="subnav portal-nav" aria-label={t("portal.nav")}>
      {LINKS.map(([href, label]) => (
        <a href={href} aria-current={href === path ? "page" : undefined}>
          {t(label)}
        </a>
      ))}
    </nav>
  );
}

/**
 * The title of the portal section a path belongs to ("/clients/invoices/…"
 * → "Invoices"), or null for a path outside the portal's sections.
 */
export function portalSectionTitle(path: string, t: Translate): string | null {
  const section =
    LINKS.filter(([href]) => path === href || path.startsWith(`${href}/`)).sort(
      (a, b) => b[0].length - a[0].length,
    )[0];
  return section ? t(section[1]) : null;
}
