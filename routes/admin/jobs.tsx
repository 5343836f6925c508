import { type FreshContext, Head, type PageProps } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import { z } from "zod";
import { assertStaff } from "@/lib/http/guards.ts";
import { type Flash, redirect } from "@/lib/http/flash.ts";
import { submitForm } from "@/lib/http/form_action.ts";
import type { Locale } from "@/lib/i18n/mod.ts";
import {
  JOB_NAMES,
  JOBS,
  type JobStatus,
  listJobStatuses,
  runJobNow,
} from "@/lib/jobs.ts";
import { CsrfField } from "@/components/Field.tsx";
import { JobOutcomeBadge } from "@/components/admin/JobOutcomeBadge.tsx";
import { scheduleInWords, ZonedTime } from "@/components/admin/ZonedTime.tsx";
import { numberFormat } from "@/lib/intl.ts";
import { DataTable } from "@/components/admin/DataTable.tsx";

const runSchema = z.object({ job: z.enum(JOB_NAMES) });

interface Data {
  jobs: JobStatus[];
  /** The business time zone times and schedules are shown in. */
  timeZone: string;
}

/** Admin → Jobs: each scheduled job with its last run, and "Run now". */
export const handler = {
  async GET(_req: Request, ctx: FreshContext<State, Data>) {
    assertStaff(ctx.state);
    return ctx.render({
      jobs: await listJobStatuses(ctx.state.services.db),
      timeZone: (await ctx.state.business()).timeZone,
    });
  },
  async POST(req: Request, ctx: FreshContext<State>) {
    assertStaff(ctx.state);
    const { now } = ctx.state.services;
    const staffId = ctx.state.staffSession.user.id;
    return await submitForm(req, ctx.state.secure, {
      schema: runSchema,
      run: ({ job }) => runJobNow(ctx.state.services, job, staffId, now()),
      invalid: () =>
        redirect("/admin/jobs", {
          kind: "error",
          message: "form.invalid",
        }, ctx.state.secure),
      done: (run, { job: name }) => {
        const job = ctx.state.t(JOBS.find((j) => j.name === name)!.title);
        const flash: Flash = run.outcome === "ok"
          ? { kind: "success", message: "jobs.ran", params: { job } }
          : run.outcome === "skipped"
          ? { kind: "warning", message: "jobs.ranSkipped", params: { job } }
          : { kind: "error", message: "jobs.ranFailed", params: { job } };
        return { to: "/admin/jobs", flash };
      },
    });
  },
};

/** "350 ms", "1.2 s". */
function formatDuration(ms: number, locale: Locale): string {
  const seconds = ms >= 1000;
  return numberFormat(locale, {
    style: "unit",
    unit: seconds ? "second" : "millisecond",
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(seconds ? ms / 1000 : ms);
}

export default function Jobs({ state, data }: PageProps<Data, State>) {
  const { t, locale } = state;
  const { timeZone } = data;
  return (
    <>
      <Head>
        <title>{`${t("jobs.title")} · Portico`}</title>
      </Head>
      <div class="page-header">
        <h1>{t("jobs.title")}</h1>
      </div>
      <p class="muted">{t("jobs.intro")}</p>
      <div class="table-wrap">
        <DataTable
          class="jobs-table"
          rows={data.jobs}
          columns={[
            {
              label: t("jobs.col.job"),
              cell: (job) => (
                <>
                  <strong>{t(job.title)}</strong>
                  <div class="muted">{t(job.description)}</div>
                </>
              ),
            },
            {
              label: t("jobs.col.schedule"),
              cell: (job) => (
                <>
                  {scheduleInWords(job.schedule, t, locale, timeZone)}
                  <div>
                    <code class="muted">{job.schedule}</code>{" "}
                    <span class="muted">UTC</span>
                  </div>
                </>
              ),
            },
            {
              label: t("jobs.col.lastRun"),
              cell: ({ lastRun: run }) =>
                run
                  ? (
                    <ZonedTime
                      date={run.startedAt}
                      locale={locale}
                      timeZone={timeZone}
                    />
                  )
                  : <span class="muted">{t("jobs.never")}</span>,
            },
            {
              label: t("jobs.col.duration"),
              cell: ({ lastRun: run }) =>
                run?.finishedAt &&
                formatDuration(
                  run.finishedAt.getTime() - run.startedAt.getTime(),
                  locale,
                ),
            },
            {
              label: t("jobs.col.outcome"),
              cell: ({ lastRun: run }) =>
                run && <JobOutcomeBadge outcome={run.outcome} t={t} />,
            },
            {
              label: t("jobs.col.detail"),
              class: "job-detail",
              cell: (job) => job.lastRun?.detail,
            },
            {
              label: t("jobs.runNow"),
              action: true,
              cell: (job) => (
                <form method="post">
                  <CsrfField token={state.csrf} />
                  <input type="hidden" name="job" value={job.name} />
                  <button
                    type="submit"
                    class="button-secondary"
                    aria-label={t("jobs.runNowLabel", { job: t(job.title) })}
                  >
                    {t("jobs.runNow")}
                  </button>
                </form>
              ),
            },
          ]}
        />
      </div>
    </>
  );
}
