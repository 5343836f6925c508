import assert from "node:assert/strict";
import { useTestDatabase } from "../db/testing.ts";
import { describeError } from "../errors.ts";
import { type EmailMessage, enqueueEmail } from "./outbox.ts";
import { freePort, startTestSmtpServer } from "./testing.ts";
import {
  CLAIM_LEASE_MS,
  createMailer,
  createMailTransport,
  retryDelayMs,
  sendDueEmails,
} from "./worker.ts";

const database = await useTestDatabase();
const { db } = database;
const FROM = "Portico <portico@example.com>";
const APP_URL = "https://crm.example.com";

/** A clock just ahead of the database's, so freshly queued mail is due. */
function startClock(): Date {
  return new Date(Math.ceil(Date.now() / 1000) * 1000 + 5000);
}

const later = (date: Date, ms: number) => new Date(date.getTime() + ms);

function message(to: string, extra: Partial<EmailMessage> = {}): EmailMessage {
  return {
    to,
    subject: `Hello ${to}`,
    html: `<p>Hello <strong>${to}</strong></p>`,
    text: `Hello ${to}\n`,
    ...extra,
  };
}

async function outboxRow(dedupeKey: string) {
  return await db.selectFrom("email_outbox").selectAll()
    .where("dedupe_key", "=", dedupeKey).executeTakeFirstOrThrow();
}

async function emptyOutbox() {
  await db.deleteFrom("email_outbox").execute();
}

Deno.test("mail queued while SMTP is down is retried with backoff and delivered exactly once", async () => {
  await emptyOutbox();
  const port = freePort();
  const transport = createMailTransport(`smtp://127.0.0.1:${port}`);
  const options = { from: FROM, appUrl: APP_URL };
  await enqueueEmail(db, "down-1", message("ada@example.com"));
  const t0 = startClock();

  // Nothing listens on the port: the attempt fails and is rescheduled.
  const first = await sendDueEmails(db, transport, t0, options);
  assert.deepEqual(first, { sent: 0, retrying: 1, failed: 0 });
  let row = await outboxRow("down-1");
  assert.equal(row.status, "pending");
  assert.equal(row.attempts, 1);
  assert.match(row.last_error!, /ECONNREFUSED|ESOCKET|ECONNECTION/);
  assert.equal(row.next_attempt_at.getTime(), t0.getTime() + 30_000);

  // Before the backoff has passed the message is left alone.
  const early = await sendDueEmails(db, transport, later(t0, 29_000), options);
  assert.deepEqual(early, { sent: 0, retrying: 0, failed: 0 });
  assert.equal((await outboxRow("down-1")).attempts, 1);

  // Still down: the pause doubles.
  const t1 = later(t0, 30_000);
  await sendDueEmails(db, transport, t1, options);
  row = await outboxRow("down-1");
  assert.equal(row.attempts, 2);
  assert.equal(row.next_attempt_at.getTime(), t1.getTime() + 60_000);

  // The server comes up on that port: the next due run delivers it.
  const smtp = await startTestSmtpServer(port);
  try {
    const t2 = later(t1, 60_000);
    const delivered = await sendDueEmails(db, transport, t2, options);
    assert.deepEqual(delivered, { sent: 1, retrying: 0, failed: 0 });
    row = await outboxRow("down-1");
    assert.equal(row.status, "sent");
    assert.equal(row.sent_at?.getTime(), t2.getTime());
    assert.equal(row.last_error, null);
    assert.equal(smtp.received.length, 1);
    assert.deepEqual(smtp.received[0].to, ["ada@example.com"]);
    assert.equal(smtp.received[0].from, "portico@example.com");

    // Later runs find nothing to send.
    const again = await sendDueEmails(
      db,
      transport,
      later(t2, 3600_000),
      options,
    );
    assert.deepEqual(again, { sent: 0, retrying: 0, failed: 0 });
    assert.equal(smtp.received.length, 1, "the server received it once");
  } finally {
    transport.close();
    await smtp.close();
  }
});

Deno.test("a message is marked failed after the maximum number of attempts", async () => {
  await emptyOutbox();
  const transport = createMailTransport(`smtp://127.0.0.1:${freePort()}`);
  await enqueueEmail(db, "give-up", message("bob@example.com"));
  const t0 = startClock();
  try {
    const options = { from: FROM, appUrl: APP_URL, maxAttempts: 2 };
    await sendDueEmails(db, transport, t0, options);
    const last = await sendDueEmails(db, transport, later(t0, 30_000), options);
    assert.deepEqual(last, { sent: 0, retrying: 0, failed: 1 });
    const row = await outboxRow("give-up");
    assert.equal(row.status, "failed");
    assert.equal(row.attempts, 2);
    assert.ok(row.last_error);
    // A failed message is not picked up again.
    const after = await sendDueEmails(
      db,
      transport,
      later(t0, 86400_000),
      options,
    );
    assert.deepEqual(after, { sent: 0, retrying: 0, failed: 0 });
  } finally {
    transport.close();
  }
});

/**
 * An SMTP server that holds every message until `release()`, then refuses
 * it: a send that hangs, as when the sending process dies mid-send.
 */
async function startStuckSmtpServer() {
  let markHeld!: () => void;
  const held = new Promise<void>((resolve) => markHeld = resolve);
  let release!: () => void;
  const released = new Promise<void>((resolve) => release = resolve);
  const server = await startTestSmtpServer(0, {
    async answer() {
      markHeld();
      await released;
      throw new Error("too late");
    },
  });
  return { server, held, release };
}

Deno.test("a try is counted when the message is claimed, so a send that never finishes counts too", async () => {
  await emptyOutbox();
  const stuck = await startStuckSmtpServer();
  const smtp = await startTestSmtpServer();
  const stuckTransport = createMailTransport(stuck.server.url);
  const transport = createMailTransport(smtp.url);
  const options = { from: FROM, appUrl: APP_URL };
  try {
    await enqueueEmail(db, "lapsed", message("fay@example.com"));
    const t0 = startClock();
    const hung = sendDueEmails(db, stuckTransport, t0, options);
    await stuck.held;
    assert.equal((await outboxRow("lapsed")).attempts, 1, "counted at claim");

    // While the claim lasts, no other worker takes the message.
    const during = await sendDueEmails(
      db,
      transport,
      later(t0, 60_000),
      options,
    );
    assert.deepEqual(during, { sent: 0, retrying: 0, failed: 0 });

    // The claim ran out (the first worker's process is gone): the next try
    // is the second.
    const t1 = later(t0, CLAIM_LEASE_MS + 1000);
    const retried = await sendDueEmails(db, transport, t1, options);
    assert.deepEqual(retried, { sent: 1, retrying: 0, failed: 0 });
    let row = await outboxRow("lapsed");
    assert.equal(row.status, "sent");
    assert.equal(row.attempts, 2);
    assert.equal(smtp.received.length, 1);

    // The stuck try finally fails: it no longer owns the message and
    // changes nothing.
    stuck.release();
    await hung;
    row = await outboxRow("lapsed");
    assert.equal(row.status, "sent");
    assert.equal(row.attempts, 2);
    assert.equal(row.last_error, null);
  } finally {
    stuck.release();
    stuckTransport.close();
    transport.close();
    await stuck.server.close();
    await smtp.close();
  }
});

Deno.test("a message whose last allowed try never finished ends failed, not sent again", async () => {
  await emptyOutbox();
  const stuck = await startStuckSmtpServer();
  const smtp = await startTestSmtpServer();
  const down = createMailTransport(`smtp://127.0.0.1:${freePort()}`);
  const stuckTransport = createMailTransport(stuck.server.url);
  const transport = createMailTransport(smtp.url);
  const options = { from: FROM, appUrl: APP_URL, maxAttempts: 2 };
  try {
    await enqueueEmail(db, "exhausted", message("gil@example.com"));
    const t0 = startClock();
    // Try 1: the server is down.
    assert.deepEqual(await sendDueEmails(db, down, t0, options), {
      sent: 0,
      retrying: 1,
      failed: 0,
    });
    // Try 2, the last allowed: the send hangs.
    const t1 = later(t0, 30_000);
    const hung = sendDueEmails(db, stuckTransport, t1, options);
    await stuck.held;
    assert.equal((await outboxRow("exhausted")).attempts, 2);

    // Its claim runs out: the message has had its tries and ends failed.
    const t2 = later(t1, CLAIM_LEASE_MS + 1000);
    assert.deepEqual(await sendDueEmails(db, transport, t2, options), {
      sent: 0,
      retrying: 0,
      failed: 1,
    });
    let row = await outboxRow("exhausted");
    assert.equal(row.status, "failed");
    assert.equal(row.attempts, 2);
    assert.ok(row.last_error);
    assert.equal(smtp.received.length, 0, "not sent a third time");

    stuck.release();
    await hung;
    row = await outboxRow("exhausted");
    assert.equal(row.status, "failed", "the late failure changes nothing");
    assert.equal(row.attempts, 2);
  } finally {
    stuck.release();
    down.close();
    stuckTransport.close();
    transport.close();
    await stuck.server.close();
    await smtp.close();
  }
});

Deno.test("sender, bodies and base64 attachments arrive as queued", async () => {
  await emptyOutbox();
  const smtp = await startTestSmtpServer();
  const transport = createMailTransport(smtp.url);
  try {
    const ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";
    await enqueueEmail(
      db,
      "attach",
      message("cleo@example.com", {
        subject: "Your appointment",
        attachments: [{
          filename: "appointment.ics",
          contentType: "text/calendar",
          content: btoa(ics),
        }],
      }),
    );
    const result = await sendDueEmails(db, transport, startClock(), {
      from: FROM,
      appUrl: APP_URL,
    });
    assert.equal(result.sent, 1);
    const raw = smtp.received[0].raw;
    assert.match(raw, /^From: Portico <portico@example\.com>/m);
    assert.match(raw, /^Subject: Your appointment/m);
    assert.match(raw, /text\/plain/);
    assert.match(raw, /text\/html/);
    assert.match(raw, /filename=appointment\.ics/);
    assert.ok(
      raw.replace(/\r?\n/g, "").includes(btoa(ics)),
      "attachment bytes are the stored base64",
    );
  } finally {
    transport.close();
    await smtp.close();
  }
});

Deno.test("two workers at once never send the same message twice", async () => {
  await emptyOutbox();
  const smtp = await startTestSmtpServer();
  const first = createMailTransport(smtp.url);
  const second = createMailTransport(smtp.url);
  try {
    const recipients = Array.from(
      { length: 8 },
      (_, i) => `parallel${i}@example.com`,
    );
    for (const to of recipients) {
      await enqueueEmail(db, `par:${to}`, message(to));
    }
    const now = startClock();
    const [a, b] = await Promise.all([
      sendDueEmails(db, first, now, { from: FROM, appUrl: APP_URL }),
      sendDueEmails(db, second, now, { from: FROM, appUrl: APP_URL }),
    ]);
    assert.equal(a.sent + b.sent, recipients.length);
    const delivered = smtp.received.flatMap((mail) => mail.to).sort();
    assert.deepEqual(delivered, [...recipients].sort());
  } finally {
    first.close();
    second.close();
    await smtp.close();
  }
});

Deno.test("kick() sends soon after a commit, in the background", async () => {
  await emptyOutbox();
  const smtp = await startTestSmtpServer();
  const mailer = createMailer({
    db,
    smtpUrl: smtp.url,
    from: FROM,
    appUrl: APP_URL,
    now: startClock,
    debounceMs: 5,
  });
  try {
    await enqueueEmail(db, "kicked", message("dora@example.com"));
    mailer.kick();
    mailer.kick(); // a burst of kicks makes one run
    await smtp.waitUntil((received) => received.length === 1);
  } finally {
    await mailer.stop();
    await smtp.close();
  }
  const row = await outboxRow("kicked");
  assert.equal(row.status, "sent");
  assert.equal(smtp.received.length, 1);
});

Deno.test("without SMTP_URL nothing is sent and mail stays pending", async () => {
  await emptyOutbox();
  const mailer = createMailer({
    db,
    from: FROM,
    appUrl: APP_URL,
    debounceMs: 0,
  });
  try {
    assert.equal(mailer.enabled, false);
    await enqueueEmail(db, "kept", message("eve@example.com"));
    mailer.kick();
    assert.equal(await mailer.sendDue(startClock()), null);
  } finally {
    await mailer.stop();
  }
  const row = await outboxRow("kept");
  assert.equal(row.status, "pending");
  assert.equal(row.attempts, 0);
  assert.equal(row.sent_at, null);
});

Deno.test("backoff doubles from 30 seconds up to one hour", () => {
  assert.deepEqual(
    [1, 2, 3, 4, 7, 8, 20].map(retryDelayMs),
    [30_000, 60_000, 120_000, 240_000, 1_920_000, 3_600_000, 3_600_000],
  );
});

Deno.test("send errors are stored short and without credentials", () => {
  const error = Object.assign(
    new Error(
      "Invalid login for smtp://mailer:s3cret@mail.example.com:587\n" +
        "x".repeat(1000),
    ),
    { code: "EAUTH" },
  );
  const text = describeError(error);
  assert.ok(text.startsWith("EAUTH: Invalid login"));
  assert.ok(!text.includes("s3cret"));
  assert.ok(!text.includes("\n"));
  assert.ok(text.length <= 300);
});
