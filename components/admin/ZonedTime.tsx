import type { Locale, Translate } from "@/lib/i18n/mod.ts";
import { dateTimeFormat } from "@/lib/intl.ts";

const TAGS: Record<Locale, string> = { en: "en-GB", de: "de-DE" };

// Looked up per render (lib/intl.ts keeps them), not built at import: the
// first formatter loads the locale data, which would delay every start.
function format(
  locale: Locale,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
) {
  return dateTimeFormat(TAGS[locale], { ...options, timeZone });
}

/**
 * An instant on the admin's technical pages (outbox, jobs): compact, in
 * the business time zone like every other admin page, the exact instant
 * in `datetime`. Date and time each stay on one line; a narrow column
 * breaks between them.
 */
export function ZonedTime(
  { date, locale, timeZone }: { date: Date; locale: Locale; timeZone: string },
) {
  return (
    <time dateTime={date.toISOString()} class="utc-time">
      <span>
        {format(locale, timeZone, { dateStyle: "medium" }).format(date)}
      </span>{" "}
      <span>
        {format(locale, timeZone, { timeStyle: "short" }).format(date)}
      </span>
    </time>
  );
}

/**
 * A job's cron schedule (UTC, as `Deno.cron` reads it) in words, the time
 * of day in the business time zone: "every minute", "every 15 minutes",
 * "every hour at :07", "daily at 04:17". Another shape stays as written.
 */
export function scheduleInWords(
  schedule: string,
  t: Translate,
  locale: Locale,
  timeZone: string,
): string {
  const [minute, hour, ...rest] = schedule.split(" ");
  if (rest.join(" ") !== "* * *") return schedule;
  if (minute === "*" && hour === "*") return t("jobs.every.minute");
  const step = minute.match(/^\*\/(\d+)$/);
  if (step && hour === "*") {
    return t("jobs.every.minutes", { count: Number(step[1]) });
  }
  if (!/^\d+$/.test(minute)) return schedule;
  if (hour === "*") {
    return t("jobs.every.hourAt", { minute: minute.padStart(2, "0") });
  }
  if (!/^\d+$/.test(hour)) return schedule;
  const today = new Date();
  const at = Date.UTC(
    today.getUTCFullYear(),
    today.getUTCMonth(),
    today.getUTCDate(),
    Number(hour),
    Number(minute),
  );
  return t("jobs.every.dayAt", {
    time: format(locale, timeZone, { timeStyle: "short" }).format(at),
  });
}
