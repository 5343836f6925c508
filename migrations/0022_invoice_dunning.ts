import type { Kysely } from "kysely";
import { runStatements } from "./sql.ts";

/**
 * Unpaid invoices past their due date: when each was marked overdue and
 * when its first and second reminder went out. Issued invoices are
 * immutable (0014), so this lives beside them; the timestamps are set by
 * conditional updates, so each reminder goes out at most once.
 */
// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(
    db,
    `
    create table invoice_dunning (
      invoice_id uuid primary key references invoices(id),
      overdue_at timestamptz not null,
      first_reminder_at timestamptz,
      second_reminder_at timestamptz,
      check (second_reminder_at is null or first_reminder_at is not null)
    );
  `,
  );
}
