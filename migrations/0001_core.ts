import { type Kysely, sql } from "kysely";

// deno-lint-ignore no-explicit-any -- migrations must not depend on today's schema types
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists btree_gist`.execute(db);
  await sql`create extension if not exists citext`.execute(db);

  await db.schema.createTable("options")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn(
      "updated_at",
      "timestamptz",
      (c) => c.notNull().defaultTo(sql`now()`),
    )
    .execute();
}
