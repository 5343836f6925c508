/**
 * The activity tracker's forms as zod schemas: the admin settings and the
 * portal privacy choices. Messages are catalog keys.
 */
import { z } from "zod";
import type { ActivitySettings } from "../activity/settings.ts";
import { type FormValues, requiredText } from "./forms.ts";
import { wholeNumber } from "./booking_admin_forms.ts";

/**
 * The ranges the settings accept (as `activitySettingsSchema` stores them);
 * each field's error message names its range too.
 */
export const ACTIVITY_LIMITS = {
  inactivityMinutes: { min: 1, max: 240 },
  onlineWindowSeconds: { min: 35, max: 3600 },
  retentionDays: { min: 1, max: 3650 },
} as const;

const limited = (field: keyof typeof ACTIVITY_LIMITS) =>
  wholeNumber(
    ACTIVITY_LIMITS[field].min,
    ACTIVITY_LIMITS[field].max,
    `activity.settings.${field}.invalid`,
  );

/** Admin → Activity → Settings. */
export const activitySettingsForm = z.object({
  inactivityMinutes: limited("inactivityMinutes"),
  onlineWindowSeconds: limited("onlineWindowSeconds"),
  retentionDays: limited("retentionDays"),
  policyVersion: requiredText(40),
});

/** The stored settings as the form's initial values. */
export function activitySettingsValues(settings: ActivitySettings): FormValues {
  return {
    inactivityMinutes: String(settings.inactivityMinutes),
    onlineWindowSeconds: String(settings.onlineWindowSeconds),
    retentionDays: String(settings.retentionDays),
    policyVersion: settings.policyVersion,
  };
}

/** The buttons of the portal's privacy page. */
export const privacyForm = z.object({
  intent: z.enum(["accept", "decline", "erase"]),
});
