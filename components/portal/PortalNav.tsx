import type { MessageKey, Translate } from "@/lib/i18n/mod.ts";

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
