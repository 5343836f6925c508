import assert from "node:assert/strict";
import { sql } from "kysely";
import { useTestDatabase } from "./db/testing.ts";
import { waitFor } from "@/tests/helpers/wait.ts";
import { enqueueEmail } from "./mail/outbox.ts";
import { startTestSmtpServer } from "./mail/testing.ts";
import { createMailer } from "./mail/worker.ts";
import {
  CRON_GROUPS,
  JOB_NAMES,
  type JobFunction,
  JOBS,
  listJobStatuses,
  MAX_CRONS,
  pruneJobRunsJob,
  pruneRateLimitsJob,
  pruneSessionsJob,
  runJob,
  sendMailJob,
} from "./jobs.ts";

const database = await useTestDatabase();
const { db } = database;
const FROM = "Portico <portico@example.com>";
const APP_URL = "https://crm.example.com";
const DAY = 24 * 3600_000;

/** A clock just ahead of the database's, so freshly queued mail is due. */
const startClock = () => new Date(Math.ceil(Date.now() / 1000) * 1000 + 5000);

async function runsOf(job: string) {
  return await db.selectFrom("job_runs").selectAll().where("job", "=", job)
    .orderBy("id").execute();
}

Deno.test({
  name:
    "two concurrent runs of one job: one does the work, the other is skipped, both are recorded",
  // No transaction is held while a job runs, so this holds on the embedded
  // database's single connection too.
  async fn() {
    let calls = 0;
    let jobInTransaction = false;
    let markStarted!: () => void;
    const started = new Promise<void>((resolve) => markStarted = resolve);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => release = resolve);
    const job: JobFunction = async (jobDb) => {
      calls++;
      jobInTransaction ||= jobDb.isTransaction;
      if (calls === 1) {
        markStarted();
        await gate;
      }
      return `work #${calls}`;
    };
    const now = startClock();

    const first = runJob(db, "lock-test", job, now);
    await started;
    const second = await runJob(db, "lock-test", job, now);
    assert.equal(second.outcome, "skipped");
    // Another job's lock is independent.
    const other = await runJob(db, "other-job", () => Promise.resolve(), now);
    assert.equal(other.outcome, "ok");
    release();
    const firstRun = await first;

    assert.equal(firstRun.outcome, "ok");
    assert.equal(firstRun.detail, "work #1");
    assert.equal(calls, 1, "the work was done exactly once");
    assert.equal(jobInTransaction, false, "no transaction around a job");
    const runs = await runsOf("lock-test");
    assert.deepEqual(runs.map((run) => run.outcome).sort(), ["ok", "skipped"]);
    for (const run of runs) {
      assert.equal(run.started_at.getTime(), now.getTime());
      assert.ok(run.finished_at!.getTime() >= run.started_at.getTime());
    }
  },
});

Deno.test("a failing job is recorded as failed, keeps what it committed, and frees its lease", async () => {
  const now = startClock();
  const run = await runJob(db, "failing-job", async (jobDb) => {
    await jobDb.insertInto("options").values({ name: "half-done", value: "1" })
      .execute();
    throw new Error("the disk is full");
  }, now);
  assert.equal(run.outcome, "failed");
  assert.equal(run.detail, "the disk is full");
  // Each job writes in short transactions of its own and is safe to run
  // again; there is no outer transaction to undo a finished step.
  const written = await db.selectFrom("options").select("name")
    .where("name", "=", "half-done").executeTakeFirst();
  assert.deepEqual(written, { name: "half-done" });
  const [recorded] = await runsOf("failing-job");
  assert.equal(recorded.outcome, "failed");
  assert.equal(recorded.detail, "the disk is full");
  const next = await runJob(db, "failing-job", () => Promise.resolve(), now);
  assert.equal(next.outcome, "ok", "the next run starts at once");
});

Deno.test("a lease left by a run whose process died blocks the job until it runs out", async () => {
  const now = startClock();
  const dead = crypto.randomUUID();
  // What a process killed mid-run leaves behind: its lease, not released.
  await db.insertInto("job_locks").values({
    job: "orphaned-job",
    holder: dead,
    locked_until: sql<Date>`clock_timestamp() + interval '1 hour'`,
  }).execute();
  const blocked = await runJob(
    db,
    "orphaned-job",
    () => Promise.resolve(),
    now,
  );
  assert.equal(blocked.outcome, "skipped");

  await db.updateTable("job_locks")
    .set({ locked_until: sql<Date>`clock_timestamp() - interval '1 second'` })
    .where("job", "=", "orphaned-job").execute();
  const resumed = await runJob(
    db,
    "orphaned-job",
    () => Promise.resolve("took over"),
    now,
  );
  assert.equal(resumed.outcome, "ok");
  assert.equal(resumed.detail, "took over");
  const left = await db.selectFrom("job_locks").select("job")
    .where("job", "=", "orphaned-job").execute();
  assert.deepEqual(left, [], "released at the end of the run");
});

Deno.test("a run longer than its lease renews it and keeps the job to itself", async () => {
  const now = startClock();
  const leaseMs = 1500;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => release = resolve);
  const first = runJob(db, "long-job", () => gate, now, { leaseMs });
  try {
    const lease = () =>
      db.selectFrom("job_locks").select("locked_until")
        .where("job", "=", "long-job").executeTakeFirst();
    let initial: Date | undefined;
    await waitFor("the lease to be taken", async () => {
      initial = (await lease())?.locked_until;
      return initial !== undefined;
    });
    // Poll until the lease was renewed past the point it first ran out.
    const firstRunsOut = initial!.getTime() + leaseMs;
    await waitFor(
      "the lease to be renewed",
      async () => (await lease())!.locked_until.getTime() > firstRunsOut,
    );
    const second = await runJob(db, "long-job", () => Promise.resolve(), now, {
      leaseMs,
    });
    assert.equal(second.outcome, "skipped");
  } finally {
    release();
  }
  assert.equal((await first).outcome, "ok");
});

Deno.test("prune jobs remove only what has expired at the injected time", async () => {
  const now = new Date("2031-05-01T03:17:00Z");
  const { id: staffId } = await db.insertInto("staff").values({
    email: "prune@example.com",
    name: "Prune",
    role: "staff",
    password_hash: "x",
  }).returning("id").executeTakeFirstOrThrow();
  await db.insertInto("auth_sessions").values([
    {
      token_hash: "expired",
      staff_id: staffId,
      expires_at: new Date(now.getTime() - 1000),
    },
    {
      token_hash: "current",
      staff_id: staffId,
      expires_at: new Date(now.getTime() + DAY),
    },
  ]).execute();
  await db.insertInto("rate_limits").values([
    { key: "old", window_start: new Date(now.getTime() - 2 * DAY), count: 3 },
    { key: "fresh", window_start: now, count: 1 },
  ]).execute();

  const sessions = await runJob(db, "prune-sessions", pruneSessionsJob, now);
  assert.equal(sessions.outcome, "ok");
  assert.equal(sessions.detail, "1 expired sessions removed");
  const left = await db.selectFrom("auth_sessions").select("token_hash")
    .execute();
  assert.deepEqual(left.map((s) => s.token_hash), ["current"]);

  const limits = await runJob(
    db,
    "prune-rate-limits",
    pruneRateLimitsJob,
    now,
  );
  assert.equal(limits.detail, "1 rate-limit counters removed");
  const keys = await db.selectFrom("rate_limits").select("key").execute();
  assert.deepEqual(keys.map((k) => k.key), ["fresh"]);
});

Deno.test("the send-mail job delivers due mail while it holds its lease", async () => {
  await db.deleteFrom("email_outbox").execute();
  const smtp = await startTestSmtpServer();
  const mailer = createMailer({
    db,
    smtpUrl: smtp.url,
    from: FROM,
    appUrl: APP_URL,
  });
  try {
    await enqueueEmail(db, "job-mail", {
      to: "job@example.com",
      subject: "From the job",
      html: "<p>Hi</p>",
      text: "Hi\n",
    });
    const run = await runJob(
      db,
      "send-mail",
      sendMailJob(mailer),
      startClock(),
    );
    assert.equal(run.outcome, "ok");
    assert.equal(run.detail, "1 sent, 0 to retry, 0 failed");
    assert.equal(smtp.received.length, 1);
    const again = await runJob(
      db,
      "send-mail",
      sendMailJob(mailer),
      new Date(startClock().getTime() + 60_000),
    );
    assert.equal(again.detail, "0 sent, 0 to retry, 0 failed");
    assert.equal(smtp.received.length, 1);
  } finally {
    await mailer.stop();
    await smtp.close();
  }
});

Deno.test("the send-mail job without SMTP_URL keeps mail in the outbox", async () => {
  await db.deleteFrom("email_outbox").execute();
  const mailer = createMailer({ db, from: FROM, appUrl: APP_URL });
  await enqueueEmail(db, "job-kept", {
    to: "kept@example.com",
    subject: "Kept",
    html: "<p>Kept</p>",
    text: "Kept\n",
  });
  const run = await runJob(db, "send-mail", sendMailJob(mailer), startClock());
  await mailer.stop();
  assert.equal(run.outcome, "ok");
  assert.equal(run.detail, "SMTP_URL is not set: 1 emails kept in the outbox");
  const row = await db.selectFrom("email_outbox").select(["status", "attempts"])
    .where("dedupe_key", "=", "job-kept").executeTakeFirstOrThrow();
  assert.deepEqual(row, { status: "pending", attempts: 0 });
});

Deno.test("job statuses show each job's latest run that did the work", async () => {
  const base = new Date("2031-06-01T10:00:00Z");
  await runJob(db, "prune-job-runs", () => Promise.resolve("did it"), base);
  await db.insertInto("job_runs").values({
    job: "prune-job-runs",
    started_at: new Date(base.getTime() + 60_000),
    finished_at: new Date(base.getTime() + 60_000),
    outcome: "skipped",
    detail: "another run holds the lock",
  }).execute();
  const statuses = await listJobStatuses(db);
  assert.deepEqual(statuses.map((job) => job.name), JOB_NAMES);
  const prune = statuses.find((job) => job.name === "prune-job-runs")!;
  assert.equal(prune.lastRun?.outcome, "ok");
  assert.equal(prune.lastRun?.detail, "did it");
});

Deno.test("old job runs are pruned after the retention period", async () => {
  const now = new Date("2032-01-01T03:27:00Z");
  await db.insertInto("job_runs").values([
    {
      job: "retention-test",
      started_at: new Date(now.getTime() - 31 * DAY),
      outcome: "ok",
    },
    {
      job: "retention-test",
      started_at: new Date(now.getTime() - 29 * DAY),
      outcome: "ok",
    },
  ]).execute();
  await pruneJobRunsJob(db, now);
  const left = await runsOf("retention-test");
  assert.equal(left.length, 1);
});

Deno.test("jobs sharing a schedule share one cron: every job once, at most ten crons", () => {
  assert.ok(CRON_GROUPS.length <= MAX_CRONS, `${CRON_GROUPS.length} crons`);
  assert.deepEqual(
    CRON_GROUPS.flatMap((group) => group.jobs).sort(),
    [...JOB_NAMES].sort(),
  );
  for (const group of CRON_GROUPS) {
    for (const name of group.jobs) {
      assert.equal(
        JOBS.find((job) => job.name === name)!.schedule,
        group.schedule,
      );
    }
  }
});
