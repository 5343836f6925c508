import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * The cached list of bookable services leaves out those no active staff
 * member performs, so it is read from `staff` and `staff_services` too:
 * their writes notify every instance as those of `services` do (0008).
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create trigger staff_changed
      after insert or update or delete or truncate on staff
      for each statement execute function portico_table_changed();
    create trigger staff_services_changed
      after insert or update or delete or truncate on staff_services
      for each statement execute function portico_table_changed();
  `,
  );
}
