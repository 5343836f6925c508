/** The activity tracker's settings, one JSON document in `options`. */
import { z } from "zod";
import type { Database } from "../db/database.ts";
import { readOption, writeOption } from "../options.ts";

const OPTION = "activity.settings";

export const activitySettingsSchema = z.object({
  /** A session ends after this long without a heartbeat. */
  inactivityMinutes: z.number().int().min(1).max(240).catch(5),
  /** "Online" means a heartbeat within this many seconds. */
  onlineWindowSeconds: z.number().int().min(35).max(3600).catch(75),
  /** Sessions and visits older than this are deleted. */
  retentionDays: z.number().int().min(1).max(3650).catch(90),
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
