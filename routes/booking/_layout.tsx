import type { AppProps } from "@/lib/web/mod.ts";
import type { BookingState } from "./_middleware.ts";
import type { BookingLink } from "@/lib/booking/settings.ts";

function Links({ links, label }: { links: BookingLink[]; label: string }) {
  if (!links.length) return null;
  return (
    <nav class="booking-links" aria-label={label}>
      {links.map((link) => <a key={link.url} href={link.url}>{link.label}</a>)}
    </nav>
  );
}

/** The public booking frame with the header and footer links from settings. */
export default function BookingLayout(
  { Component, state }: AppProps<BookingState>,
) {
  const settings = state.booking?.settings;
  return (
    <>
      {settings && <Links links={settings.headerLinks} label="Links" />}
      <Component />
      {settings && settings.footerLinks.length > 0 && (
        <footer class="booking-footer">
          <Links links={settings.footerLinks} label="Footer" />
        </footer>
      )}
    </>
  );
}
