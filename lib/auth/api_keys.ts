/**
 * API keys for machines (e.g. a shop on another instance issuing licenses
 * here). Shown once at creation; only the SHA-256 is kept, so a lookup by
 * hash is the comparison and leaks nothing about near misses.
 */
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import { randomToken, sha256Hex } from "../crypto.ts";
import { recordAudit } from "../audit.ts";
import { ForbiddenError, UnauthorizedError } from "../errors.ts";

const PREFIX = "pk_";

/** What a key may be allowed: issuing licenses, reading bookings. */
export const API_SCOPES = ["licenses:issue", "bookings:read"] as const;
export type ApiScope = typeof API_SCOPES[number];

/** Creates a key; returns the plaintext, which is never stored. */
export async function createApiKey(
  db: Database,
  name: string,
  staffId: string | null,
  now: Date,
  scopes: readonly ApiScope[] = ["licenses:issue"],
): Promise<{ id: string; key: string }> {
  const key = PREFIX + randomToken(32);
  const { id } = await inTransaction(db, async (tx) => {
    const row = await tx.insertInto("api_keys").values({
      name,
      prefix: key.slice(0, 10),
      key_hash: await sha256Hex(key),
      created_by: staffId,
      created_at: now,
      scopes: [...scopes],
    }).returning("id").executeTakeFirstOrThrow();
    await recordAudit(
      tx,
      { type: "staff", id: staffId },
      "api_key.create",
      "api_key",
      row.id,
      { name, scopes },
      now,
    );
    return row;
  });
  return { id, key };
}

/**
 * The id of the active key in an `Authorization: Bearer …` header that
 * holds `scope`: UnauthorizedError without a valid key, ForbiddenError
 * (code `SCOPE_MISSING`) for a key not allowed this.
 */
export async function authorizeApiKey(
  db: Database,
  authorization: string | null,
  scope: ApiScope,
  now: Date,
): Promise<string> {
  const match = authorization?.match(/^Bearer\s+(\S{10,200})$/i);
  const row = match && match[1].startsWith(PREFIX)
    ? await db.updateTable("api_keys").set({ last_used_at: now })
      .where("key_hash", "=", await sha256Hex(match[1]))
      .where("revoked_at", "is", null)
      .returning(["id", "scopes"]).executeTakeFirst()
    : undefined;
  if (!row) throw new UnauthorizedError("A valid API key is required.");
  if (!row.scopes.includes(scope)) {
    throw new ForbiddenError(
      `This API key is not allowed ${scope}.`,
      "SCOPE_MISSING",
    );
  }
  return row.id;
}

/** Every key, newest first, without secrets. */
export async function listApiKeys(db: Database) {
  return await db.selectFrom("api_keys")
    .select([
      "id",
      "name",
      "prefix",
      "created_at",
      "last_used_at",
      "revoked_at",
      "scopes",
    ])
    .orderBy("created_at", "desc").execute();
}

/** Revokes a key at once. */
export async function revokeApiKey(
  db: Database,
  id: string,
  staffId: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.updateTable("api_keys").set({ revoked_at: now })
      .where("id", "=", id).where("revoked_at", "is", null).execute();
    await recordAudit(
      tx,
      { type: "staff", id: staffId },
      "api_key.revoke",
      "api_key",
      id,
      {},
      now,
    );
  });
}
