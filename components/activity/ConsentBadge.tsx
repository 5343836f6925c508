import type { ConsentStatus } from "@/lib/activity/reports.ts";
import type { Translate } from "@/lib/i18n/mod.ts";

const BADGES = {
  granted: ["badge-confirmed", "activity.consent.granted"],
  declined: ["badge-cancelled", "activity.consent.declined"],
  none: ["badge-pending", "activity.consent.none"],
} as const;

/** A contact's consent answer: accepted (green), declined (grey), open (amber). */
export function ConsentBadge(
  { status, t }: { status: ConsentStatus | null; t: Translate },
) {
  const [kind, label] = BADGES[status ?? "none"];
  return <span class={`badge ${kind}`}>{t(label)}</span>;
}

/** Shown beside a contact with a heartbeat inside the online window. */
export function OnlineBadge({ t }: { t: Translate }) {
  return <span class="badge badge-online">{t("activity.online")}</span>;
}
