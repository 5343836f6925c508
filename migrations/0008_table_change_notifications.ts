import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Every write to a table whose rows instances cache in memory
 * (lib/db/table_cache.ts) notifies all of them at commit, whatever code
 * made it. One notification per statement, with the table's name.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    -- One line: runStatements splits at a semicolon that ends a line.
    create function portico_table_changed() returns trigger
    language plpgsql as $$ begin perform pg_notify('portico_table_changed', tg_table_name); return null; end $$;
    create trigger options_changed
      after insert or update or delete or truncate on options
      for each statement execute function portico_table_changed();
    create trigger services_changed
      after insert or update or delete or truncate on services
      for each statement execute function portico_table_changed();
  `,
  );
}
