/**
 * The transactional outbox: an email is written in the same transaction as
 * the change that causes it, and a worker sends it later. A dedupe key makes
 * enqueueing idempotent (the same event never mails twice).
 */
import type { Kysely } from "kysely";
import type { EmailAttachment, Tables } from "../db/schema.ts";
import { jsonb } from "../db/json.ts";
import { CommitSignal, raise } from "../db/after_commit.ts";

/**
 * Raised by every write that makes a message due: after the commit the app
 * wakes the mail worker (`lib/app/effects.ts`), so no caller kicks it.
 */
export const MAIL_QUEUED = new CommitSignal("mail queued");

export interface EmailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments?: EmailAttachment[];
}

/** Queues `message` unless one with `dedupeKey` exists; true when queued. */
export async function enqueueEmail(
  db: Kysely<Tables>,
  dedupeKey: string,
  message: EmailMessage,
): Promise<boolean> {
  const inserted = await db.insertInto("email_outbox")
    .values({
      dedupe_key: dedupeKey,
      to_address: message.to,
      subject: message.subject,
      html: message.html,
      text: message.text,
      attachments: jsonb(message.attachments ?? []),
    })
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted) await raise(db, MAIL_QUEUED);
  return inserted !== undefined;
}
