/**
 * A value for a `jsonb` column. postgres.js JSON-encodes parameters it
 * sees as json, so a pre-encoded string would be stored as a JSON string;
 * sending text and casting in SQL stores the structure on both drivers.
 */
import { type RawBuilder, sql } from "kysely";

export function jsonb(value: unknown): RawBuilder<string> {
  return sql<string>`${JSON.stringify(value)}::text::jsonb`;
}
