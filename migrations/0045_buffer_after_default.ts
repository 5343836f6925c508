import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * The buffer after an appointment may be left to the business-wide
 * setting, as the buffer before is (empty: the booking settings' value).
 * Existing services keep the buffer they were given.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    alter table services
      alter column buffer_minutes drop not null,
      alter column buffer_minutes drop default;
  `,
  );
}
