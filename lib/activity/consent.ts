/**
 * Consent comes first: nothing is recorded for a contact without a
 * "granted" row. Every change notifies all instances, which drop the
 * contact from their heartbeat caches at once.
 */
import { sql } from "kysely";
import type { Database } from "../db/database.ts";
import { notify } from "../db/change_log.ts";
import { inTransaction } from "../db/transaction.ts";
import { recordAudit } from "../audit.ts";
import { ACTIVITY_INVALIDATE } from "./channels.ts";

export type ConsentChoice = "granted" | "declined";

/** Tells every instance to forget what it cached about the contact. */
async function notifyIdentityChange(
  db: Database,
  contactId: string,
): Promise<void> {
  await notify(db, ACTIVITY_INVALIDATE, contactId);
}

/** The contact's current choice, or null if they have not decided. */
export async function getConsent(db: Database, contactId: string) {
  return await db.selectFrom("activity_consents").selectAll()
    .where("contact_id", "=", contactId).executeTakeFirst() ?? null;
}

/** Stores accept or decline with the policy version and time. */
export async function recordConsent(
  db: Database,
  contactId: string,
  choice: ConsentChoice,
  policyVersion: string,
  now: Date,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await tx.insertInto("activity_consents").values({
      contact_id: contactId,
      status: choice,
      policy_version: policyVersion,
      decided_at: now,
    }).onConflict((oc) =>
      oc.column("contact_id").doUpdateSet({
        status: choice,
        policy_version: policyVersion,
        decided_at: now,
      })
    ).execute();
    if (choice === "declined") {
      await tx.updateTable("activity_sessions").set({
        ended_at: sql`last_seen_at`,
      })
        .where("contact_id", "=", contactId).where("ended_at", "is", null)
        .execute();
    }
    await recordAudit(
      tx,
      { type: "contact", id: contactId },
      `activity.consent.${choice}`,
      "contact",
      contactId,
      {
        policy_version: policyVersion,
      },
      now,
    );
    await notifyIdentityChange(tx, contactId);
  });
}

/** "Delete my activity data": every session and visit of the contact. */
export async function eraseActivity(
  db: Database,
  contactId: string,
  now: Date,
): Promise<number> {
  return await inTransaction(db, async (tx) => {
    await tx.deleteFrom("page_visits").where("contact_id", "=", contactId)
      .execute();
    const sessions = await tx.deleteFrom("activity_sessions").where(
      "contact_id",
      "=",
      contactId,
    )
      .executeTakeFirst();
    await recordAudit(
      tx,
      { type: "contact", id: contactId },
      "activity.erase",
      "contact",
      contactId,
      {},
      now,
    );
    await notifyIdentityChange(tx, contactId);
    return Number(sessions.numDeletedRows);
  });
}
