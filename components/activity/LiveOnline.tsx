import type { OnlineClient } from "@/lib/activity/online.ts";
import type { Locale, Translate } from "@/lib/i18n/mod.ts";
import LiveOnlineWidget from "@/islands/LiveOnlineWidget.tsx";

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
      initial={online}
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
