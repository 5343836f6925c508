/**
 * Settings as key/value rows in `options` (as in the seed modules' options
 * table). Each area stores one JSON document under its own name and
 * validates it on read, so a bad row falls back to defaults field by field.
 */
import { sql } from "kysely";
import type { Database } from "./db/database.ts";

/** The raw value of one option, or undefined. */
export async function readOption(
  db: Database,
  name: string,
): Promise<string | undefined> {
  const row = await db.selectFrom("options").select("value")
    .where("name", "=", name).executeTakeFirst();
  return row?.value;
}

/** Inserts or replaces one option. */
export async function writeOption(
  db: Database,
  name: string,
  value: string,
  now: Date,
): Promise<void> {
  await db.insertInto("options").values({ name, value, updated_at: now })
    .onConflict((oc) =>
      oc.column("name").doUpdateSet({
        value: sql`excluded.value`,
        updated_at: now,
      })
    )
    .execute();
}
