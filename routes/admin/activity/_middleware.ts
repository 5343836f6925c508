import type { FreshContext } from "@/lib/web/mod.ts";
import type { State } from "@/lib/http/state.ts";
import type { Session, StaffUser } from "@/lib/auth/sessions.ts";
import {
  type ActivitySettings,
  getActivitySettings,
} from "@/lib/activity/settings.ts";
import { assertStaff } from "@/lib/http/guards.ts";
import { licenseGuard } from "../(_shared)/license_guard.ts";

/** The activity admin's state: a staff member, the settings, the time zone. */
export type ActivityAdminState = State & {
  staffSession: Session<StaffUser>;
  activitySettings: ActivitySettings;
  /** The business time zone times are shown in. */
  timeZone: string;
};

/** Loads the tracker's settings once per request for the pages. */
async function loadActivitySettings(
  _req: Request,
  ctx: FreshContext<ActivityAdminState>,
) {
  // `/admin`'s middleware already sent everyone else to the sign-in page.
  assertStaff(ctx.state);
  const { db } = ctx.state.services;
  const [settings, business] = await Promise.all([
    getActivitySettings(db),
    ctx.state.business(),
  ]);
  ctx.state.activitySettings = settings;
  ctx.state.timeZone = business.timeZone;
  return await ctx.next();
}

/** The module's pages need a valid license; its settings page never locks. */
export const handler = [licenseGuard("activity"), loadActivitySettings];
