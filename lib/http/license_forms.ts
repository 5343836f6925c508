/**
 * The license admin and portal forms as zod schemas. Messages are catalog
 * keys, so errors show in the user's language beside the field. An expiry
 * is typed as a day in the business time zone and means "valid through
 * that day".
 */
import { z } from "zod";
import { requiredText } from "./forms.ts";
import { pageParam } from "./params.ts";
import { isWithinDateYears } from "../validation.ts";
import { LICENSE_STATUSES } from "../licensing/manage.ts";
import { wallClockInstant } from "../booking/wall_clock.ts";

/** The query of admin → Licenses; anything unreadable is no filter. */
export const licenseSearchQuery = z.object({
  q: z.string().trim().max(200).catch(""),
  product: z.string().regex(/^[a-z][a-z0-9_-]{1,39}$/).optional()
    .catch(undefined),
  status: z.enum(LICENSE_STATUSES).optional().catch(undefined),
  page: pageParam,
});

/** A calendar day from `<input type="date">`, in the years `DATE_YEARS`. */
const day = z.string({ error: "licensing.extend.date" }).trim()
  .refine(isWithinDateYears, "licensing.extend.date")
  .transform((text, ctx) => {
    try {
      return Temporal.PlainDate.from(text, { overflow: "reject" });
    } catch {
      ctx.addIssue({ code: "custom", message: "licensing.extend.date" });
      return z.NEVER;
    }
  });

export const extendLicenseForm = z.object({ expires_on: day });

export const moveLicenseForm = z.object({ domain: requiredText(300) });

export const apiKeyForm = z.object({ name: requiredText(100) });

export const apiKeyIdForm = z.object({ api_key_id: z.uuid() });

export const licenseIdForm = z.object({ license_id: z.uuid() });

/** Where the domain's `expires_at` error shows on the extend form. */
export const EXTEND_FIELD_NAMES = { expires_at: "expires_on" };

/** The instant a license valid through `date` ends: the next midnight in `timeZone`. */
export function endOfDay(date: Temporal.PlainDate, timeZone: string): Date {
  return wallClockInstant(date, 24 * 60, timeZone);
}

/** The last day an expiry still covers, as `YYYY-MM-DD` for the date field. */
export function lastValidDay(expiresAt: Date, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(expiresAt.getTime() - 1)
    .toZonedDateTimeISO(timeZone).toPlainDate().toString();
}
