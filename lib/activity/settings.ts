/** The activity tracker's settings, one JSON document in `options`. */
import { z } from "zod";
import type { Database } from "../db/database.ts";
import { readOption, writeOption } from "../options.ts";

const OPTION = "activity.settings";

/**
 * The ranges the numeric settings accept: a stored value outside falls
 * back to the default, and the admin form refuses it (naming the range).
 */
export const ACTIVITY_LIMITS = {
  inactivityMinutes: { min: 1, max: 240 },
  onlineWindowSeconds: { min: 35, max: 3600 },
  retentionDays: { min: 1, max: 3650 },
} as const;

const limited = (field: keyof typeof ACTIVITY_LIMITS, fallback: number) =>
  z.number().int().min(ACTIVITY_LIMITS[field].min)
    .max(ACTIVITY_LIMITS[field].max).catch(fallback);

export const activitySettingsSchema = z.object({
  /** A session ends after this long without a heartbeat. */
  inactivityMinutes: limited("inactivityMinutes", 5),
  /** "Online" means a heartbeat within this many seconds. */
  onlineWindowSeconds: limited("onlineWindowSeconds", 75),
  /** Sessions and visits older than this are deleted. */
  retentionDays: limited("retentionDays", 90),
  /** Shown in the banner and stored with each consent. */
  policyVersion: z.string().min(1).max(40).catch("2026-11"),
});

export type ActivitySettings = z.infer<typeof activitySettingsSchema>;

export async function getActivitySettings(
  db: Database,
): Promise<ActivitySettings> {
  const raw = await readOption(db, OPTION);
  let stored: unknown = {};
  try {
    stored = raw ? JSON.parse(raw) : {};
  } catch {
    // Unreadable means defaults.
  }
  return activitySettingsSchema.parse(
    stored && typeof stored === "object" ? stored : {},
  );
}

export async function saveActivitySettings(
  db: Database,
  settings: ActivitySettings,
  now: Date,
) {
  await writeOption(db, OPTION, JSON.stringify(settings), now);
}
