import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * What an API key may do: `licenses:issue` (the license API, what every
 * key before this could do, so existing keys keep it) and `bookings:read`
 * (the read-only booking API).
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    alter table api_keys
      add column scopes text[] not null default '{licenses:issue}'
        constraint api_keys_scopes_check check (
          cardinality(scopes) > 0 and
          scopes <@ array['licenses:issue', 'bookings:read']::text[]
        );
  `,
  );
}
