/** The services visitors can book. */
import type { Database } from "../db/database.ts";
import type { Service } from "../db/schema.ts";

/** Active services in their display order. */
export async function listActiveServices(db: Database): Promise<Service[]> {
  return await db.selectFrom("services").selectAll()
    .where("active", "=", true)
    .orderBy("position").orderBy("name_en")
    .execute();
}
