import { type Kysely, sql } from "kysely";

/**
 * Runs a block of DDL one statement at a time (the extended protocol takes
 * one statement per query). Statements end with `;` at the end of a line.
 */
export async function runStatements(
  // deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
  db: Kysely<any>,
  block: string,
): Promise<void> {
  const statements = block.split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, "").trim())
    .filter(Boolean);
  for (const statement of statements) await sql.raw(statement).execute(db);
}
