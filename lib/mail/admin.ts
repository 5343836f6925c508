/**
 * What admin → Emails reads and does with the outbox: the list with its
 * filter and pages, one message, and "Retry now".
 */
import type { Database } from "../db/database.ts";
import { inTransaction } from "../db/transaction.ts";
import type { EmailMessageRow, EmailStatus } from "../db/schema.ts";
import { NotFoundError } from "../errors.ts";
import { recordAudit } from "../audit.ts";
import { raise } from "../db/after_commit.ts";
import { MAIL_QUEUED } from "./outbox.ts";

export const EMAIL_STATUSES: readonly EmailStatus[] = [
  "pending",
  "sent",
  "failed",
];

/** A row of the list: everything but the bodies. */
export type OutboxEntry = Omit<
  EmailMessageRow,
  "html" | "text" | "attachments" | "dedupe_key"
>;

export interface OutboxPage {
  emails: OutboxEntry[];
  /** Whether a page follows this one. */
  hasMore: boolean;
}

export const OUTBOX_PAGE_SIZE = 25;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One page of the outbox, newest first, optionally of one status. */
export async function listOutbox(
  db: Database,
  options: { status?: EmailStatus; page?: number; pageSize?: number },
): Promise<OutboxPage> {
  const pageSize = options.pageSize ?? OUTBOX_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  let query = db.selectFrom("email_outbox").select([
    "id",
    "to_address",
    "subject",
    "status",
    "attempts",
    "next_attempt_at",
    "last_error",
    "created_at",
    "sent_at",
  ]);
  if (options.status) query = query.where("status", "=", options.status);
  const rows = await query
    .orderBy("created_at", "desc").orderBy("id", "desc")
    .limit(pageSize + 1).offset((page - 1) * pageSize)
    .execute();
  return { emails: rows.slice(0, pageSize), hasMore: rows.length > pageSize };
}

/** How many messages the outbox holds per status. */
export async function countOutboxByStatus(
  db: Database,
): Promise<Record<EmailStatus, number>> {
  const rows = await db.selectFrom("email_outbox")
    .select((eb) => ["status", eb.fn.countAll<string>().as("count")])
    .groupBy("status").execute();
  const counts: Record<EmailStatus, number> = {
    pending: 0,
    sent: 0,
    failed: 0,
  };
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

/** One message with its bodies; `NotFoundError` for an unknown id. */
export async function getOutboxEmail(
  db: Database,
  id: string,
): Promise<EmailMessageRow> {
  const row = UUID.test(id)
    ? await db.selectFrom("email_outbox").selectAll().where("id", "=", id)
      .executeTakeFirst()
    : undefined;
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * Makes a pending or failed message due now ("Retry now"); a failed one
 * starts a fresh series of attempts. False when it was sent already.
 */
export async function retryEmail(
  db: Database,
  id: string,
  staffId: string,
  now: Date,
): Promise<boolean> {
  await getOutboxEmail(db, id);
  return await inTransaction(db, async (tx) => {
    const row = await tx.updateTable("email_outbox")
      .set((eb) => ({
        status: "pending",
        next_attempt_at: now,
        attempts: eb.case().when("status", "=", "failed").then(0)
          .else(eb.ref("attempts")).end(),
      }))
      .where("id", "=", id).where("status", "in", ["pending", "failed"])
      .returning("id").executeTakeFirst();
    if (!row) return false;
    await recordAudit(
      tx,
      { type: "staff", id: staffId },
      "email.retry",
      "email",
      id,
      {},
      now,
    );
    await raise(tx, MAIL_QUEUED);
    return true;
  });
}
