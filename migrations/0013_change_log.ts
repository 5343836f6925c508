import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Every NOTIFY the app sends also goes into `change_log`, in the same
 * transaction, so an instance that cannot LISTEN (its DATABASE_URL leads
 * through a transaction pooler) polls the log instead and still hears of
 * every change (lib/db/change_log.ts). Rows are kept for minutes only
 * (the prune-change-log job).
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table change_log (
      id bigint generated always as identity primary key,
      channel text not null,
      payload text not null,
      created_at timestamptz not null default now()
    );
    create index change_log_created_at on change_log (created_at);
    -- One line each: runStatements splits at a semicolon that ends a line.
    create function portico_notify(channel text, payload text) returns void
    language plpgsql as $$ begin perform pg_notify(channel, payload); insert into change_log (channel, payload) values (channel, payload); end $$;
    create or replace function portico_table_changed() returns trigger
    language plpgsql as $$ begin perform portico_notify('portico_table_changed', tg_table_name); return null; end $$;
  `,
  );
}
