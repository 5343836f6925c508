/**
 * Recognising database errors by SQLSTATE, the same for postgres.js and
 * PGlite (they name the violated constraint differently).
 */

interface PostgresErrorFields {
  code?: unknown;
  constraint_name?: unknown;
  constraint?: unknown;
}

/**
 * The constraint a unique violation (SQLSTATE 23505) broke, "" when the
 * driver does not say which, or undefined for any other error.
 */
export function uniqueViolation(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const fields = error as PostgresErrorFields;
  if (fields.code !== "23505") return undefined;
  const name = fields.constraint_name ?? fields.constraint;
  return typeof name === "string" ? name : "";
}
