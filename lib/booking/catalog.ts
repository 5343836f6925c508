/** The services visitors can book. */
import type { Database } from "../db/database.ts";
import type { Service } from "../db/schema.ts";

/**
 * Active services that an active staff member performs, in their display
 * order: one nobody performs would lead to a page without a time.
 */
export async function listActiveServices(db: Database): Promise<Service[]> {
  return await db.selectFrom("services").selectAll()
    .where("active", "=", true)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("staff_services as ss")
          .innerJoin("staff as st", "st.id", "ss.staff_id")
          .select("ss.staff_id")
          .whereRef("ss.service_id", "=", "services.id")
          .where("st.active", "=", true),
      )
    )
    .orderBy("position").orderBy("name_en")
    .execute();
}
