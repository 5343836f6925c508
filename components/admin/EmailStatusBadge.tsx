import type { EmailStatus } from "@/lib/db/schema.ts";
import type { Translate } from "@/lib/i18n/mod.ts";

/** Outbox colours follow the shared badges: waiting amber, sent green, failed red. */
const BADGE_CLASS: Record<EmailStatus, string> = {
  pending: "badge-pending",
  sent: "badge-paid",
  failed: "badge-failed",
};

/** An outbox message's status as a badge. */
export function EmailStatusBadge(
  { status, t }: { status: EmailStatus; t: Translate },
) {
  return (
    <span class={`badge ${BADGE_CLASS[status]}`}>
      {t(`emails.status.${status}`)}
    </span>
  );
}
