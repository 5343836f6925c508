import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Licenses this installation issued to itself for its own modules (when it
 * is its own license server): recorded like any other license, marked so
 * the licenses list and the numbers that count sales can tell them apart.
 * At most one per module.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    alter table licenses
      add column own_installation boolean not null default false;
    create unique index licenses_own_installation_product
      on licenses (product) where own_installation;
  `,
  );
}
