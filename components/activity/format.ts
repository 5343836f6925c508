import {
  formatDate,
  formatDateTime,
  formatTime,
  type Locale,
} from "@/lib/i18n/mod.ts";
import { numberFormat } from "@/lib/intl.ts";

function unit(locale: Locale, value: number, name: string): string {
  return numberFormat(locale, {
    style: "unit",
    unit: name,
    unitDisplay: "short",
  }).format(value);
}

/** A length of time: "45 sec", "12 min", "2 hr 5 min" / "2 Std. 5 Min.". */
export function formatDuration(locale: Locale, totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  if (seconds < 60) return unit(locale, seconds, "second");
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return unit(locale, minutes, "minute");
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest
    ? `${unit(locale, hours, "hour")} ${unit(locale, rest, "minute")}`
    : unit(locale, hours, "hour");
}

/** "3 March 2027, 14:30 – 14:52"; the end's date only when it differs. */
export function formatSpan(
  locale: Locale,
  start: Date,
  end: Date,
  timeZone: string,
): string {
  const sameDay = formatDate(locale, start, timeZone) ===
    formatDate(locale, end, timeZone);
  const until = sameDay
    ? formatTime(locale, end, timeZone)
    : formatDateTime(locale, end, timeZone);
  return `${formatDateTime(locale, start, timeZone)} – ${until}`;
}
