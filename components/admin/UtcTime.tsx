import type { Locale } from "@/lib/i18n/mod.ts";
import { dateTimeFormat } from "@/lib/intl.ts";

const TAGS: Record<Locale, string> = { en: "en-GB", de: "de-DE" };

function format(locale: Locale, options: Intl.DateTimeFormatOptions) {
  return dateTimeFormat(TAGS[locale], { ...options, timeZone: "UTC" });
}

const dates = {
  en: format("en", { dateStyle: "medium" }),
  de: format("de", { dateStyle: "medium" }),
};
const times = {
  en: format("en", { timeStyle: "short" }),
  de: format("de", { timeStyle: "short" }),
};

/**
 * An instant on the admin's technical pages (outbox, jobs): compact, in
 * UTC like the cron schedules, the exact instant in `datetime`. Date and
 * time each stay on one line; a narrow column breaks between them.
 */
export function UtcTime({ date, locale }: { date: Date; locale: Locale }) {
  return (
    <time dateTime={date.toISOString()} class="utc-time">
      <span>{dates[locale].format(date)}</span>{" "}
      <span>{`${times[locale].format(date)} UTC`}</span>
    </time>
  );
}
