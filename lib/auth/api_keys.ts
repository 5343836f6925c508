/**
 * API keys for machines (e.g. a shop on another instance issuing licenses
 * here). Shown once at creation; only the SHA-256 is kept, so a lookup by
 * hash is the comparison and leaks nothing about near misses.
 */
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import { randomToken, sha256Hex } from "../crypto.ts";
import { recordAudit } from "../audit.ts";

const PREFIX = "pk_";

/** Creates a key; returns the plaintext, which is never stored. */
export async function createApiKey(
  db: Database,
  name: string,
  staffId: string | null,
  now: Date,
): Promise<{ id: string; key: string }> {
  const key = PREFIX + randomToken(32);
  const { id } = await inTransaction(db, async (tx) => {
    const row = await tx.insertInto("api_keys").values({
      name,
      prefix: key.slice(0, 10),
      key_hash: await sha256Hex(key),
      created_by: staffId,
      created_at: now,
    }).returning("id").executeTakeFirstOrThrow();
    await recordAudit(
      tx,
      { type: "staff", id: staffId },
      "api_key.create",
      "api_key",
      row.id,
      { name },
      now,
    );
    return row;
  });
  return { id, key };
}

/** The id of the active key in an `Authorization: Bearer …` header, or null. */
export async function verifyApiKey(
  db: Database,
  authorization: string | null,
  now: Date,
): Promise<string | null> {
  const match = authorization?.match(/^Bearer\s+(\S{10,200})$/i);
  if (!match || !match[1].startsWith(PREFIX)) return null;
  const row = await db.updateTable("api_keys").set({ last_used_at: now })
    .where("key_hash", "=", await sha256Hex(match[1]))
    .where("revoked_at", "is", null)
    .returning("id").executeTakeFirst();
  return row?.id ?? null;
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
