/**
 * Background jobs. Each job is a plain function of the database and a
 * clock, so a test calls it directly at any instant; `Deno.cron` only
 * decides when. Every run goes through `runJob`, which takes the job's
 * lease (a row in `job_locks`) so that of several instances only one does
 * the work, and records the run in `job_runs` for the admin Jobs page.
 */
import { sql } from "kysely";
import type { Database } from "./db/database.ts";
import type { JobOutcome } from "./db/schema.ts";
import type { MessageKey } from "./i18n/mod.ts";
import type { Services } from "./app/services.ts";
import { recordAudit } from "./audit.ts";
import { pruneSessions } from "./auth/sessions.ts";
import { pruneRateLimits } from "./rate_limit.ts";
import { pruneChangeLog } from "./db/change_log.ts";
import { describeError } from "./errors.ts";
import { getBookingSettings } from "./booking/settings.ts";
import { sendBookingReminders } from "./booking/bookings.ts";
import { checkAllModuleLicenses } from "./licensing/client.ts";
import { licenseClientEnv } from "./app/domains.ts";
import { getShopSettings } from "./shop/settings.ts";
import { issuePendingLicenses } from "./shop/issuing.ts";
import { sendTrialReminders } from "./shop/trials.ts";
import { sendInvoiceReminders } from "./shop/dunning.ts";
import { getReminderSettings } from "./shop/payment_settings.ts";
import { endIdleSessions, pruneActivity } from "./activity/online.ts";
import { getActivitySettings } from "./activity/settings.ts";
import {
  createMailer,
  describeSendSummary,
  type Mailer,
} from "./mail/worker.ts";
import { senderMailbox } from "./mail/address.ts";
import { syncCalendars } from "./calendars/caldav.ts";
import {
  deliverDueWebhooks,
  describeDeliverySummary,
} from "./webhooks/delivery.tsx";
import { webhookEnv } from "./app/domains.ts";

/** A job: does its work at `now`, optionally returning a line for the log. */
export type JobFunction = (db: Database, now: Date) => Promise<string | void>;

/** Every scheduled job, as the admin Jobs page lists them (cron times are UTC). */
export const JOBS = [
  {
    name: "send-mail",
    schedule: "* * * * *",
    title: "jobs.sendMail.title",
    description: "jobs.sendMail.description",
  },
  {
    // Shares the mail job's cron (Deno Deploy's free plan allows ten).
    name: "deliver-webhooks",
    schedule: "* * * * *",
    title: "jobs.deliverWebhooks.title",
    description: "jobs.deliverWebhooks.description",
  },
  {
    name: "prune-rate-limits",
    schedule: "7 * * * *",
    title: "jobs.pruneRateLimits.title",
    description: "jobs.pruneRateLimits.description",
  },
  {
    name: "prune-change-log",
    schedule: "7 * * * *",
    title: "jobs.pruneChangeLog.title",
    description: "jobs.pruneChangeLog.description",
  },
  {
    name: "prune-sessions",
    schedule: "17 3 * * *",
    title: "jobs.pruneSessions.title",
    description: "jobs.pruneSessions.description",
  },
  {
    name: "prune-job-runs",
    schedule: "17 3 * * *",
    title: "jobs.pruneJobRuns.title",
    description: "jobs.pruneJobRuns.description",
  },
  {
    name: "booking-reminders",
    schedule: "*/15 * * * *",
    title: "jobs.bookingReminders.title",
    description: "jobs.bookingReminders.description",
  },
  {
    name: "issue-licenses",
    schedule: "* * * * *",
    title: "jobs.issueLicenses.title",
    description: "jobs.issueLicenses.description",
  },
  {
    name: "trial-reminders",
    schedule: "0 8 * * *",
    title: "jobs.trialReminders.title",
    description: "jobs.trialReminders.description",
  },
  {
    // Shares the trial reminders' cron (Deno Deploy's free plan allows ten).
    name: "invoice-reminders",
    schedule: "0 8 * * *",
    title: "jobs.invoiceReminders.title",
    description: "jobs.invoiceReminders.description",
  },
  {
    name: "license-checks",
    schedule: "37 * * * *",
    title: "jobs.licenseChecks.title",
    description: "jobs.licenseChecks.description",
  },
  {
    name: "end-idle-sessions",
    schedule: "* * * * *",
    title: "jobs.endIdleSessions.title",
    description: "jobs.endIdleSessions.description",
  },
  {
    // Every minute, with the other minute jobs; busy times are read only
    // when older than five minutes (lib/calendars/caldav.ts).
    name: "caldav-sync",
    schedule: "* * * * *",
    title: "jobs.caldavSync.title",
    description: "jobs.caldavSync.description",
  },
  {
    name: "prune-activity",
    schedule: "17 3 * * *",
    title: "jobs.pruneActivity.title",
    description: "jobs.pruneActivity.description",
  },
] as const satisfies readonly {
  name: string;
  schedule: string;
  title: MessageKey;
  description: MessageKey;
}[];

export type JobName = typeof JOBS[number]["name"];
export type JobInfo = typeof JOBS[number];

export const JOB_NAMES = JOBS.map((job) => job.name) as [
  JobName,
  ...JobName[],
];

/** Deno Deploy's free plan registers at most this many crons. */
export const MAX_CRONS = 10;

/** One `Deno.cron`: the jobs that share a schedule, run together. */
export interface CronGroup {
  schedule: string;
  jobs: JobName[];
}

/** The jobs grouped by schedule, one cron each (see crons.ts). */
export const CRON_GROUPS: CronGroup[] = Object.entries(
  Object.groupBy(JOBS, (job) => job.schedule),
).map(([schedule, jobs]) => ({
  schedule,
  jobs: (jobs ?? []).map((job) => job.name),
}));

/** How long finished runs stay in `job_runs`. */
export const JOB_RUN_RETENTION_DAYS = 30;

/** Deletes expired sessions and used or expired one-time tokens. */
export async function pruneSessionsJob(
  db: Database,
  now: Date,
): Promise<string> {
  const removed = await pruneSessions(db, now);
  return `${removed} expired sessions removed`;
}

/** Deletes rate-limit counters whose window ended long ago. */
export async function pruneRateLimitsJob(
  db: Database,
  now: Date,
): Promise<string> {
  const removed = await pruneRateLimits(db, now);
  return `${removed} rate-limit counters removed`;
}

/** Deletes job runs older than the retention period. */
export async function pruneJobRunsJob(
  db: Database,
  now: Date,
): Promise<string> {
  const cutoff = new Date(
    now.getTime() - JOB_RUN_RETENTION_DAYS * 24 * 3600_000,
  );
  const result = await db.deleteFrom("job_runs")
    .where("started_at", "<", cutoff).executeTakeFirst();
  return `${result.numDeletedRows} job runs removed`;
}

/**
 * The outbox job for `mailer`: sends what is due. Without `SMTP_URL` it
 * sends nothing and says how much mail is waiting.
 */
export function sendMailJob(mailer: Pick<Mailer, "sendDue">): JobFunction {
  return async (db, now) => {
    const summary = await mailer.sendDue(now, db);
    if (summary) return describeSendSummary(summary);
    const { pending } = await db.selectFrom("email_outbox")
      .select((eb) => eb.fn.countAll<string>().as("pending"))
      .where("status", "=", "pending").executeTakeFirstOrThrow();
    return `SMTP_URL is not set: ${pending} emails kept in the outbox`;
  };
}

/** What the module jobs need besides the database and the clock. */
export type JobServices = Pick<Services, "keys" | "config" | "licenseServer">;

/** The function behind each job name. */
export function jobFunctions(
  mailer: Pick<Mailer, "sendDue">,
  services: JobServices,
): Record<JobName, JobFunction> {
  const { keys, config } = services;
  return {
    "send-mail": sendMailJob(mailer),
    "deliver-webhooks": async (db, now) =>
      describeDeliverySummary(
        await deliverDueWebhooks(db, webhookEnv(services), now),
      ),
    "prune-rate-limits": pruneRateLimitsJob,
    "prune-change-log": async (db, now) =>
      `${await pruneChangeLog(db, now)} change-log rows removed`,
    "prune-sessions": pruneSessionsJob,
    "prune-job-runs": pruneJobRunsJob,
    "booking-reminders": async (db, now) => {
      const settings = await getBookingSettings(db);
      const count = await sendBookingReminders(db, {
        keys,
        appUrl: config.appUrl,
        organizer: senderMailbox(config.mailFrom),
        settings,
      }, now);
      return `${count} booking reminders queued`;
    },
    "issue-licenses": async (db, now) =>
      await issuePendingLicenses(db, {
        keys,
        appUrl: config.appUrl,
        settings: await getShopSettings(db),
      }, now),
    "trial-reminders": async (db, now) =>
      `${await sendTrialReminders(
        db,
        { appUrl: config.appUrl },
        now,
      )} trial reminders queued`,
    "invoice-reminders": async (db, now) =>
      await sendInvoiceReminders(db, {
        keys,
        appUrl: config.appUrl,
        settings: await getReminderSettings(db),
      }, now),
    "license-checks": (db, now) =>
      checkAllModuleLicenses(db, licenseClientEnv({ ...services, db }), now),
    "end-idle-sessions": async (db, now) => {
      const settings = await getActivitySettings(db);
      return `${await endIdleSessions(db, settings, now)} idle sessions ended`;
    },
    "caldav-sync": async (db, now) => {
      const { timeZone, horizonDays } = await getBookingSettings(db);
      return await syncCalendars(db, {
        keys,
        appUrl: config.appUrl,
        timeZone,
        horizonDays,
        allowPrivate: config.caldavAllowPrivate,
      }, now);
    },
    "prune-activity": async (db, now) => {
      const settings = await getActivitySettings(db);
      return `${await pruneActivity(db, settings, now)} old sessions removed`;
    },
  };
}

/** One recorded run. */
export interface JobRun {
  job: string;
  outcome: JobOutcome;
  detail: string | null;
  startedAt: Date;
  finishedAt: Date | null;
}

/** How long a run's lease on its job lasts without renewal. */
export const JOB_LEASE_MS = 60_000;

/** A run's claim on its job, renewed while the run works. */
interface JobLease {
  /** Ends the lease (a release that fails lets it run out instead). */
  release(): Promise<void>;
}

/**
 * Claims job `name` for one run until `leaseMs` from now by the database's
 * clock, unless another run's lease on it has not run out yet. One
 * statement, no transaction kept: a concurrent claim waits on the row only
 * until this statement commits, then finds it taken.
 */
async function claimJobLease(
  db: Database,
  name: string,
  leaseMs: number,
): Promise<JobLease | undefined> {
  const holder = crypto.randomUUID();
  const until = sql<Date>`clock_timestamp() + make_interval(secs => ${
    leaseMs / 1000
  })`;
  const claimed = await db.insertInto("job_locks")
    .values({ job: name, holder, locked_until: until })
    .onConflict((oc) =>
      oc.column("job").doUpdateSet({ holder, locked_until: until })
        .where("job_locks.locked_until", "<", sql<Date>`clock_timestamp()`)
    )
    .returning("holder").executeTakeFirst();
  if (!claimed) return undefined;
  // Renewed well before it runs out, so a long run keeps its job and a
  // dead process's lease lapses within `leaseMs`.
  let renewal: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    renewal = db.updateTable("job_locks").set({ locked_until: until })
      .where("job", "=", name).where("holder", "=", holder).execute()
      .catch((error) =>
        console.error(`job ${name}: renewing its lease failed:`, error)
      );
  }, leaseMs / 3);
  return {
    async release() {
      clearInterval(timer);
      await renewal;
      try {
        await db.deleteFrom("job_locks")
          .where("job", "=", name).where("holder", "=", holder).execute();
      } catch (error) {
        console.error(`job ${name}: releasing its lease failed:`, error);
      }
    },
  };
}

export interface RunJobOptions {
  /** How long the run's lease lasts between renewals (default `JOB_LEASE_MS`). */
  leaseMs?: number;
}

/**
 * Runs `fn` as job `name` if no other run of it (here or on another
 * instance) holds the job's lease, and records the run either way: `ok`
 * or `failed` with the job's line, or `skipped`.
 *
 * The job runs on `db` itself, with no transaction around it: each job
 * writes in short transactions of its own and never holds one while it
 * waits on the network, so a job that fails halfway keeps what it
 * finished (every job is written to be run again). The lease is a row,
 * not a session lock, so the embedded database's single connection is
 * never tied up by a run.
 */
export async function runJob(
  db: Database,
  name: string,
  fn: JobFunction,
  now: Date,
  options: RunJobOptions = {},
): Promise<JobRun> {
  const started = performance.now();
  const lease = await claimJobLease(db, name, options.leaseMs ?? JOB_LEASE_MS);
  try {
    let outcome: JobOutcome;
    let detail: string | null;
    if (!lease) {
      outcome = "skipped";
      detail = "another run holds the lock";
    } else {
      try {
        detail = (await fn(db, now)) || null;
        outcome = "ok";
      } catch (error) {
        outcome = "failed";
        detail = describeError(error);
      }
    }
    // Durations are real time; the instants follow the (injected) clock.
    const finishedAt = new Date(
      now.getTime() + Math.round(performance.now() - started),
    );
    await db.insertInto("job_runs").values({
      job: name,
      started_at: now,
      finished_at: finishedAt,
      outcome,
      detail,
    }).execute();
    return { job: name, outcome, detail, startedAt: now, finishedAt };
  } finally {
    await lease?.release();
  }
}

/**
 * Runs one job right away for a staff member ("Run now" in admin), under
 * the same lock as its schedule, and notes it in the audit log. The mail
 * job gets a mailer of its own for this one run.
 */
export async function runJobNow(
  services: Pick<Services, "db" | "keys" | "config" | "licenseServer">,
  name: JobName,
  staffId: string,
  now: Date,
): Promise<JobRun> {
  const { db, config } = services;
  const mailer = createMailer({
    db,
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    appUrl: config.appUrl,
  });
  try {
    const run = await runJob(
      db,
      name,
      jobFunctions(mailer, services)[name],
      now,
    );
    await recordAudit(
      db,
      { type: "staff", id: staffId },
      "job.run",
      "job",
      name,
      { outcome: run.outcome },
      now,
    );
    return run;
  } finally {
    await mailer.stop();
  }
}

/** A job with its most recent run, for the admin page. */
export type JobStatus = JobInfo & { lastRun: JobRun | null };

/** Every job with its latest recorded run (skipped runs included). */
export async function listJobStatuses(db: Database): Promise<JobStatus[]> {
  const latest = await db.selectFrom("job_runs")
    .distinctOn("job")
    .select(["job", "outcome", "detail", "started_at", "finished_at"])
    .where("job", "in", JOB_NAMES)
    // The latest run that did the work; a skipped one only when none did.
    .orderBy("job")
    .orderBy(sql`outcome = 'skipped'`)
    .orderBy("started_at", "desc").orderBy("id", "desc")
    .execute();
  return JOBS.map((job) => {
    const run = latest.find((row) => row.job === job.name);
    return {
      ...job,
      lastRun: run
        ? {
          job: run.job,
          outcome: run.outcome,
          detail: run.detail,
          startedAt: run.started_at,
          finishedAt: run.finished_at,
        }
        : null,
    };
  });
}

/**
 * What a cron tick does for one job: runs it through `runJob` at the
 * current time and reports a failure; never throws.
 */
export function cronJobRunner(
  services: Services,
  mailer: Mailer,
): (name: JobName) => Promise<void> {
  const functions = jobFunctions(mailer, services);
  return async (name) => {
    try {
      const run = await runJob(
        services.db,
        name,
        functions[name],
        services.now(),
      );
      if (run.outcome === "failed") {
        console.error(`job ${name} failed: ${run.detail}`);
      }
    } catch (error) {
      // The database itself is unreachable: nothing could be recorded.
      console.error(`job ${name} could not run:`, error);
    }
  };
}
