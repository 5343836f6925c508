/**
 * The visitor's time zone: taken from the page's `tz=` query (set by the
 * VisitorTimeZone island or the zone selector), checked, and named in
 * words ("Berlin time") rather than as an IANA id.
 */
import { businessTimeZones } from "../wall_clock.ts";
import { type Locale, t } from "../i18n/mod.ts";

/** The zone to show times in, and whether the one asked for was unknown. */
export interface DisplayZone {
  zone: string;
  /** The visitor's own zone when it differs from the business zone. */
  visitor?: string;
  unknown: boolean;
}

/** The zone `tz` names if it is a known one, else the business zone. */
export function displayZone(
  tz: string | null | undefined,
  businessZone: string,
): DisplayZone {
  if (!tz || tz === businessZone) return { zone: businessZone, unknown: false };
  if (tz.length > 64 || !businessTimeZones().includes(tz)) {
    return { zone: businessZone, unknown: true };
  }
  return { zone: tz, visitor: tz, unknown: false };
}

/** "Berlin time", "New York time", "UTC": a zone as people say it. */
export function zoneInWords(locale: Locale, zone: string): string {
  if (!zone.includes("/")) return zone;
  const city = zone.slice(zone.lastIndexOf("/") + 1).replaceAll("_", " ");
  return t(locale, "booking.zoneInWords", { city });
}
