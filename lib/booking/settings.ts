/** The booking module's settings, one JSON document in `options`. */
import { z } from "zod";
import type { Database } from "../db/database.ts";
import { readOption, writeOption } from "../options.ts";

const OPTION = "booking.settings";

const link = z.object({
  label: z.string().trim().min(1).max(60),
  url: z.string().trim().max(500).refine(
    (url) => url.startsWith("/") || /^https?:\/\//.test(url),
    "must be a path or an http(s) URL",
  ),
});

export type BookingLink = z.infer<typeof link>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const bookingSettingsSchema = z.object({
  timeZone: z.string().refine(isTimeZone, "unknown time zone").catch(
    "Europe/Berlin",
  ),
  minNoticeMinutes: z.number().int().min(0).max(60 * 24 * 30).catch(120),
  horizonDays: z.number().int().min(1).max(365).catch(60),
  slotStepMinutes: z.number().int().min(5).max(240).catch(15),
  /** Kept free before each appointment, unless its service says otherwise. */
  bufferBeforeMinutes: z.number().int().min(0).max(240).catch(0),
  /** Kept free after each appointment, unless its service says otherwise. */
  bufferAfterMinutes: z.number().int().min(0).max(240).catch(0),
  autoConfirm: z.boolean().catch(false),
  cancelCutoffHours: z.number().int().min(0).max(24 * 30).catch(24),
  /** Also told of every new, cancelled and moved booking ("" for no one). */
  notifyEmail: z.union([z.literal(""), z.email().max(254)]).catch(""),
  notifyLocale: z.enum(["en", "de"]).catch("en"),
  /** The business's own closed days: single dates or ranges. */
  closedDays: z.array(z.object({ from: z.iso.date(), to: z.iso.date() }))
    .max(100).catch([]),
  /** Public holidays are closed too: a country (`AT`) or German state (`DE-BY`), or "". */
  holidayRegion: z.string().max(10).catch(""),
  headerLinks: z.array(link).max(10).catch([]),
  footerLinks: z.array(link).max(10).catch([]),
});

export type BookingSettings = z.infer<typeof bookingSettingsSchema>;

/** The current settings; missing or invalid fields take their defaults. */
export async function getBookingSettings(
  db: Database,
): Promise<BookingSettings> {
  const raw = await readOption(db, OPTION);
  let stored: unknown = {};
  try {
    stored = raw ? JSON.parse(raw) : {};
  } catch {
    // An unreadable row means defaults, not an outage of the booking page.
  }
  return bookingSettingsSchema.parse(
    stored && typeof stored === "object" ? stored : {},
  );
}

/** Saves validated settings. */
export async function saveBookingSettings(
  db: Database,
  settings: BookingSettings,
  now: Date,
): Promise<void> {
  await writeOption(db, OPTION, JSON.stringify(settings), now);
}
