import type { Locale } from "@/lib/i18n/mod.ts";
import { dateTimeFormat } from "@/lib/intl.ts";

const TAGS: Record<Locale, string> = { en: "en-GB", de: "de-DE" };

// Looked up per render (lib/intl.ts keeps them), not built at import: the
// first formatter loads the locale data, which would delay every start.
function format(locale: Locale, options: Intl.DateTimeFormatOptions) {
  return dateTimeFormat(TAGS[locale], { ...options, timeZone: "UTC" });
}

/**
 * An instant on the admin's technical pages (outbox, jobs): compact, in
 * UTC like the cron schedules, the exact instant in `datetime`. Date and
 * time each stay on one line; a narrow column breaks between them.
 */
export function UtcTime({ date, locale }: { date: Date; locale: Locale }) {
  return (
    <time dateTime={date.toISOString()} class="utc-time">
      <span>{format(locale, { dateStyle: "medium" }).format(date)}</span>{" "}
      <span>
        {`${format(locale, { timeStyle: "short" }).format(date)} UTC`}
      </span>
    </time>
  );
}
