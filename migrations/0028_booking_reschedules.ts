import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * A booking's history also records moves: an event whose status stays
 * the same and that names the start before and after. Both or neither,
 * so a history row is either a status change or a move.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    alter table booking_events
      add column moved_from timestamptz,
      add column moved_to timestamptz,
      add constraint booking_events_move_check
        check ((moved_from is null) = (moved_to is null));
  `,
  );
}
