import type { MessageKey, Translate } from "@/lib/i18n/mod.ts";

const SECTIONS: { href: string; label: MessageKey; adminOnly?: boolean }[] = [
  { href: "/admin/booking", label: "bookingAdmin.nav.bookings" },
  { href: "/admin/booking/agenda", label: "bookingAdmin.nav.agenda" },
  { href: "/admin/booking/services", label: "bookingAdmin.nav.services" },
  { href: "/admin/booking/staff", label: "bookingAdmin.nav.staff" },
  { href: "/admin/booking/calendar", label: "calendars.nav" },
  { href: "/admin/booking/embed", label: "embed.nav", adminOnly: true },
  {
    href: "/admin/booking/settings",
    label: "bookingAdmin.nav.settings",
    adminOnly: true,
  },
];

/** The section a path belongs to: bookings own `/new` and their detail pages. */
function currentSection(path: string): string {
  const other = SECTIONS.slice(1).find((section) =>
    path === section.href || path.startsWith(section.href + "/")
  );
  return other?.href ?? "/admin/booking";
}

/** Tabs across the booking admin pages; settings only for administrators. */
export function AdminBookingNav(
  { path, isAdmin, t }: { path: string; isAdmin: boolean; t: Translate },
) {
  const current = currentSection(path);
  return (
    <nav class="subnav" aria-label={t("bookingAdmin.nav")}>
      {SECTIONS.filter((section) => isAdmin || !section.adminOnly).map((
        section,
      ) => (
        <a
          href={section.href}
          aria-current={section.href === current ? "page" : undefined}
        >
          {t(section.label)}
        </a>
      ))}
    </nav>
  );
}
