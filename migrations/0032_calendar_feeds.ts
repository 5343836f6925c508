import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * One calendar subscription feed per staff member: its URL carries a
 * random feed id and a secret, of which only the SHA-256 is kept, so a
 * copy of the database opens no one's calendar. Rotating replaces both.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table calendar_feeds (
      staff_id uuid primary key references staff (id) on delete cascade,
      feed_id uuid not null unique,
      secret_hash text not null,
      show_client_names boolean not null default false,
      created_at timestamptz not null default now()
    );
  `,
  );
}
