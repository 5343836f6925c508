import type { OnlineClient } from "@/lib/activity/online.ts";
import type { Locale, Translate } from "@/lib/i18n/mod.ts";
import LiveOnlineWidget, {
  type OnlineRow,
} from "@/islands/LiveOnlineWidget.tsx";
import { portalSectionTitle } from "../portal/PortalNav.tsx";

/**
 * Who is online as the widget shows them: each page by its title in the
 * admin's language ("Invoices", not `/clients/invoices/…`); a path outside
 * the portal's sections as it is.
 */
export function onlineRows(online: OnlineClient[], t: Translate): OnlineRow[] {
  return online.map(({ path, ...row }) => ({
    ...row,
    page: portalSectionTitle(path, t) ?? path,
  }));
}

/** The live widget with its labels in the admin's language. */
export function LiveOnline(
  { online, t, locale, timeZone }: {
    online: OnlineClient[];
    t: Translate;
    locale: Locale;
    timeZone: string;
  },
) {
  return (
    <LiveOnlineWidget
      initial={onlineRows(online, t)}
      locale={locale}
      timeZone={timeZone}
      labels={{
        title: t("activityLive.widget.title"),
        empty: t("activityLive.widget.empty"),
        name: t("activityLive.widget.name"),
        page: t("activityLive.widget.page"),
        duration: t("activityLive.widget.duration"),
        lastSeen: t("activityLive.widget.lastSeen"),
        live: t("activityLive.widget.live"),
      }}
    />
  );
}
