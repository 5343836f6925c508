/**
 * The mail worker: takes due rows from the outbox, hands them to the SMTP
 * server through nodemailer and records the outcome. Every try counts as an
 * attempt; a failed one is tried again later with exponential backoff and
 * the message is given up (`failed`) after `maxAttempts`, so SMTP being
 * down loses no mail. Several instances may run the worker at once: each
 * row is claimed with `for update skip locked` and a lease, so no row is
 * sent by two of them.
 */
import type { Mail } from "nodemailer";
import type { Database } from "../db/database.ts";
import type {
  AttachmentSource,
  EmailAttachment,
  EmailMessageRow,
} from "../db/schema.ts";
import { describeError } from "../errors.ts";

/**
 * Wakes the mail worker after a commit that queued email. Domain code that
 * commits mail takes this port, not the worker.
 */
export interface MailKicker {
  kick(): void;
}

/** What the worker needs from a nodemailer transporter. */
export type MailTransport = Pick<Mail, "sendMail" | "close">;

/** Makes the bytes of a generated attachment (see `EmailAttachment.source`), base64. */
export type AttachmentRenderer = (
  db: Database,
  source: AttachmentSource,
) => Promise<string>;

export interface SendOptions {
  /** The sender, `MAIL_FROM`. */
  from: string;
  /** Renders generated attachments; a message with one fails without it. */
  renderAttachment?: AttachmentRenderer;
  /** `APP_URL`: its host names the messages (Message-ID). */
  appUrl: string;
  /** Most messages one run sends (the next run takes the rest). */
  batchSize?: number;
  /** Attempts after which a message is marked `failed`. */
  maxAttempts?: number;
}

/** What one run did. */
export interface SendSummary {
  sent: number;
  /** Failed this time, to be tried again later. */
  retrying: number;
  /** Failed for the last time: now `failed`. */
  failed: number;
}

export const DEFAULT_BATCH_SIZE = 50;
export const DEFAULT_MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 3600_000;
/**
 * A claimed row is not due again for this long, so another instance leaves
 * it alone while it is being sent. Far longer than one send can take with
 * the transport's timeouts below; if the process dies mid-send the message
 * is tried again by a later run, that try counted like any other.
 */
export const CLAIM_LEASE_MS = 10 * 60_000;

/**
 * Creates the SMTP transport for `SMTP_URL` (one connection per message).
 * nodemailer is loaded with the first message, not at start-up.
 */
export function createMailTransport(smtpUrl: string): MailTransport {
  let transport: Promise<Mail> | undefined;
  const load = () =>
    transport ??= import("nodemailer").then(({ default: nodemailer }) =>
      nodemailer.createTransport({
        url: smtpUrl,
        // A server that accepts the connection and then hangs must not stall
        // the worker (or the embedded database's one connection) for minutes.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      })
    );
  return {
    sendMail: async (message: Mail.Options) =>
      await (await load()).sendMail(message),
    // Nothing to close before the first message.
    close: () => void transport?.then((loaded) => loaded.close()),
  };
}

/** Delay before the next try after `attempts` failed ones: 30 s, 1 min, 2 min … 1 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(
    FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1),
    MAX_RETRY_MS,
  );
}

/**
 * Claims the next due message for this run and counts the try, or returns
 * undefined when none is due. The claim commits before the send, so no
 * transaction is open while the SMTP server answers, and a try whose
 * process dies mid-send has been counted all the same.
 */
async function claimNextDue(
  db: Database,
  now: Date,
  maxAttempts: number,
): Promise<EmailMessageRow | undefined> {
  return await db.updateTable("email_outbox")
    .set((eb) => ({
      attempts: eb("attempts", "+", 1),
      next_attempt_at: new Date(now.getTime() + CLAIM_LEASE_MS),
    }))
    .where("id", "=", (eb) =>
      eb.selectFrom("email_outbox").select("id")
        .where("status", "=", "pending")
        .where("next_attempt_at", "<=", now)
        .where("attempts", "<", maxAttempts)
        .orderBy("next_attempt_at").orderBy("created_at")
        .limit(1)
        .forUpdate().skipLocked())
    .returningAll()
    .executeTakeFirst();
}

/**
 * Gives up the messages that had their last allowed try and are due again:
 * that try's claim ran out without an outcome (its process died mid-send).
 * Returns how many.
 */
async function failExhausted(
  db: Database,
  now: Date,
  maxAttempts: number,
): Promise<number> {
  const result = await db.updateTable("email_outbox").set({
    status: "failed",
    last_error: "the last try did not finish (the sender stopped mid-send)",
  })
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", now)
    .where("attempts", ">=", maxAttempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Marks a message sent. Unconditional: the server accepted it, even when
 * this try's claim had run out meanwhile.
 */
async function markSent(db: Database, id: string, now: Date): Promise<void> {
  await db.updateTable("email_outbox")
    .set({ status: "sent", sent_at: now, last_error: null })
    .where("id", "=", id).execute();
}

/**
 * Records a failed try (already counted at claim); returns whether the
 * message was given up. Only while the claim is still this try's: once it
 * ran out, another try owns the message and its outcome stands.
 */
async function markFailedAttempt(
  db: Database,
  row: EmailMessageRow,
  error: string,
  now: Date,
  maxAttempts: number,
): Promise<boolean> {
  const givenUp = row.attempts >= maxAttempts;
  await db.updateTable("email_outbox").set({
    last_error: error,
    status: givenUp ? "failed" : "pending",
    next_attempt_at: new Date(now.getTime() + retryDelayMs(row.attempts)),
  })
    .where("id", "=", row.id)
    .where("status", "=", "pending")
    .where("attempts", "=", row.attempts)
    .execute();
  return givenUp;
}

/** True when the server could not be reached at all, so the rest would fail too. */
function isConnectionFailure(error: unknown): boolean {
  const { code, responseCode } = error as {
    code?: unknown;
    responseCode?: unknown;
  };
  return responseCode === undefined &&
    ["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ETLS"].includes(
      String(code),
    );
}

/** The stored attachments (also from rows written as a JSON-encoded string). */
function attachmentsOf(row: EmailMessageRow): EmailAttachment[] {
  const stored: unknown = row.attachments;
  const list = typeof stored === "string" ? JSON.parse(stored) : stored;
  return Array.isArray(list) ? list : [];
}

/**
 * The Message-ID of an outbox row: its id at the app's host (nodemailer
 * would take the sender's domain, `localhost` by default). The same on
 * every try, so a message whose acceptance was lost and that went out
 * again is one message to the recipient's mail client.
 */
export function messageIdOf(rowId: string, appUrl: string): string {
  return `<${rowId}@${new URL(appUrl).hostname}>`;
}

async function toMessage(
  db: Database,
  row: EmailMessageRow,
  options: SendOptions,
) {
  const attachments = [];
  for (const attachment of attachmentsOf(row)) {
    let content = attachment.content;
    if (attachment.source) {
      if (!options.renderAttachment) {
        throw new Error(`no renderer for ${attachment.source.kind}`);
      }
      content = await options.renderAttachment(db, attachment.source);
    }
    attachments.push({
      filename: attachment.filename,
      contentType: attachment.contentType,
      content,
      encoding: "base64",
      ...(attachment.cid ? { cid: attachment.cid } : {}),
    });
  }
  return {
    from: options.from,
    messageId: messageIdOf(row.id, options.appUrl),
    to: row.to_address,
    subject: row.subject,
    text: row.text,
    html: row.html,
    attachments,
  };
}

/**
 * Sends the messages that are due at `now`, each in its own three steps:
 * claim (committed), send, record the outcome. No transaction is open
 * while SMTP answers, so a cut connection or a dead process re-sends at
 * most the one message in flight. When the server cannot be reached the
 * run stops after the first failure: the other messages stay due,
 * untouched, for the next run.
 */
export async function sendDueEmails(
  db: Database,
  transport: MailTransport,
  now: Date,
  options: SendOptions,
): Promise<SendSummary> {
  if (db.isTransaction) {
    throw new Error(
      "each send commits on its own: call it outside a transaction",
    );
  }
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const summary: SendSummary = {
    sent: 0,
    retrying: 0,
    failed: await failExhausted(db, now, maxAttempts),
  };
  for (let i = 0; i < batchSize; i++) {
    const row = await claimNextDue(db, now, maxAttempts);
    if (!row) break;
    try {
      await transport.sendMail(await toMessage(db, row, options));
    } catch (error) {
      const givenUp = await markFailedAttempt(
        db,
        row,
        describeError(error),
        now,
        maxAttempts,
      );
      summary[givenUp ? "failed" : "retrying"]++;
      if (isConnectionFailure(error)) break;
      continue;
    }
    await markSent(db, row.id, now);
    summary.sent++;
  }
  return summary;
}

/** One line for the job log, e.g. "2 sent, 1 to retry, 0 failed". */
export function describeSendSummary(summary: SendSummary): string {
  return `${summary.sent} sent, ${summary.retrying} to retry, ${summary.failed} failed`;
}

/** The in-process mail worker `main.ts` runs. */
export interface Mailer extends MailKicker {
  /** Whether `SMTP_URL` is set; without it nothing is ever sent. */
  readonly enabled: boolean;
  /**
   * Sends what is due at `now` through `db` (default: the mailer's own);
   * null without `SMTP_URL`.
   */
  sendDue(now: Date, db?: Database): Promise<SendSummary | null>;
  /** Cancels a pending kick and waits for running sends to finish. */
  stop(): Promise<void>;
}

export interface MailerOptions extends SendOptions {
  db: Database;
  /** `SMTP_URL`; undefined keeps every message in the outbox. */
  smtpUrl?: string;
  /** The clock kicked runs use. */
  now?: () => Date;
  /** How long a kick waits, so that a burst of commits makes one run. */
  debounceMs?: number;
  /** Where a kicked run's failure is reported (it has no caller). */
  onError?: (error: unknown) => void;
}

/**
 * Creates the mailer. `kick()` after a commit that queued mail schedules a
 * run shortly after (debounced, in this process); the cron job catches
 * whatever a kick missed, e.g. mail queued by another instance.
 *
 * Runs are not queued behind each other: a kicked run and the cron job's
 * run may overlap, which the row claims make safe, and waiting on each
 * other could deadlock the embedded database's single connection.
 */
export function createMailer(options: MailerOptions): Mailer {
  const transport = options.smtpUrl
    ? createMailTransport(options.smtpUrl)
    : undefined;
  const clock = options.now ?? (() => new Date());
  const debounceMs = options.debounceMs ?? 250;
  const onError = options.onError ??
    ((error: unknown) => console.error("mail worker:", error));
  const inFlight = new Set<Promise<unknown>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let kickedRunActive = false;
  let kickedWhileRunning = false;
  let stopped = false;

  function sendDue(
    now: Date,
    db: Database = options.db,
  ): Promise<SendSummary | null> {
    if (!transport) return Promise.resolve(null);
    const run = sendDueEmails(db, transport, now, {
      from: options.from,
      appUrl: options.appUrl,
      batchSize: options.batchSize,
      maxAttempts: options.maxAttempts,
      renderAttachment: options.renderAttachment,
    });
    const settled = run.then(() => {}, () => {});
    inFlight.add(settled);
    settled.then(() => inFlight.delete(settled));
    return run;
  }

  function runKicked() {
    timer = undefined;
    kickedRunActive = true;
    sendDue(clock()).catch(onError).finally(() => {
      kickedRunActive = false;
      // Mail committed during the run may have missed it: go again.
      if (kickedWhileRunning) {
        kickedWhileRunning = false;
        kick();
      }
    });
  }

  function kick() {
    if (!transport || stopped || timer !== undefined) return;
    if (kickedRunActive) {
      kickedWhileRunning = true;
      return;
    }
    timer = setTimeout(runKicked, debounceMs);
  }

  return {
    enabled: transport !== undefined,
    sendDue,
    kick,
    async stop() {
      const first = !stopped;
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      await Promise.all(inFlight);
      if (first) transport?.close();
    },
  };
}
