/**
 * Every scheduled job, registered with `Deno.cron` at this module's top
 * level. Deno Deploy finds crons by evaluating the entry module's
 * top-level code, so `main.ts` imports this module first, before anything
 * awaits; a cron registered later, or in a branch, is not picked up.
 *
 * A tick waits until the app has started (`startCronJobs`), then runs its
 * jobs through `runJob`, whose lease in `job_locks` lets only one of N
 * instances do each run. Jobs sharing a schedule share one cron (Deploy's
 * free plan allows ten).
 */
import { CRON_GROUPS, type JobName } from "@/lib/jobs.ts";

type RunJob = (name: JobName) => Promise<void>;

/** Resolves to the runner once the app started, or to nothing once stopped. */
const started = Promise.withResolvers<RunJob | undefined>();
// Deno.cron keeps the process alive until its signal aborts.
const schedules = new AbortController();
const inFlight = new Set<Promise<unknown>>();

for (const group of CRON_GROUPS) {
  Deno.cron(
    // Deno.cron names are at most 64 characters: a group is named by its
    // first job (each job is in one group only).
    group.jobs.length === 1
      ? `portico ${group.jobs[0]}`
      : `portico ${group.jobs[0]} and ${group.jobs.length - 1} more`,
    group.schedule,
    { signal: schedules.signal },
    async () => {
      const tick = started.promise.then((run) =>
        run && Promise.all(group.jobs.map(run))
      );
      inFlight.add(tick);
      try {
        await tick;
      } finally {
        inFlight.delete(tick);
      }
    },
  );
}

/** Lets ticks run their jobs with `run` (once the services exist). */
export function startCronJobs(run: RunJob): void {
  started.resolve(run);
}

/** Stops the schedules and waits for the runs in progress. */
export async function stopCronJobs(): Promise<void> {
  schedules.abort();
  started.resolve(undefined);
  await Promise.all(inFlight);
}
