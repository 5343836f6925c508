import type { JobOutcome } from "@/lib/db/schema.ts";
import type { Translate } from "@/lib/i18n/mod.ts";

const BADGE_CLASS: Record<JobOutcome, string> = {
  ok: "badge-paid",
  failed: "badge-failed",
  skipped: "badge-cancelled",
  running: "badge-pending",
};

/** How a job run ended, as a badge. */
export function JobOutcomeBadge(
  { outcome, t }: { outcome: JobOutcome; t: Translate },
) {
  return (
    <span class={`badge ${BADGE_CLASS[outcome]}`}>
      {t(`jobs.outcome.${outcome}`)}
    </span>
  );
}
