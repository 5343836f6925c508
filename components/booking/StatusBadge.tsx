import type { BookingStatus } from "@/lib/db/schema.ts";
import type { Translate } from "@/lib/i18n/mod.ts";

/** A booking's status in the colours used everywhere. */
export function BookingStatusBadge(
  { status, t }: { status: BookingStatus; t: Translate },
) {
  return (
    <span class={`badge badge-${status}`}>{t(`booking.status.${status}`)}</span>
  );
}
