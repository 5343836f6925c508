/** What staff change in the activity tracker: its settings. */
import type { Database } from "../db/database.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { inTransaction } from "../db/transaction.ts";
import {
  type ActivitySettings,
  getActivitySettings,
  saveActivitySettings,
} from "./settings.ts";

/** Saves the settings and notes which ones changed in the audit log. */
export async function updateActivitySettings(
  db: Database,
  actor: Actor,
  settings: ActivitySettings,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const before = await getActivitySettings(tx);
    const changed = (Object.keys(settings) as (keyof ActivitySettings)[])
      .filter((key) => settings[key] !== before[key]);
    await saveActivitySettings(tx, settings, now);
    await recordAudit(
      tx,
      actor,
      "activity.settings.update",
      "activity_settings",
      null,
      { changed },
      now,
    );
  });
}
